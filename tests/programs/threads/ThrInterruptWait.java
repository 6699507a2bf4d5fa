// interrupt() of a thread blocked in wait(): wait throws InterruptedException only after the
// thread has taken the monitor back (so it comes after main leaves its synchronized block), the
// flag is clear in the handler, and the waiter still owns the lock there.
public class ThrInterruptWait {
    static final Object lock = new Object();
    static boolean waiting;
    static final StringBuilder log = new StringBuilder();

    public static void main(String[] args) throws InterruptedException {
        Thread waiter = new Thread(() -> {
            synchronized (lock) {
                waiting = true;
                lock.notifyAll();
                try {
                    while (true) {
                        lock.wait();
                        log.append("spurious wake\n");
                    }
                } catch (InterruptedException e) {
                    log.append("waiter caught InterruptedException\n");
                    log.append("flag in handler: ").append(Thread.currentThread().isInterrupted()).append('\n');
                    log.append("owns lock in handler: ").append(Thread.holdsLock(lock)).append('\n');
                }
            }
        }, "waiter");
        waiter.start();
        synchronized (lock) {
            while (!waiting) lock.wait();
            // the waiter has released the lock inside wait(); interrupt it while we hold the lock
            waiter.interrupt();
            Thread.sleep(20);
            log.append("main still holds the lock after interrupting\n");
        }
        waiter.join();
        System.out.print(log);
        // a timed wait interrupted the same way
        Thread timed = new Thread(() -> {
            synchronized (lock) {
                waiting = false;
                lock.notifyAll();
                try {
                    lock.wait(60_000);
                    System.out.println("timed waiter timed out?");
                } catch (InterruptedException e) {
                    System.out.println("timed waiter interrupted");
                }
            }
        });
        timed.start();
        synchronized (lock) {
            while (waiting) lock.wait();
            timed.interrupt();
        }
        timed.join();
        System.out.println("done");
    }
}
