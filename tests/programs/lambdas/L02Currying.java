// Lambdas: currying Function<Integer, Function<Integer, Integer>>, partial application, three-level currying, uncurry, generic curry helper
import java.util.*;
import java.util.function.*;
public class L02Currying {
    static <A, B, R> Function<A, Function<B, R>> curry(BiFunction<A, B, R> f) { return a -> b -> f.apply(a, b); }
    static <A, B, R> BiFunction<A, B, R> uncurry(Function<A, Function<B, R>> f) { return (a, b) -> f.apply(a).apply(b); }
    static <A, B, R> Function<B, Function<A, R>> flip(Function<A, Function<B, R>> f) { return b -> a -> f.apply(a).apply(b); }
    public static void main(String[] args) {
        Function<Integer, Function<Integer, Integer>> add = a -> b -> a + b;
        Function<Integer, Function<Integer, Integer>> pow = base -> exp -> { int r = 1; for (int i = 0; i < exp; i++) r *= base; return r; };
        System.out.println(add.apply(3).apply(4) + " " + pow.apply(2).apply(10) + " " + flip(pow).apply(2).apply(10));
        Function<Integer, Integer> add10 = add.apply(10);
        List<Function<Integer, Integer>> adders = new ArrayList<>();
        for (int i = 0; i < 5; i++) adders.add(add.apply(i * 100));
        StringBuilder sb = new StringBuilder();
        for (Function<Integer, Integer> f : adders) sb.append(f.andThen(add10).apply(1)).append(' ');
        System.out.println(sb);
        Function<Long, Function<Long, Function<Long, Long>>> mad = a -> b -> c -> a * b + c;
        Function<Long, Function<Long, Long>> times7 = mad.apply(7L);
        System.out.println(times7.apply(6L).apply(0L) + " " + mad.apply(1L << 32).apply(1L << 20).apply(-1L));
        BiFunction<String, Integer, String> rep = String::repeat;
        Function<String, Function<Integer, String>> crep = curry(rep);
        System.out.println(crep.apply("ab").apply(3) + " " + uncurry(crep).apply("-", 5) + " " + uncurry(flip(crep)).apply(2, "xy"));
        Function<Double, Function<Double, Double>> lerp0 = a -> b -> a + (b - a) * 0.25;
        System.out.println(lerp0.apply(1.0).apply(3.0) + " " + lerp0.apply(-1e10).apply(1e10));
        Function<Integer, Function<Integer, Function<Integer, Function<Integer, String>>>> four = a -> b -> c -> d -> a + "," + b + "," + c + "," + d;
        Function<Integer, Function<Integer, String>> mid = four.apply(1).apply(2);
        System.out.println(mid.apply(3).apply(4) + " " + mid.apply(-3).apply(-4));
        Map<String, Function<Integer, Function<Integer, Integer>>> ops = new TreeMap<>();
        ops.put("add", add); ops.put("sub", a -> b -> a - b); ops.put("mul", a -> b -> a * b);
        ops.put("div", a -> b -> a / b); ops.put("mod", a -> b -> Math.floorMod(a, b)); ops.put("pow", pow);
        for (var e : ops.entrySet()) {
            StringBuilder row = new StringBuilder(e.getKey() + ":");
            for (int a = -3; a <= 3; a += 2) for (int b = 1; b <= 3; b++) row.append(' ').append(e.getValue().apply(a).apply(b));
            System.out.println(row);
        }
        try { ops.get("div").apply(1).apply(0); } catch (ArithmeticException ex) { System.out.println("div by zero inside curried lambda: " + ex.getMessage()); }
        Supplier<Function<Integer, Function<Integer, Integer>>> lazy = () -> a -> b -> a * 1000 + b;
        System.out.println(lazy.get().apply(12).apply(34));
        Function<Function<Integer, Integer>, Function<Integer, Integer>> twice = f -> f.andThen(f);
        System.out.println(twice.apply(twice.apply(add.apply(3))).apply(0));
    }
}
