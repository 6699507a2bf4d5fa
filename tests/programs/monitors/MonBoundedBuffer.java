// Producer/consumer over a bounded buffer (capacity 3) built on wait/notifyAll: two producers
// put 1..200 and 1001..1200, two consumers take until they see a poison value each. The
// buffer never exceeds its capacity, nothing is lost or duplicated: sums and counts agree.
public class MonBoundedBuffer {
    static final class Buffer {
        private final int[] items;
        private int head, count, maxSeen;

        Buffer(int capacity) {
            items = new int[capacity];
        }

        synchronized void put(int v) throws InterruptedException {
            while (count == items.length) wait();
            items[(head + count) % items.length] = v;
            count++;
            maxSeen = Math.max(maxSeen, count);
            notifyAll();
        }

        synchronized int take() throws InterruptedException {
            while (count == 0) wait();
            int v = items[head];
            head = (head + 1) % items.length;
            count--;
            notifyAll();
            return v;
        }

        synchronized int maxSeen() {
            return maxSeen;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Buffer buf = new Buffer(3);
        long[] sums = new long[2];
        int[] counts = new int[2];
        Thread[] producers = new Thread[2];
        for (int p = 0; p < 2; p++) {
            final int base = p * 1000;
            producers[p] = new Thread(() -> {
                try {
                    for (int i = 1; i <= 200; i++) buf.put(base + i);
                } catch (InterruptedException e) {
                    System.out.println("producer interrupted");
                }
            });
        }
        Thread[] consumers = new Thread[2];
        for (int c = 0; c < 2; c++) {
            final int k = c;
            consumers[c] = new Thread(() -> {
                try {
                    while (true) {
                        int v = buf.take();
                        if (v < 0) break;
                        sums[k] += v;
                        counts[k]++;
                    }
                } catch (InterruptedException e) {
                    System.out.println("consumer interrupted");
                }
            });
        }
        for (Thread t : consumers) t.start();
        for (Thread t : producers) t.start();
        for (Thread t : producers) t.join();
        buf.put(-1);
        buf.put(-1);
        for (Thread t : consumers) t.join();
        System.out.println("items " + (counts[0] + counts[1]) + ", sum " + (sums[0] + sums[1]));
        System.out.println("expected sum " + (200 * 201 / 2 + 200 * 1000 + 200 * 201 / 2));
        System.out.println("buffer never over capacity: " + (buf.maxSeen() <= 3));
    }
}
