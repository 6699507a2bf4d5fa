// Semaphore-limited workers: six workers share two permits, each holding one while it "works"
// (sleeps), so at most two are ever inside at once; then tryAcquire with and without a timeout,
// acquire/release of several permits, drainPermits and availablePermits.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

public class JucSemaphoreWorkers {
    public static void main(String[] args) throws InterruptedException {
        Semaphore permits = new Semaphore(2);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger jobs = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < 6; w++) {
            Thread t = new Thread(() -> {
                for (int j = 0; j < 3; j++) {
                    try {
                        permits.acquire();
                        try {
                            int now = inside.incrementAndGet();
                            most.accumulateAndGet(now, Math::max);
                            Thread.sleep(5);
                            jobs.incrementAndGet();
                            inside.decrementAndGet();
                        } finally {
                            permits.release();
                        }
                    } catch (InterruptedException e) {
                        System.out.println("interrupted");
                    }
                }
            });
            workers.add(t);
            t.start();
        }
        for (Thread t : workers) {
            t.join();
        }
        System.out.println("jobs " + jobs.get() + ", most inside at once " + most.get() + ", permits left " + permits.availablePermits());

        Semaphore s = new Semaphore(3);
        System.out.println("tryAcquire(2): " + s.tryAcquire(2) + ", left " + s.availablePermits());
        System.out.println("tryAcquire(2) again: " + s.tryAcquire(2));
        System.out.println("tryAcquire(2, 20 ms): " + s.tryAcquire(2, 20, TimeUnit.MILLISECONDS));
        Thread releaser = new Thread(() -> {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
            s.release(4);
        });
        releaser.start();
        s.acquire(5);
        releaser.join();
        System.out.println("acquired 5 after a release of 4, left " + s.availablePermits());
        s.release(7);
        System.out.println("drained " + s.drainPermits() + ", left " + s.availablePermits());
        try {
            s.release(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("release(-1): " + e);
        }
        Semaphore negative = new Semaphore(-2);
        System.out.println("negative start: " + negative.availablePermits() + ", tryAcquire " + negative.tryAcquire());
        negative.release(3);
        System.out.println("after release(3): " + negative.availablePermits() + ", fair " + negative.isFair() + " / " + new Semaphore(1, true).isFair());
    }
}
