// An uncaught exception out of a Thread subclass's run(), thrown a few calls deep, with a cause:
// the report names the thread, lists the frames of run() and its callees, and the Caused by part.
// main is still running when it happens and finishes normally.
public class ThrUncaughtSubclass {
    static class Worker extends Thread {
        final int n;

        Worker(int n) {
            this.n = n;
        }

        @Override
        public void run() {
            System.out.println(getName() + " starts with " + n);
            step(n);
        }

        void step(int k) {
            if (k == 0) {
                try {
                    Integer.parseInt("x" + k);
                } catch (NumberFormatException e) {
                    throw new IllegalStateException("bottom reached", e);
                }
            }
            step(k - 1);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Worker w = new Worker(2);
        w.start();
        w.join();
        System.out.println("worker died, main continues");
        Worker w2 = new Worker(0);
        w2.setName("second");
        w2.start();
        w2.join();
        System.out.println("main done");
    }
}
