// wait(timeout) with nobody to notify returns after the timeout, with the monitor held again;
// wait(ms, nanos) too; a notify that comes before the timeout ends the wait early.
public class MonWaitTimeout {
    static final Object lock = new Object();
    static boolean signalled;

    public static void main(String[] args) throws InterruptedException {
        synchronized (lock) {
            long t0 = System.nanoTime();
            lock.wait(40);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.println("wait(40) timed out after at least 40 ms: " + (ms >= 39) + ", holds lock "
                    + Thread.holdsLock(lock));
            t0 = System.nanoTime();
            lock.wait(10, 500_000);
            ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.println("wait(10, 500000) returned after at least 10 ms: " + (ms >= 10));
        }
        Thread notifier = new Thread(() -> {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
            synchronized (lock) {
                signalled = true;
                lock.notifyAll();
            }
        });
        long t0 = System.nanoTime();
        notifier.start();
        synchronized (lock) {
            while (!signalled) lock.wait(60_000);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("notified early: " + (ms < 30_000));
        notifier.join();
        // several threads with staggered timeouts all come back
        int[] back = new int[1];
        Thread[] ts = new Thread[3];
        for (int i = 0; i < 3; i++) {
            final int k = i;
            ts[i] = new Thread(() -> {
                synchronized (lock) {
                    try {
                        lock.wait(5 + 10 * k);
                    } catch (InterruptedException e) {
                        return;
                    }
                    back[0]++;
                }
            });
            ts[i].start();
        }
        for (Thread t : ts) t.join();
        System.out.println("timed waiters back: " + back[0]);
    }
}
