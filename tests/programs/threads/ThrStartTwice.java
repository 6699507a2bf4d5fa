// start() on a thread that is running or has finished throws IllegalThreadStateException, and
// the thread's run() is not repeated; the thread's own start from inside run() is refused too.
public class ThrStartTwice {
    static int runs;
    static String inside;

    public static void main(String[] args) throws InterruptedException {
        Object lock = new Object();
        boolean[] go = new boolean[1];
        Thread[] self = new Thread[1];
        self[0] = new Thread(() -> {
            synchronized (ThrStartTwice.class) {
                runs++;
            }
            try {
                self[0].start();
            } catch (IllegalThreadStateException e) {
                inside = "start from inside: " + e.getClass().getSimpleName();
            }
            synchronized (lock) {
                while (!go[0]) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        });
        Thread t = self[0];
        t.start();
        try {
            t.start();
        } catch (IllegalThreadStateException e) {
            System.out.println("start while running: " + e.getClass().getSimpleName());
        }
        synchronized (lock) {
            go[0] = true;
            lock.notify();
        }
        t.join();
        System.out.println(inside);
        try {
            t.start();
        } catch (IllegalThreadStateException e) {
            System.out.println("start after the end: " + e.getClass().getSimpleName());
        }
        System.out.println("run() ran " + runs + " time(s)");
    }
}
