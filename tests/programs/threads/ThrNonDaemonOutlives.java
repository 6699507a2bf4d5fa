// The program waits for every non-daemon thread: main returns first, and a worker that main
// released as its last act prints afterwards (after a sleep, to be sure main has gone), then the
// program ends with status 0.
public class ThrNonDaemonOutlives {
    static final Object lock = new Object();
    static boolean go;

    public static void main(String[] args) {
        Thread worker = new Thread(() -> {
            synchronized (lock) {
                while (!go) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
            System.out.println("worker prints after main has returned");
            Thread last = new Thread(() -> System.out.println("and a thread the worker started runs too"));
            last.start();
        });
        worker.start();
        synchronized (lock) {
            System.out.println("main's last line");
            go = true;
            lock.notifyAll();
        }
    }
}
