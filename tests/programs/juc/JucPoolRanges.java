// A fixed pool summing ranges: 1..2,000,000 split into eight Callable<Long> chunks on four
// threads, the Futures collected in submission order, the total checked against n(n+1)/2; then
// the same with squares modulo a prime, and the pool's completed-task count once terminated.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

public class JucPoolRanges {
    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        long n = 200_000;
        int chunks = 8;
        List<Future<Long>> parts = new ArrayList<>();
        for (int c = 0; c < chunks; c++) {
            final long from = c * n / chunks + 1;
            final long to = (c + 1) * n / chunks;
            parts.add(pool.submit(() -> {
                long s = 0;
                for (long k = from; k <= to; k++) {
                    s += k;
                }
                return s;
            }));
        }
        long total = 0;
        for (int c = 0; c < chunks; c++) {
            long part = parts.get(c).get();
            System.out.println("chunk " + c + ": " + part);
            total += part;
        }
        System.out.println("total " + total + ", expected " + n * (n + 1) / 2 + ", match " + (total == n * (n + 1) / 2));

        final int p = 1_000_003;
        List<Future<Integer>> sq = new ArrayList<>();
        for (int c = 0; c < chunks; c++) {
            final int from = c * 10_000;
            sq.add(pool.submit(() -> {
                int s = 0;
                for (int k = from; k < from + 10_000; k++) {
                    s = (int) ((s + (long) k * k) % p);
                }
                return s;
            }));
        }
        int acc = 0;
        for (Future<Integer> f : sq) {
            acc = (acc + f.get()) % p;
        }
        System.out.println("sum of squares below 80000 mod " + p + ": " + acc);
        pool.shutdown();
        System.out.println("terminated " + pool.awaitTermination(10, TimeUnit.SECONDS));
        ThreadPoolExecutor tpe = (ThreadPoolExecutor) pool;
        System.out.println("completed tasks " + tpe.getCompletedTaskCount() + ", largest pool " + tpe.getLargestPoolSize() + ", pool size now " + tpe.getPoolSize());
    }
}
