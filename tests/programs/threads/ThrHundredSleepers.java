// A hundred threads sleep 1..10 ms, then count under a monitor whose notifyAll wakes main. Found a
// harness defect: an alarm that fell due while the scheduler had interrupts masked (its sleep list
// walk is long with a hundred sleepers) never ended the idle WFI, so the run stopped as asleep for
// ever; on the chip a pending interrupt ends WFI even when PRIMASK masks it.
public class ThrHundredSleepers {
    static final Object lock = new Object();
    static int done;

    public static void main(String[] args) throws InterruptedException {
        int n = 100;
        for (int i = 0; i < n; i++) {
            final int k = i;
            Thread t = new Thread(() -> {
                try {
                    Thread.sleep(1 + k % 10);
                } catch (InterruptedException e) {
                    System.out.println("interrupted");
                }
                synchronized (lock) {
                    done++;
                    lock.notifyAll();
                }
            });
            t.setDaemon(true);
            t.start();
        }
        synchronized (lock) {
            while (done < n) {
                lock.wait();
            }
        }
        System.out.println("done " + done);
    }
}
