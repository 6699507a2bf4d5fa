// Thread.yield() inside counting loops: three threads each count to a different total, yielding
// every few steps; the totals and a checksum are read after join, so the interleaving does not
// show. Yield with a single runnable thread returns at once.
public class ThrYieldCount {
    public static void main(String[] args) throws InterruptedException {
        Thread.yield();
        int[] totals = new int[3];
        int[] checks = new int[3];
        Thread[] ts = new Thread[3];
        for (int i = 0; i < 3; i++) {
            final int k = i;
            ts[i] = new Thread(() -> {
                int n = 500 * (k + 1);
                int check = 0;
                for (int j = 0; j < n; j++) {
                    totals[k]++;
                    check = check * 31 + j;
                    if (j % 7 == 0) Thread.yield();
                }
                checks[k] = check;
            });
        }
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        for (int i = 0; i < 3; i++) System.out.println("thread " + i + ": " + totals[i] + " " + checks[i]);
    }
}
