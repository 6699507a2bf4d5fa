// CyclicBarrier phases: three workers each add up a third of a range per phase, the barrier
// action (run by the last thread to arrive) combines the partial sums and prints the phase; then a
// timed await that nobody joins (TimeoutException), the broken barrier seen by the next await
// (BrokenBarrierException), reset, and the arrival indexes of one trip.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicIntegerArray;

public class JucBarrierPhases {
    static final int WORKERS = 3;
    static final long[] partial = new long[WORKERS];
    static int phase;

    public static void main(String[] args) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(WORKERS, () -> {
            long total = 0;
            for (long p : partial) {
                total += p;
            }
            System.out.println("phase " + phase + ": total " + total);
            phase++;
        });
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            final int id = w;
            Thread t = new Thread(() -> {
                try {
                    for (int p = 0; p < 4; p++) {
                        long s = 0;
                        int n = 300 * (p + 1);
                        for (int k = id; k < n; k += WORKERS) {
                            s += (long) k * k;
                        }
                        partial[id] = s;
                        barrier.await();
                    }
                } catch (InterruptedException | BrokenBarrierException e) {
                    System.out.println("worker " + id + ": " + e);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.println("parties " + barrier.getParties() + ", waiting " + barrier.getNumberWaiting() + ", broken " + barrier.isBroken());

        CyclicBarrier pair = new CyclicBarrier(2);
        try {
            pair.await(20, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.println("timed out: " + e + ", broken " + pair.isBroken());
        }
        try {
            pair.await();
        } catch (BrokenBarrierException e) {
            System.out.println("next await: " + e);
        }
        pair.reset();
        System.out.println("after reset: broken " + pair.isBroken());

        AtomicIntegerArray byIndex = new AtomicIntegerArray(4);
        CyclicBarrier four = new CyclicBarrier(4);
        List<Thread> more = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Thread t = new Thread(() -> {
                try {
                    byIndex.incrementAndGet(four.await());
                } catch (Exception e) {
                    System.out.println(e);
                }
            });
            more.add(t);
            t.start();
        }
        byIndex.incrementAndGet(four.await());
        for (Thread t : more) {
            t.join();
        }
        System.out.println("threads per arrival index " + byIndex);
    }
}
