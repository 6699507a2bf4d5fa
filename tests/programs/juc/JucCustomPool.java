// A ThreadPoolExecutor built by hand: two core threads, four at most, a queue of two, a thread
// factory naming its threads "worker-N" and a rejection handler that counts. With every worker
// held at a latch, ten tasks go: two start core threads, two wait in the queue, two start extra
// threads, four are rejected (HotSpot's policy, step by step); then AbortPolicy's
// RejectedExecutionException, the pool's counters, and its termination.
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

public class JucCustomPool {
    public static void main(String[] args) throws InterruptedException {
        AtomicInteger made = new AtomicInteger();
        ThreadFactory factory = r -> new Thread(r, "worker-" + made.incrementAndGet());
        AtomicInteger rejected = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(2, 4, 1, TimeUnit.SECONDS, new ArrayBlockingQueue<>(2), factory,
                (task, executor) -> rejected.incrementAndGet());
        CountDownLatch hold = new CountDownLatch(1);
        TreeSet<String> names = new TreeSet<>();
        AtomicInteger ran = new AtomicInteger();
        for (int i = 0; i < 10; i++) {
            pool.execute(() -> {
                try {
                    hold.await();
                } catch (InterruptedException e) {
                    return;
                }
                synchronized (names) {
                    names.add(Thread.currentThread().getName());
                }
                ran.incrementAndGet();
            });
            System.out.println("after task " + i + ": pool " + pool.getPoolSize() + ", queued " + pool.getQueue().size() + ", rejected " + rejected.get());
        }
        hold.countDown();
        pool.shutdown();
        System.out.println("terminated " + pool.awaitTermination(5, TimeUnit.SECONDS));
        System.out.println("ran " + ran.get() + " on " + names + ", largest pool " + pool.getLargestPoolSize() + ", completed " + pool.getCompletedTaskCount() + ", threads made " + made.get());
        System.out.println("core " + pool.getCorePoolSize() + ", max " + pool.getMaximumPoolSize() + ", keep-alive ms " + pool.getKeepAliveTime(TimeUnit.MILLISECONDS));

        ThreadPoolExecutor strict = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1));
        CountDownLatch hold2 = new CountDownLatch(1);
        strict.execute(() -> {
            try {
                hold2.await();
            } catch (InterruptedException e) {
                System.out.println("interrupted");
            }
        });
        strict.execute(() -> { });
        try {
            strict.execute(() -> { });
        } catch (RejectedExecutionException e) {
            System.out.println("third task: RejectedExecutionException, queued " + strict.getQueue().size());
        }
        hold2.countDown();
        strict.shutdown();
        System.out.println("strict terminated " + strict.awaitTermination(5, TimeUnit.SECONDS) + ", completed " + strict.getCompletedTaskCount());
        try {
            new ThreadPoolExecutor(3, 2, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1));
        } catch (IllegalArgumentException e) {
            System.out.println("max below core: " + e);
        }
    }
}
