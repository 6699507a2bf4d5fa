// System.nanoTime and currentTimeMillis: monotonic across calls and across threads, sleeping
// moves them forward by at least the sleep, and differences fit the expected scale. Only facts
// that hold on any machine are printed, never the times themselves.
public class ThrNanoTime {
    public static void main(String[] args) throws InterruptedException {
        long prev = System.nanoTime();
        boolean monotonic = true;
        for (int i = 0; i < 1000; i++) {
            long now = System.nanoTime();
            if (now < prev) monotonic = false;
            prev = now;
        }
        System.out.println("nanoTime monotonic: " + monotonic);
        long n0 = System.nanoTime();
        long m0 = System.currentTimeMillis();
        Thread.sleep(40);
        long n1 = System.nanoTime();
        long m1 = System.currentTimeMillis();
        long dn = n1 - n0;
        System.out.println("nanoTime advanced at least 40 ms: " + (dn >= 39_000_000L));
        System.out.println("nanoTime advanced less than 10 s: " + (dn < 10_000_000_000L));
        System.out.println("currentTimeMillis advanced: " + (m1 - m0 >= 30));
        long[] seen = new long[2];
        Thread t = new Thread(() -> {
            seen[0] = System.nanoTime();
            try {
                Thread.sleep(15);
            } catch (InterruptedException e) {
                return;
            }
            seen[1] = System.nanoTime();
        });
        long before = System.nanoTime();
        t.start();
        t.join();
        long after = System.nanoTime();
        System.out.println("thread's clock between main's readings: " + (before <= seen[0] && seen[1] <= after));
        System.out.println("thread slept at least 15 ms: " + (seen[1] - seen[0] >= 14_000_000L));
        long[] deadlines = new long[3];
        Thread[] ts = new Thread[3];
        long start = System.nanoTime();
        for (int i = 0; i < 3; i++) {
            final int k = i;
            ts[i] = new Thread(() -> {
                try {
                    Thread.sleep(10 * (k + 1));
                } catch (InterruptedException e) {
                    return;
                }
                deadlines[k] = System.nanoTime() - start;
            });
            ts[i].start();
        }
        for (Thread x : ts) x.join();
        System.out.println("each woke no earlier than asked: " + (deadlines[0] >= 9_000_000L && deadlines[1] >= 19_000_000L
                && deadlines[2] >= 29_000_000L));
    }
}
