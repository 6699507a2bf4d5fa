// Thread.sleep wakes threads in deadline order: threads started in the order 600, 400, 200 ms
// print in the order 200, 400, 600. All start sleeping when main opens a gate, and the 200 ms
// gaps keep HotSpot's order stable on a heavily loaded machine (the device idles through them).
public class ThrSleepOrder {
    static final Object gate = new Object();
    static boolean open;

    public static void main(String[] args) throws InterruptedException {
        int[] delays = {600, 400, 200};
        Thread[] ts = new Thread[delays.length];
        for (int i = 0; i < delays.length; i++) {
            final int d = delays[i];
            ts[i] = new Thread(() -> {
                try {
                    synchronized (gate) {
                        while (!open) gate.wait();
                    }
                    Thread.sleep(d);
                } catch (InterruptedException e) {
                    System.out.println("interrupted?");
                }
                System.out.println(Thread.currentThread().getName() + " woke after " + d + " ms");
            });
        }
        for (Thread t : ts) t.start();
        synchronized (gate) {
            open = true;
            gate.notifyAll();
        }
        for (Thread t : ts) t.join();
        long t0 = System.nanoTime();
        Thread.sleep(25);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("main slept at least 25 ms: " + (ms >= 24));
        Thread.sleep(0);
        Thread.sleep(0, 1);
        System.out.println("zero sleeps return");
        try {
            Thread.sleep(-5);
        } catch (IllegalArgumentException e) {
            System.out.println("sleep(-5): " + e.getMessage());
        }
        try {
            Thread.sleep(1, 1_000_000);
        } catch (IllegalArgumentException e) {
            System.out.println("sleep(1, 1000000): " + e.getMessage());
        }
    }
}
