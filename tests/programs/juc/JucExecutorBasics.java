// ExecutorService basics on a fixed pool of three: the first three tasks each start a new worker
// (named pool-1-thread-1..3 as HotSpot names them), submit(Callable) and submit(Runnable) with
// Future.get, invokeAll over ten tasks, isDone, shutdown, a rejected task after shutdown,
// awaitTermination, isShutdown/isTerminated; then a single-thread executor that runs its tasks in
// order, and try-with-resources close() on another pool.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

public class JucExecutorBasics {
    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch allStarted = new CountDownLatch(3);
        List<Future<String>> first = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            final int id = i;
            first.add(pool.submit(() -> {
                allStarted.countDown();
                allStarted.await();
                return "task " + id + " on " + Thread.currentThread().getName();
            }));
        }
        for (Future<String> f : first) {
            System.out.println(f.get());
        }
        Future<Integer> answer = pool.submit(() -> 6 * 7);
        AtomicInteger ran = new AtomicInteger();
        Future<?> plain = pool.submit(() -> {
            ran.incrementAndGet();
        });
        Future<String> withResult = pool.submit(() -> ran.incrementAndGet(), "fixed result");
        System.out.println("answer " + answer.get() + ", plain " + plain.get() + ", withResult " + withResult.get() + ", ran " + ran.get());
        System.out.println("done: " + answer.isDone() + " " + plain.isDone() + ", cancelled: " + answer.isCancelled() + ", state " + answer.state());

        List<Callable<Long>> tasks = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            final long n = i;
            tasks.add(() -> {
                long f = 1;
                for (long k = 2; k <= n; k++) {
                    f *= k;
                }
                return f;
            });
        }
        List<Future<Long>> futures = pool.invokeAll(tasks);
        StringBuilder sb = new StringBuilder();
        boolean allDone = true;
        for (Future<Long> f : futures) {
            sb.append(f.get()).append(' ');
            allDone &= f.isDone();
        }
        System.out.println("factorials " + sb + "all done " + allDone);

        System.out.println("shutdown? " + pool.isShutdown());
        pool.shutdown();
        try {
            pool.submit(() -> 1);
        } catch (RejectedExecutionException e) {
            System.out.println("after shutdown: RejectedExecutionException");
        }
        System.out.println("terminated in time: " + pool.awaitTermination(5, TimeUnit.SECONDS));
        System.out.println("shutdown " + pool.isShutdown() + ", terminated " + pool.isTerminated());

        ExecutorService single = Executors.newSingleThreadExecutor();
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            final int id = i;
            single.execute(() -> order.add(id + "@" + Thread.currentThread().getName()));
        }
        single.shutdown();
        single.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println("single thread order " + order);

        AtomicInteger sum = new AtomicInteger();
        try (ExecutorService auto = Executors.newFixedThreadPool(2)) {
            for (int i = 1; i <= 20; i++) {
                final int v = i;
                auto.submit(() -> sum.addAndGet(v));
            }
        }
        System.out.println("closed pool summed " + sum.get());
    }
}
