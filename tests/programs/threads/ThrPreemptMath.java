// Preemption must preserve every piece of a thread's state: three threads run arithmetic loops
// with no yield, sleep or lock (int division and remainder on the SIO divider, long multiply and
// divide, double arithmetic) long enough to be preempted many times mid-computation; main then
// recomputes each result alone and compares.
public class ThrPreemptMath {
    static long work(int seed, int n) {
        int a = seed * 7919 + 13;
        long acc = seed;
        double d = seed + 0.5;
        for (int i = 1; i <= n; i++) {
            a = a * 1103515245 + 12345;
            int q = (a >>> 1) / (i | 1);
            int r = (a >>> 3) % (i + 7);
            acc = acc * 31 + q - r;
            acc ^= (acc / (i + 3L)) << 1;
            d = d * 1.0000001 + (r & 15) / 16.0;
        }
        return acc ^ (long) (d * 1000.0);
    }

    public static void main(String[] args) throws InterruptedException {
        int n = 1200;
        long[] results = new long[3];
        Thread[] ts = new Thread[3];
        for (int i = 0; i < 3; i++) {
            final int k = i;
            ts[i] = new Thread(() -> results[k] = work(k + 1, n));
        }
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        for (int i = 0; i < 3; i++) {
            long alone = work(i + 1, n);
            System.out.println("thread " + i + ": " + results[i] + (results[i] == alone ? " matches" : " DIFFERS from " + alone));
        }
    }
}
