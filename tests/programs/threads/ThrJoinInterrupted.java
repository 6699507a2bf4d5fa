// A thread blocked in join() is interrupted by a third thread: join throws InterruptedException
// with the flag cleared, the joined thread goes on, and a second join waits for its real end.
public class ThrJoinInterrupted {
    static final Object lock = new Object();
    static boolean release;

    public static void main(String[] args) throws InterruptedException {
        Thread blocked = new Thread(() -> {
            synchronized (lock) {
                while (!release) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        System.out.println("blocked thread interrupted?");
                    }
                }
            }
            System.out.println("blocked thread released");
        }, "blocked");
        blocked.start();
        Thread main = Thread.currentThread();
        Thread interrupter = new Thread(() -> {
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                return;
            }
            main.interrupt();
        }, "interrupter");
        interrupter.start();
        try {
            blocked.join();
            System.out.println("join returned?");
        } catch (InterruptedException e) {
            System.out.println("main's join interrupted, flag " + main.isInterrupted());
        }
        System.out.println("blocked alive: " + blocked.isAlive());
        interrupter.join();
        synchronized (lock) {
            release = true;
            lock.notifyAll();
        }
        blocked.join();
        System.out.println("blocked alive after release: " + blocked.isAlive());
    }
}
