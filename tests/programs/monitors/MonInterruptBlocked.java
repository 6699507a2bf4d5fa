// interrupt() of a thread blocked entering a monitor does not unblock it: it keeps waiting for
// the lock, gets it when the owner leaves, and finds its interrupt flag still set; a wait() it
// then starts throws InterruptedException at once.
public class MonInterruptBlocked {
    static final Object lock = new Object();
    static volatile boolean trying;

    public static void main(String[] args) throws InterruptedException {
        StringBuilder log = new StringBuilder();
        Thread blocked;
        synchronized (lock) {
            blocked = new Thread(() -> {
                trying = true;
                synchronized (lock) {
                    log.append("got the lock, flag ").append(Thread.currentThread().isInterrupted()).append('\n');
                    try {
                        lock.wait();
                        log.append("wait returned?\n");
                    } catch (InterruptedException e) {
                        log.append("wait threw at once, flag ").append(Thread.currentThread().isInterrupted())
                                .append('\n');
                    }
                }
            }, "blocked");
            blocked.start();
            // the output is the same if the interrupt lands before the thread blocks
            while (!trying) {
                Thread.sleep(1);
            }
            Thread.sleep(5);
            blocked.interrupt();
            Thread.sleep(20);
            log.append("after interrupt and 20 ms, still alive ").append(blocked.isAlive()).append('\n');
        }
        blocked.join();
        System.out.print(log);
    }
}
