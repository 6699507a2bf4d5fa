// A chain of threads, each joining its predecessor before it prints, started in reverse order:
// the lines come out in chain order however the threads are scheduled. Each adds to a running
// value its predecessor left, read after the join.
public class ThrJoinChain {
    static final Object gate = new Object();
    static boolean open;

    public static void main(String[] args) throws InterruptedException {
        int n = 8;
        Thread[] chain = new Thread[n];
        long[] acc = new long[n];
        for (int i = 0; i < n; i++) {
            final int k = i;
            chain[i] = new Thread(() -> {
                long prev = 0;
                synchronized (gate) {
                    // join on a thread not yet started returns at once: wait until all are started
                    while (!open) {
                        try {
                            gate.wait();
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
                if (k > 0) {
                    try {
                        chain[k - 1].join();
                    } catch (InterruptedException e) {
                        return;
                    }
                    prev = acc[k - 1];
                }
                acc[k] = prev * 3 + k;
                System.out.println(Thread.currentThread().getName() + " -> " + acc[k]);
            }, "link" + i);
        }
        for (int i = n - 1; i >= 0; i--) chain[i].start();
        synchronized (gate) {
            open = true;
            gate.notifyAll();
        }
        chain[n - 1].join();
        System.out.println("all finished: " + !chain[0].isAlive() + " final " + acc[n - 1]);
    }
}
