// Lambdas: Supplier-based lazy values with memoization, evaluation counting, lazy linked stream of longs, Optional orElseGet laziness
import java.util.*;
import java.util.function.*;
public class L03LazySupplier {
    static final class Lazy<T> implements Supplier<T> {
        private Supplier<T> init; private T value; private boolean done;
        Lazy(Supplier<T> init) { this.init = init; }
        public T get() { if (!done) { value = init.get(); done = true; init = null; } return value; }
        <R> Lazy<R> map(Function<? super T, ? extends R> f) { return new Lazy<>(() -> f.apply(get())); }
    }
    static final class LStream {
        final long head; final Lazy<LStream> tail;
        LStream(long head, Supplier<LStream> tail) { this.head = head; this.tail = new Lazy<>(tail); }
        static LStream from(long n, LongUnaryOperator step) { return new LStream(n, () -> from(step.applyAsLong(n), step)); }
        LStream filter(LongPredicate p) {
            LStream s = this;
            while (!p.test(s.head)) s = s.tail.get();
            LStream fs = s;
            return new LStream(fs.head, () -> fs.tail.get().filter(p));
        }
        List<Long> take(int n) { List<Long> out = new ArrayList<>(); LStream s = this; for (int i = 0; i < n; i++) { out.add(s.head); if (i < n - 1) s = s.tail.get(); } return out; }
    }
    static int evals = 0;
    static long expensive(long x) { evals++; return x * x + 1; }
    public static void main(String[] args) {
        Lazy<Long> a = new Lazy<>(() -> expensive(12));
        Lazy<String> b = a.map(v -> "v=" + v);
        System.out.println("evals before " + evals);
        System.out.println(b.get() + " " + b.get() + " " + a.get() + " evals " + evals);
        System.out.println(LStream.from(1, x -> x + 1).filter(x -> x % 7 == 3).take(6));
        System.out.println(LStream.from(1, x -> x * 3).filter(x -> (x & 1) == 1 && x > 1000).take(5));
        LStream primes = sieve(LStream.from(2, x -> x + 1));
        System.out.println(primes.take(15));
        Map<Integer, Lazy<Long>> table = new TreeMap<>();
        for (int i = 0; i < 10; i++) { final int k = i; table.put(i, new Lazy<>(() -> expensive(k * 1000L))); }
        evals = 0;
        long s = 0;
        for (int i = 0; i < 10; i += 3) s += table.get(i).get() + table.get(i).get();
        System.out.println("sum " + s + " evals " + evals);
        Optional<String> present = Optional.of("here");
        int[] calls = { 0 };
        Supplier<String> fallback = () -> { calls[0]++; return "fallback"; };
        System.out.println(present.orElseGet(fallback) + " " + Optional.<String>empty().orElseGet(fallback) + " calls " + calls[0]);
        System.out.println(present.map(String::toUpperCase).filter(x -> x.startsWith("H")).orElse("none") + " " + present.flatMap(x -> Optional.<Integer>empty()).isPresent());
        BooleanSupplier flag = () -> evals > 3;
        IntSupplier counter = new IntSupplier() { int n = 0; public int getAsInt() { return n++; } };
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.append(counter.getAsInt()).append(flag.getAsBoolean() ? 'T' : 'F');
        System.out.println(sb);
        DoubleSupplier ds = () -> 0.1 * 3;
        LongSupplier ls = () -> Long.MIN_VALUE + evals;
        System.out.println(ds.getAsDouble() + " " + ls.getAsLong());
        try { new Lazy<String>(() -> { throw new IllegalStateException("boom in supplier"); }).get(); }
        catch (IllegalStateException e) { System.out.println("caught " + e.getMessage()); }
    }
    static LStream sieve(LStream s) {
        long p = s.head;
        return new LStream(p, () -> sieve(s.tail.get().filter(x -> x % p != 0)));
    }
}
