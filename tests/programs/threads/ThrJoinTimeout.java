// join(millis) on a thread that is still running returns after the timeout with the thread
// alive; join(millis) on one that finishes first returns early; a plain join then waits for the
// end. The worker blocks on a monitor until main releases it, so nothing depends on timing.
public class ThrJoinTimeout {
    static final Object lock = new Object();
    static boolean release;

    public static void main(String[] args) throws InterruptedException {
        Thread t = new Thread(() -> {
            synchronized (lock) {
                while (!release) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
            System.out.println("worker finishing");
        });
        t.start();
        long t0 = System.nanoTime();
        t.join(30);
        long waited = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("join(30) returned, alive " + t.isAlive() + ", waited at least 30 ms: " + (waited >= 29));
        t.join(1);
        System.out.println("join(1) returned, alive " + t.isAlive());
        synchronized (lock) {
            release = true;
            lock.notify();
        }
        t.join(10_000);
        System.out.println("join(10000) returned, alive " + t.isAlive());
        Thread quick = new Thread(() -> System.out.println("quick ran"));
        quick.start();
        t0 = System.nanoTime();
        quick.join(5_000);
        long took = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("quick joined early: " + (took < 4_000) + ", alive " + quick.isAlive());
        Thread never = new Thread(() -> {});
        never.join(5);
        never.join();
        System.out.println("join on an unstarted thread returns at once");
        try {
            t.join(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("join(-1): " + e.getMessage());
        }
    }
}
