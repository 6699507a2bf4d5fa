// Thread.join(millis, nanos): on a running thread it returns after the timeout with the thread
// alive, on a finished one at once; out-of-range nanos and negative millis are refused.
public class ThrJoinNanos {
    public static void main(String[] args) throws InterruptedException {
        Object lock = new Object();
        boolean[] release = new boolean[1];
        Thread t = new Thread(() -> {
            synchronized (lock) {
                while (!release[0]) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        });
        t.start();
        t.join(2, 500_000);
        System.out.println("join(2, 500000) returned, alive " + t.isAlive());
        t.join(0, 1);
        System.out.println("join(0, 1) returned, alive " + t.isAlive());
        synchronized (lock) {
            release[0] = true;
            lock.notify();
        }
        t.join(10_000, 0);
        System.out.println("joined, alive " + t.isAlive());
        try {
            t.join(1, 1_000_000);
        } catch (IllegalArgumentException e) {
            System.out.println("join(1, 1000000): " + e.getMessage());
        }
        try {
            t.join(-1, 0);
        } catch (IllegalArgumentException e) {
            System.out.println("join(-1, 0): " + e.getMessage());
        }
    }
}
