// Strict alternation with a ReentrantLock and two Conditions: a "ping" thread and a "pong" thread
// take turns ten times each (each awaits its own condition and signals the other's), so their
// lines interleave exactly; signalAll wakes every waiter; awaitNanos reports time left or out.
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

public class JucPingPong {
    static final ReentrantLock LOCK = new ReentrantLock();
    static final Condition PING_TURN = LOCK.newCondition();
    static final Condition PONG_TURN = LOCK.newCondition();
    static boolean pingsTurn = true;

    static void player(String word, boolean isPing, int rounds) {
        for (int i = 1; i <= rounds; i++) {
            LOCK.lock();
            try {
                while (pingsTurn != isPing) {
                    (isPing ? PING_TURN : PONG_TURN).await();
                }
                System.out.println(word + " " + i);
                pingsTurn = !isPing;
                (isPing ? PONG_TURN : PING_TURN).signal();
            } catch (InterruptedException e) {
                System.out.println("interrupted");
                return;
            } finally {
                LOCK.unlock();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread pong = new Thread(() -> player("pong", false, 10));
        Thread ping = new Thread(() -> player("ping", true, 10));
        pong.start();
        ping.start();
        ping.join();
        pong.join();

        Condition go = LOCK.newCondition();
        int[] released = new int[1];
        boolean[] open = new boolean[1];
        Thread[] waiters = new Thread[3];
        for (int i = 0; i < 3; i++) {
            waiters[i] = new Thread(() -> {
                LOCK.lock();
                try {
                    while (!open[0]) {
                        go.await();
                    }
                    released[0]++;
                } catch (InterruptedException e) {
                    System.out.println("interrupted");
                } finally {
                    LOCK.unlock();
                }
            });
            waiters[i].start();
        }
        for (;;) {
            LOCK.lock();
            try {
                if (LOCK.getWaitQueueLength(go) == 3) {
                    System.out.println("three waiting: " + LOCK.hasWaiters(go));
                    open[0] = true;
                    go.signalAll();
                    break;
                }
            } finally {
                LOCK.unlock();
            }
            Thread.sleep(1);
        }
        for (Thread t : waiters) {
            t.join();
        }
        System.out.println("released " + released[0]);
        LOCK.lock();
        try {
            long left = go.awaitNanos(TimeUnit.MILLISECONDS.toNanos(5));
            System.out.println("awaitNanos timed out: " + (left <= 0));
        } finally {
            LOCK.unlock();
        }
    }
}
