// Statics shared between threads while a loop updates them: a volatile progress counter another
// thread waits for, a plain counter in a loop that calls Thread.yield (a synchronisation point:
// the other thread must see each value), and a loop updating a static inside synchronized blocks.
public class PromoteThreads {
    static volatile int progress;
    static int plain;
    static int guarded;
    static final Object LOCK = new Object();

    public static void main(String[] args) throws Exception {
        Thread waiter = new Thread(() -> {
            while (progress < 50) {
                Thread.yield();
            }
            System.out.println("waiter saw progress " + (progress >= 50));
        });
        waiter.start();
        for (int i = 0; i < 100; i++) {
            progress++;
        }
        waiter.join();
        System.out.println("progress " + progress);

        int[] observed = new int[1];
        Thread watcher = new Thread(() -> {
            int last = -1;
            int changes = 0;
            while (last < 20) {
                int now = plain;
                if (now != last) {
                    changes++;
                    last = now;
                }
                Thread.yield();
            }
            observed[0] = changes;
        });
        plain = 0;
        watcher.start();
        for (int i = 0; i < 20; i++) {
            plain++;
            Thread.yield();
            Thread.yield();
        }
        watcher.join();
        System.out.println("plain " + plain + " watcher saw changes " + (observed[0] >= 1));

        Thread other = new Thread(() -> {
            for (int i = 0; i < 1000; i++) {
                synchronized (LOCK) {
                    guarded++;
                }
            }
        });
        other.start();
        for (int i = 0; i < 1000; i++) {
            synchronized (LOCK) {
                guarded += 2;
            }
        }
        other.join();
        System.out.println("guarded " + guarded);
    }
}
