// Minimal: main waits on a monitor in a loop; a thread sets a flag and notifies.
public class WaitNotify1 {
    static final Object lock = new Object();
    static boolean flag;

    public static void main(String[] args) throws InterruptedException {
        Thread t = new Thread(() -> {
            synchronized (lock) {
                flag = true;
                lock.notifyAll();
            }
            System.out.println("notified");
        });
        t.start();
        synchronized (lock) {
            while (!flag) lock.wait();
        }
        System.out.println("woke");
        t.join();
        System.out.println("done");
    }
}
