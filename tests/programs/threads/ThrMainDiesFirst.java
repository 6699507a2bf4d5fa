// main ends with an uncaught exception while a non-daemon thread still has work: HotSpot reports
// main's exception, keeps running the other thread to its end, then exits with status 1. The
// worker joins the main thread, so it prints only after main's report.
public class ThrMainDiesFirst {
    static final Object lock = new Object();
    static boolean mainGone;

    public static void main(String[] args) {
        Thread mainThread = Thread.currentThread();
        Thread worker = new Thread(() -> {
            synchronized (lock) {
                while (!mainGone) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
            try {
                mainThread.join();
            } catch (InterruptedException e) {
                return;
            }
            System.out.println("worker finishes after main died; main alive " + mainThread.isAlive());
        }, "worker");
        worker.start();
        System.out.println("main about to fail");
        synchronized (lock) {
            mainGone = true;
            lock.notifyAll();
        }
        throw new IllegalStateException("main fails");
    }
}
