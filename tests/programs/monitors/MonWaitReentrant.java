// wait() inside a monitor held three times (reentrantly) releases it completely, so another
// thread can enter; when the waiter wakes it owns the monitor three times again and leaves it
// one level at a time. If the hold count were not restored the last exit would fail or leave the
// monitor locked; a third thread takes it at the end.
public class MonWaitReentrant {
    static final Object lock = new Object();
    static boolean waiting, notified;

    public static void main(String[] args) throws InterruptedException {
        StringBuilder log = new StringBuilder();
        Thread waiter = new Thread(() -> {
            synchronized (lock) {
                synchronized (lock) {
                    synchronized (lock) {
                        waiting = true;
                        lock.notifyAll();
                        while (!notified) {
                            try {
                                lock.wait();
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                        log.append("woke at depth 3, holds ").append(Thread.holdsLock(lock)).append('\n');
                    }
                    log.append("depth 2, holds ").append(Thread.holdsLock(lock)).append('\n');
                }
                log.append("depth 1, holds ").append(Thread.holdsLock(lock)).append('\n');
            }
            log.append("out, holds ").append(Thread.holdsLock(lock)).append('\n');
        });
        waiter.start();
        synchronized (lock) {
            while (!waiting) lock.wait();
            log.append("main entered while the waiter is three deep in wait\n");
            notified = true;
            lock.notify();
        }
        waiter.join();
        Thread third = new Thread(() -> {
            synchronized (lock) {
                log.append("third thread entered\n");
            }
        });
        third.start();
        third.join();
        System.out.print(log);
    }
}
