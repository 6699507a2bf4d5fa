// interrupt() of a sleeping thread: sleep throws InterruptedException and the interrupt flag is
// cleared when it does. The sleeper announces itself before sleeping; if the interrupt lands
// before the sleep starts, sleep throws at once, so the output is the same either way.
public class ThrInterruptSleep {
    static final Object lock = new Object();
    static boolean ready;

    public static void main(String[] args) throws InterruptedException {
        Thread sleeper = new Thread(() -> {
            synchronized (lock) {
                ready = true;
                lock.notifyAll();
            }
            long t0 = System.nanoTime();
            try {
                Thread.sleep(60_000);
                System.out.println("slept a whole minute?");
            } catch (InterruptedException e) {
                long ms = (System.nanoTime() - t0) / 1_000_000;
                System.out.println("sleeper interrupted: " + e.getClass().getName() + ": " + e.getMessage());
                System.out.println("flag after catch: " + Thread.currentThread().isInterrupted());
                System.out.println("well before the minute: " + (ms < 30_000));
            }
            try {
                Thread.sleep(5);
                System.out.println("a second sleep completes normally");
            } catch (InterruptedException e) {
                System.out.println("second sleep interrupted?");
            }
        }, "sleeper");
        sleeper.start();
        synchronized (lock) {
            while (!ready) lock.wait();
        }
        Thread.sleep(20);
        sleeper.interrupt();
        sleeper.join();
        System.out.println("sleeper alive: " + sleeper.isAlive() + ", interrupted: " + sleeper.isInterrupted());
        // interrupting a finished thread has no effect and does not throw
        sleeper.interrupt();
        System.out.println("interrupt after end: " + sleeper.isInterrupted());
        // interrupting a thread that was never started does nothing visible either
        Thread fresh = new Thread(() -> System.out.println("fresh runs, flag " + Thread.currentThread().isInterrupted()));
        fresh.interrupt();
        fresh.start();
        fresh.join();
    }
}
