// CountDownLatch as a start gate and a finish line: workers wait at the gate until main opens it,
// each fills its own slot of an AtomicIntegerArray, and main waits for all of them; then await
// with timeouts on an open and a closed latch, getCount, and a countDown past zero.
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

public class JucStartGate {
    public static void main(String[] args) throws InterruptedException {
        int n = 5;
        CountDownLatch gate = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(n);
        AtomicIntegerArray results = new AtomicIntegerArray(n);
        AtomicInteger early = new AtomicInteger();
        AtomicInteger open = new AtomicInteger();
        for (int i = 0; i < n; i++) {
            final int id = i;
            new Thread(() -> {
                try {
                    gate.await();
                    if (open.get() == 0) {
                        early.incrementAndGet();
                    }
                    int s = 0;
                    for (int k = 1; k <= 100 * (id + 1); k++) {
                        s += k;
                    }
                    results.set(id, s);
                } catch (InterruptedException e) {
                    System.out.println("interrupted");
                } finally {
                    done.countDown();
                }
            }).start();
        }
        Thread.sleep(30);
        System.out.println("before the gate: done count " + done.getCount() + ", results " + results);
        open.set(1);
        gate.countDown();
        done.await();
        System.out.println("after: done count " + done.getCount() + ", results " + results + ", early " + early.get());
        System.out.println("await open latch (1 ms): " + done.await(1, TimeUnit.MILLISECONDS));
        CountDownLatch closed = new CountDownLatch(2);
        long t0 = System.nanoTime();
        boolean r = closed.await(25, TimeUnit.MILLISECONDS);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("await closed latch (25 ms): " + r + ", waited at least 25 ms: " + (ms >= 25));
        closed.countDown();
        closed.countDown();
        closed.countDown();
        System.out.println("count after three countDowns of two: " + closed.getCount());
        try {
            new CountDownLatch(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
    }
}
