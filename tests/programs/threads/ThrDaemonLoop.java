// A daemon thread that spins forever does not keep the program alive: main returns and the
// program ends with status 0, without the line after the daemon's endless loop. Daemon status is
// inherited by threads a daemon creates, and setDaemon on a started thread is refused.
public class ThrDaemonLoop {
    static volatile boolean stop;
    static volatile long spins;

    public static void main(String[] args) throws InterruptedException {
        System.out.println("main is daemon: " + Thread.currentThread().isDaemon());
        Thread d = new Thread(() -> {
            while (!stop) {
                spins++;
            }
            System.out.println("the daemon left its loop: must never print");
        }, "spinner");
        System.out.println("new thread is daemon: " + d.isDaemon());
        d.setDaemon(true);
        System.out.println("after setDaemon(true): " + d.isDaemon());
        d.start();
        while (spins == 0) {
            Thread.sleep(1);
        }
        try {
            d.setDaemon(false);
        } catch (IllegalThreadStateException e) {
            System.out.println("setDaemon on a live thread: " + e.getClass().getName());
        }
        boolean[] childDaemon = new boolean[1];
        Thread maker = new Thread(() -> {
            Thread child = new Thread(() -> {});
            childDaemon[0] = child.isDaemon();
        });
        maker.setDaemon(true);
        maker.start();
        maker.join();
        System.out.println("child of a daemon is daemon: " + childDaemon[0]);
        Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(600_000);
            } catch (InterruptedException e) {
                return;
            }
            System.out.println("the sleeping daemon woke: must never print");
        });
        sleeper.setDaemon(true);
        sleeper.start();
        Thread.sleep(20);
        System.out.println("daemon alive: " + d.isAlive() + ", spinning: " + (spins > 0));
        System.out.println("main returns");
    }
}
