// newVirtualThreadPerTaskExecutor in try-with-resources: sixty tasks that each sleep and
// count, close() waiting for all of them; virtual threads are unnamed; then a second executor
// whose tasks return values through Futures, and submit after close (RejectedExecutionException).
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

public class JucVirtualTasks {
    public static void main(String[] args) throws Exception {
        AtomicInteger done = new AtomicInteger();
        AtomicInteger unnamed = new AtomicInteger();
        try (ExecutorService ex = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 60; i++) {
                final int ms = 1 + i % 10;
                ex.submit(() -> {
                    Thread.sleep(ms);
                    if (Thread.currentThread().getName().isEmpty()) {
                        unnamed.incrementAndGet();
                    }
                    done.incrementAndGet();
                    return null;
                });
            }
        }
        System.out.println("done " + done.get() + ", unnamed " + unnamed.get());

        ExecutorService ex = Executors.newVirtualThreadPerTaskExecutor();
        List<Future<String>> fs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            final int id = i;
            fs.add(ex.submit(() -> {
                Thread.sleep(10 * (5 - id));
                return "v" + id * id;
            }));
        }
        StringBuilder sb = new StringBuilder();
        for (Future<String> f : fs) {
            sb.append(f.get()).append(' ');
        }
        System.out.println(sb.toString().trim());
        ex.close();
        System.out.println("shutdown " + ex.isShutdown() + ", terminated " + ex.isTerminated());
        try {
            ex.submit(() -> 1);
        } catch (RejectedExecutionException e) {
            System.out.println("after close: RejectedExecutionException");
        }
    }
}
