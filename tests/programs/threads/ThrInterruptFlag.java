// The interrupt flag on the current thread: isInterrupted() reads it, Thread.interrupted() reads
// and clears it; sleep, join and wait with the flag already set throw at once and clear it.
public class ThrInterruptFlag {
    public static void main(String[] args) throws InterruptedException {
        Thread me = Thread.currentThread();
        System.out.println("initially " + me.isInterrupted() + " " + Thread.interrupted());
        me.interrupt();
        System.out.println("after interrupt: " + me.isInterrupted() + " " + me.isInterrupted());
        System.out.println("interrupted(): " + Thread.interrupted() + " then " + Thread.interrupted());
        System.out.println("flag now " + me.isInterrupted());

        me.interrupt();
        long t0 = System.nanoTime();
        try {
            Thread.sleep(10_000);
            System.out.println("sleep completed?");
        } catch (InterruptedException e) {
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.println("sleep threw at once: " + (ms < 5_000) + ", flag " + me.isInterrupted() + ", message " + e.getMessage());
        }

        me.interrupt();
        try {
            Thread.sleep(0);
            System.out.println("sleep(0) with flag set returned, flag " + me.isInterrupted());
        } catch (InterruptedException e) {
            System.out.println("sleep(0) threw, flag " + me.isInterrupted());
        }
        Thread.interrupted();

        Thread other = new Thread(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                System.out.println("other interrupted?");
            }
        });
        other.start();
        me.interrupt();
        try {
            other.join();
            System.out.println("join completed?");
        } catch (InterruptedException e) {
            System.out.println("join threw, flag " + me.isInterrupted() + ", message " + e.getMessage());
        }
        other.join();
        System.out.println("other done: " + !other.isAlive());

        Object lock = new Object();
        me.interrupt();
        synchronized (lock) {
            try {
                lock.wait();
                System.out.println("wait completed?");
            } catch (InterruptedException e) {
                System.out.println("wait threw, flag " + me.isInterrupted() + ", still own lock " + Thread.holdsLock(lock) + ", message " + e.getMessage());
            }
        }
        me.interrupt();
        synchronized (lock) {
            try {
                lock.wait(10_000);
                System.out.println("timed wait completed?");
            } catch (InterruptedException e) {
                System.out.println("timed wait threw, flag " + me.isInterrupted() + ", message " + e.getMessage());
            }
        }
        me.interrupt();
        Thread.yield();
        System.out.println("yield keeps the flag: " + me.isInterrupted());
        System.out.println("cleared: " + Thread.interrupted() + " " + me.isInterrupted());
    }
}
