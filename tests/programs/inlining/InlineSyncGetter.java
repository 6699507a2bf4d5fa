// Synchronized getters and setters called in loops, from two threads: inlined or not, each call
// must hold the object's monitor, so no increment is lost; an exception inside a synchronized
// method must release the monitor and show the method in the trace.
public class InlineSyncGetter {
    private int count;
    private final int[] slots = new int[2];

    synchronized int get() {
        return count;
    }

    synchronized void inc() {
        count = count + 1;
    }

    synchronized int slot(int i) {
        return slots[i];
    }

    static InlineSyncGetter shared = new InlineSyncGetter();

    public static void main(String[] args) throws InterruptedException {
        Thread t = new Thread(() -> {
            for (int i = 0; i < 2000; i++) {
                shared.inc();
                if ((i & 63) == 0) {
                    Thread.yield();
                }
            }
        });
        t.start();
        for (int i = 0; i < 2000; i++) {
            shared.inc();
            if ((i & 63) == 0) {
                Thread.yield();
            }
        }
        t.join();
        System.out.println(shared.get());
        try {
            shared.slot(5);
        } catch (ArrayIndexOutOfBoundsException e) {
            e.printStackTrace();
        }
        Thread u = new Thread(() -> System.out.println("other thread sees " + shared.get()));
        u.start();
        u.join();
    }
}
