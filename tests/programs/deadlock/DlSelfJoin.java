// Deadlock (hand-written expectation: HotSpot hangs here). A thread joins itself, which can never
// return, and main joins that thread. The device reports the deadlock and exits with status 2.
public class DlSelfJoin {
    public static void main(String[] args) throws InterruptedException {
        Thread t = new Thread(() -> {
            System.out.println("joining myself");
            try {
                Thread.currentThread().join();
            } catch (InterruptedException e) {
                return;
            }
            System.out.println("never printed");
        }, "selfish");
        t.start();
        t.join();
        System.out.println("never printed");
    }
}
