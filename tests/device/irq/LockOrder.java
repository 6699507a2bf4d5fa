/*
 * The classic deadlock: two threads take two monitors in opposite orders, sleeping in between so
 * each holds its first when it asks for its second. Nothing can wake anyone, so rtgo reports
 * "fatal error: all threads are asleep - deadlock!" with a line per thread saying what it waits
 * for, and exits with status 2 (HotSpot would hang). Device only; checked by rtgo.e2e.IrqTest.
 */
public class LockOrder {
    static final Object a = new Object();
    static final Object b = new Object();

    static void both(Object first, Object second, String name) {
        synchronized (first) {
            System.out.println(name + " holds its first lock");
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
            synchronized (second) {
                System.out.println(name + " holds both: not reached");
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread t0 = new Thread(() -> both(a, b, "t0"));
        Thread t1 = new Thread(() -> both(b, a, "t1"));
        t0.start();
        Thread.sleep(5);
        t1.start();
        t0.join();
        System.out.println("not reached");
    }
}
