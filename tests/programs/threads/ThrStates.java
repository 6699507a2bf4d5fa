// Thread.getState through a thread's life: NEW, RUNNABLE (itself), BLOCKED on a monitor main
// holds, WAITING in wait(), TIMED_WAITING in sleep, TERMINATED. main polls until the state it
// expects shows, so only the sequence of states is printed.
public class ThrStates {
    static final Object lock = new Object();
    static volatile int phase;

    static void await(Thread t, Thread.State s) throws InterruptedException {
        while (t.getState() != s) Thread.sleep(1);
        System.out.println("observed " + s);
    }

    public static void main(String[] args) throws InterruptedException {
        Thread t = new Thread(() -> {
            System.out.println("inside: " + Thread.currentThread().getState());
            phase = 1;
            synchronized (lock) {          // BLOCKED: main holds lock
                phase = 2;
                try {
                    lock.wait();           // WAITING
                } catch (InterruptedException e) {
                    return;
                }
            }
            try {
                Thread.sleep(60_000);      // TIMED_WAITING until interrupted
            } catch (InterruptedException e) {
                System.out.println("sleep interrupted");
            }
        });
        System.out.println("before start: " + t.getState());
        synchronized (lock) {
            t.start();
            while (phase != 1) Thread.sleep(1);
            await(t, Thread.State.BLOCKED);
        }
        await(t, Thread.State.WAITING);
        synchronized (lock) {
            lock.notify();
        }
        await(t, Thread.State.TIMED_WAITING);
        t.interrupt();
        t.join();
        System.out.println("after join: " + t.getState());
        System.out.println("main: " + Thread.currentThread().getState());
        System.out.println(Thread.State.valueOf("BLOCKED").ordinal() + " of " + Thread.State.values().length);
    }
}
