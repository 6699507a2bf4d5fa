// Deadlock (hand-written expectation: HotSpot hangs here). main, the only thread, waits on a
// monitor with no timeout; a daemon thread that already ended cannot notify it. The smallest
// deadlock: the device reports it and exits with status 2.
public class DlMainAlone {
    public static void main(String[] args) throws InterruptedException {
        Thread d = new Thread(() -> System.out.println("daemon ran"));
        d.setDaemon(true);
        d.start();
        d.join();
        Object o = new Object();
        synchronized (o) {
            System.out.println("main waits for ever");
            o.wait();
        }
        System.out.println("never printed");
    }
}
