// Deadlock (hand-written expectation: HotSpot hangs here). Two threads each hold one monitor and
// block entering the other's; main blocks joining the first. Nothing can wake anyone, so the
// device must report "fatal error: all threads are asleep - deadlock!" with every thread and
// what it waits on, and exit with status 2.
public class DlTwoLocks {
    static final Object left = new Object();
    static final Object right = new Object();
    static final Object gate = new Object();
    static int holding;

    static void arrive() throws InterruptedException {
        synchronized (gate) {
            holding++;
            gate.notifyAll();
            while (holding < 2) gate.wait();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(() -> {
            synchronized (left) {
                try {
                    arrive();
                } catch (InterruptedException e) {
                    return;
                }
                System.out.println("first holds left, wants right");
                synchronized (right) {
                    System.out.println("never printed");
                }
            }
        }, "first");
        Thread b = new Thread(() -> {
            synchronized (right) {
                try {
                    arrive();
                } catch (InterruptedException e) {
                    return;
                }
                synchronized (left) {
                    System.out.println("never printed");
                }
            }
        }, "second");
        a.start();
        b.start();
        a.join();
        System.out.println("never printed");
    }
}
