// Atomics across threads: four threads bump an AtomicInteger, an AtomicLong past 2^32, slots of an
// AtomicIntegerArray, a max kept with accumulateAndGet and a CAS loop on an AtomicReference; then
// the single-threaded API: getAndSet, compareAndSet, updateAndGet, compareAndExchange, the Number
// views and toString.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

public class JucAtomicCounters {
    public static void main(String[] args) throws InterruptedException {
        AtomicInteger count = new AtomicInteger();
        AtomicLong big = new AtomicLong(4_000_000_000L);
        AtomicIntegerArray slots = new AtomicIntegerArray(5);
        AtomicInteger max = new AtomicInteger(Integer.MIN_VALUE);
        AtomicReference<String> trail = new AtomicReference<>("");
        AtomicBoolean once = new AtomicBoolean();
        AtomicInteger winners = new AtomicInteger();
        List<Thread> ts = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            final int id = k;
            Thread t = new Thread(() -> {
                for (int i = 0; i < 2500; i++) {
                    count.incrementAndGet();
                    big.addAndGet(3);
                    slots.getAndIncrement(i % 5);
                    max.accumulateAndGet((i * 7919 + id * 104729) % 100_003, Math::max);
                }
                String mark = String.valueOf((char) ('A' + id));
                for (;;) {
                    String old = trail.get();
                    if (trail.compareAndSet(old, old + mark)) {
                        break;
                    }
                }
                if (once.compareAndSet(false, true)) {
                    winners.incrementAndGet();
                }
            });
            ts.add(t);
            t.start();
        }
        for (Thread t : ts) {
            t.join();
        }
        char[] marks = trail.get().toCharArray();
        java.util.Arrays.sort(marks);
        System.out.println("count " + count + ", big " + big + ", slots " + slots + ", max " + max.get());
        System.out.println("trail letters " + new String(marks) + ", once " + once.get() + ", winners " + winners.get());

        AtomicInteger a = new AtomicInteger(10);
        System.out.println(a.getAndSet(5) + " " + a.get());
        System.out.println(a.compareAndSet(4, 9) + " " + a.compareAndSet(5, 9) + " " + a);
        System.out.println(a.getAndIncrement() + " " + a.incrementAndGet() + " " + a.decrementAndGet() + " " + a.getAndDecrement() + " " + a);
        System.out.println(a.getAndAdd(100) + " " + a.addAndGet(-50) + " " + a.updateAndGet(x -> x * 3) + " " + a.getAndUpdate(x -> x - 1) + " " + a);
        System.out.println(a.accumulateAndGet(4, (x, y) -> x % y) + " " + a.getAndAccumulate(10, Integer::sum) + " " + a.compareAndExchange(12, 0) + " " + a.intValue() + " " + a.doubleValue());
        AtomicLong l = new AtomicLong(Long.MAX_VALUE);
        System.out.println(l.incrementAndGet() + " " + l.getAndAdd(-1) + " " + l.updateAndGet(x -> x / 1_000_000_007L) + " " + l.intValue() + " " + l.longValue());
        AtomicReference<List<Integer>> ref = new AtomicReference<>(List.of(1, 2));
        List<Integer> before = ref.get();
        System.out.println(ref.compareAndSet(List.of(1, 2), List.of(3)) + " " + ref.compareAndSet(before, List.of(3)) + " " + ref);
        System.out.println(ref.getAndUpdate(x -> List.of(x.get(0) + 1)) + " " + ref.updateAndGet(x -> List.of(x.get(0) * 10)) + " " + ref.getAndSet(null) + " " + ref);
        AtomicIntegerArray arr = new AtomicIntegerArray(new int[] {3, 1, 4, 1, 5});
        System.out.println(arr.length() + " " + arr.compareAndSet(1, 1, 9) + " " + arr.addAndGet(2, 10) + " " + arr.getAndSet(4, -5) + " " + arr.updateAndGet(0, x -> x * x) + " " + arr);
        try {
            arr.get(5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        AtomicBoolean b = new AtomicBoolean(true);
        System.out.println(b.getAndSet(false) + " " + b + " " + new AtomicLong() + " " + new AtomicInteger() + " " + new AtomicReference<>());
    }
}
