/*
 * Figure (ci/figures): a round trip between two threads through Object.wait/notify (issue 10
 * item 9; anchor: ChibiOS message round trip, 306 cycles).
 *
 * main and a second thread take turns on one monitor: each waits until `turn` is its own, flips
 * it and notifies the other. A round trip is main -> other -> main: two notifies, two wakes from
 * wait (each re-acquiring the monitor), two monitor enter/exits and two switches. The OPS line
 * makes ci/figures divide by N: the per-operation column is one round trip.
 */
public class WaitNotifyPingPong {
    static final int N = 2000;
    static final Object lock = new Object();
    static int turn; // 0: main's, 1: the other thread's
    static int rounds;

    public static void main(String[] args) throws InterruptedException {
        Thread other = new Thread(() -> {
            try {
                for (int i = 0; i < N; i++) {
                    synchronized (lock) {
                        while (turn != 1) {
                            lock.wait();
                        }
                        turn = 0;
                        lock.notify();
                    }
                }
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        other.start();
        System.out.println("OPS " + N + " round-trip");
        System.out.println("BEGIN");
        for (int i = 0; i < N; i++) {
            synchronized (lock) {
                turn = 1;
                lock.notify();
                while (turn != 0) {
                    lock.wait();
                }
                rounds++;
            }
        }
        other.join();
        System.out.print("END ");
        System.out.println(rounds);
    }
}
