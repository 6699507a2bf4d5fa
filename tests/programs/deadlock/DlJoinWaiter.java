// Deadlock (hand-written expectation: HotSpot hangs here). main joins a thread that waits on a
// monitor nobody will ever notify. A sleeping thread finishes first: a pending sleep is not a
// deadlock, only the state after it ends is. The device reports the deadlock and exits with 2.
public class DlJoinWaiter {
    public static void main(String[] args) throws InterruptedException {
        Object never = new Object();
        Thread waiter = new Thread(() -> {
            synchronized (never) {
                try {
                    never.wait();
                } catch (InterruptedException e) {
                    return;
                }
            }
            System.out.println("never printed");
        }, "waiter");
        Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                return;
            }
            System.out.println("sleeper done");
        }, "sleeper");
        waiter.start();
        sleeper.start();
        System.out.println("main joins the waiter");
        waiter.join();
        System.out.println("never printed");
    }
}
