// After notifyAll and the notifier's monitorexit, the woken waiter should own the monitor again.
public class WaitNotify2 {
    static final Object lock = new Object();
    static boolean flag;

    public static void main(String[] args) throws InterruptedException {
        Thread t = new Thread(() -> {
            synchronized (lock) {
                flag = true;
                lock.notifyAll();
            }
        });
        t.start();
        synchronized (lock) {
            while (!flag) lock.wait();
            System.out.println("holds after wait: " + Thread.holdsLock(lock));
        }
        System.out.println("done");
    }
}
