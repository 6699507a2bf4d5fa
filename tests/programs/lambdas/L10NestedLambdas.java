// Lambdas: deeply nested lambdas capturing several scopes, recursion via holder, Y-combinator style fixpoint, lambdas returning lambdas with long/double captures
import java.util.*;
import java.util.function.*;
public class L10NestedLambdas {
    interface SelfApply<T> extends Function<SelfApply<T>, T> {}
    static <A, R> Function<A, R> fix(Function<Function<A, R>, Function<A, R>> f) {
        SelfApply<Function<A, R>> r = w -> f.apply(x -> w.apply(w).apply(x));
        return r.apply(r);
    }
    public static void main(String[] args) {
        Function<Integer, Long> fact = fix(self -> n -> n <= 1 ? 1L : n * self.apply(n - 1));
        Function<Integer, Long> fib = fix(self -> n -> n < 2 ? (long) n : self.apply(n - 1) + self.apply(n - 2));
        System.out.println(fact.apply(20) + " " + fib.apply(20));
        Map<Integer, Long> memo = new HashMap<>();
        Function<Integer, Long>[] holder = new Function[1];
        holder[0] = n -> { if (n < 2) return (long) n; Long c = memo.get(n); if (c != null) return c; long v = holder[0].apply(n - 1) + holder[0].apply(n - 2); memo.put(n, v); return v; };
        System.out.println(holder[0].apply(90));
        long a = 1_000_000_007L; double scale = 0.5; String tag = "T";
        Function<Integer, Function<Integer, Supplier<String>>> deep = x -> {
            long ax = a * x;
            return y -> {
                double sy = scale * y;
                return () -> {
                    BiFunction<Long, Double, String> fmt = (l, d) -> tag + l + "/" + d;
                    return fmt.apply(ax + y, sy + x);
                };
            };
        };
        StringBuilder sb = new StringBuilder();
        for (int x = 1; x <= 3; x++) for (int y = -1; y <= 1; y++) sb.append(deep.apply(x).apply(y).get()).append(' ');
        System.out.println(sb);
        int v0 = 1, v1 = 2, v2 = 3, v3 = 4, v4 = 5, v5 = 6, v6 = 7, v7 = 8;
        long w0 = 10, w1 = 20, w2 = 30;
        double d0 = 0.5, d1 = 1.5;
        IntFunction<Long> many = k -> (long) (v0 * k + v1 - v2 * k + v3 ^ v4 + v5 * v6 - v7) + w0 * k + w1 - w2 + (long) (d0 * k * d1);
        long tot = 0; for (int k = 0; k < 50; k++) tot += many.apply(k);
        System.out.println("many " + tot);
        Supplier<Supplier<Supplier<Integer>>> sss = () -> () -> () -> v0 + v7;
        System.out.println(sss.get().get().get());
        List<Function<Integer, Integer>> layers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int k = i;
            Function<Integer, Integer> prev = layers.isEmpty() ? Function.identity() : layers.get(layers.size() - 1);
            layers.add(x -> prev.apply(x) * 2 + k);
        }
        System.out.println(layers.get(5).apply(1) + " " + layers.get(2).apply(-1));
        Function<Integer, Predicate<Integer>> divBy = d -> n -> n % d == 0;
        Function<List<Integer>, Predicate<Integer>> anyDiv = ds -> n -> { for (int d : ds) if (divBy.apply(d).test(n)) return true; return false; };
        Predicate<Integer> fizzish = anyDiv.apply(List.of(3, 5)).and(divBy.apply(2).negate());
        StringBuilder fz = new StringBuilder();
        for (int n = 1; n <= 30; n++) if (fizzish.test(n)) fz.append(n).append(' ');
        System.out.println(fz);
        BinaryOperator<UnaryOperator<Integer>> composeOp = (f, g) -> x -> g.apply(f.apply(x));
        UnaryOperator<Integer> chain = x -> x;
        for (int i = 1; i <= 5; i++) { int m = i; chain = composeOp.apply(chain, x -> x * m + 1); }
        System.out.println(chain.apply(0) + " " + chain.apply(1));
        Runnable r = () -> { Runnable inner = () -> { Runnable innermost = () -> System.out.println("innermost " + tag + v3 + w2 + d1); innermost.run(); }; inner.run(); };
        r.run();
    }
}
