// Preemption while allocating: three threads build strings and linked lists in tight loops with
// no yield or lock, so time slices end in the middle of allocation, string building and
// collections; each thread's checksum is compared with main's own computation afterwards.
public class ThrPreemptAlloc {
    static final class Cell {
        final int v;
        final Cell next;

        Cell(int v, Cell next) {
            this.v = v;
            this.next = next;
        }
    }

    static long work(int seed) {
        long sum = 0;
        for (int round = 0; round < 40; round++) {
            Cell list = null;
            for (int i = 0; i < 30; i++) list = new Cell(i * seed + round, list);
            StringBuilder sb = new StringBuilder();
            for (Cell c = list; c != null; c = c.next) sb.append(c.v % 10);
            String s = sb.toString();
            sum = sum * 17 + s.hashCode() + s.length();
        }
        return sum;
    }

    public static void main(String[] args) throws InterruptedException {
        long[] results = new long[3];
        Thread[] ts = new Thread[3];
        for (int i = 0; i < 3; i++) {
            final int k = i;
            ts[i] = new Thread(() -> results[k] = work(k + 2));
        }
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        for (int i = 0; i < 3; i++) {
            long alone = work(i + 2);
            System.out.println("thread " + i + ": " + results[i] + (results[i] == alone ? " matches" : " DIFFERS"));
        }
    }
}
