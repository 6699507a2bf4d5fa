// Lambdas: custom functional interfaces with generic default and static methods, primitive-specialized FIs, lambdas vs method refs to instance/static/ctor
import java.util.*;
import java.util.function.*;
public class L04CustomFI {
    @FunctionalInterface interface Tri<A, B, C, R> {
        R apply(A a, B b, C c);
        default <V> Tri<A, B, C, V> andThen(Function<? super R, ? extends V> f) { return (a, b, c) -> f.apply(apply(a, b, c)); }
        static <A, B, C> Tri<A, B, C, String> show() { return (a, b, c) -> "(" + a + "," + b + "," + c + ")"; }
    }
    @FunctionalInterface interface LongOp { long op(long a, long b); default LongOp swap() { return (a, b) -> op(b, a); } }
    @FunctionalInterface interface Parser<T> {
        Optional<T> parse(String s);
        default Parser<T> or(Parser<T> other) { return s -> { Optional<T> r = parse(s); return r.isPresent() ? r : other.parse(s); }; }
        default <R> Parser<R> map(Function<T, R> f) { return s -> parse(s).map(f); }
    }
    interface Shape { double area(); default String describe() { return getClass().getSimpleName() + " area " + area(); } }
    record Sq(double side) implements Shape { public double area() { return side * side; } }
    static final class Counter { int n; Counter(int start) { n = start; } int next() { return n++; } }
    static Optional<Integer> parseInt(String s) { try { return Optional.of(Integer.parseInt(s)); } catch (NumberFormatException e) { return Optional.empty(); } }
    public static void main(String[] args) {
        Tri<Integer, Long, Double, Double> mix = (a, b, c) -> a + b * c;
        System.out.println(mix.apply(1, 2L, 0.5) + " " + mix.andThen(d -> d * 2).andThen(String::valueOf).apply(3, 4L, 1.25) + " " + Tri.show().apply('x', true, null));
        LongOp sub = (a, b) -> a - b, shl = (a, b) -> a << b;
        System.out.println(sub.op(10, 3) + " " + sub.swap().op(10, 3) + " " + shl.op(1, 40) + " " + shl.swap().op(3, 1));
        Parser<Integer> num = L04CustomFI::parseInt;
        Parser<Integer> hex = s -> s.startsWith("0x") ? Optional.of(Integer.parseInt(s.substring(2), 16)) : Optional.empty();
        Parser<Integer> word = s -> switch (s) { case "one" -> Optional.of(1); case "two" -> Optional.of(2); default -> Optional.empty(); };
        Parser<String> any = num.or(hex).or(word).map(i -> "#" + (i * 10));
        for (String s : new String[] { "42", "0xff", "two", "three", "-7" }) System.out.print(any.parse(s) + " ");
        System.out.println();
        Function<Double, Sq> mk = Sq::new;
        Shape sh = mk.apply(1.5);
        System.out.println(sh.describe() + " " + sh);
        Counter ctr = new Counter(5);
        IntSupplier nx = ctr::next;
        Supplier<Counter> fresh = () -> new Counter(100);
        System.out.println(nx.getAsInt() + " " + nx.getAsInt() + " " + ctr.n + " " + fresh.get().next());
        BiFunction<String, String, Boolean> sw = String::startsWith;
        Function<String, Integer> len = String::length;
        ToIntFunction<String> h = String::hashCode;
        ToLongFunction<Integer> widen = i -> i * 1_000_000_000L;
        ToDoubleFunction<Long> half = l -> l / 2.0;
        System.out.println(sw.apply("lambda", "lam") + " " + len.apply("abcdef") + " " + h.applyAsInt("hash") + " " + widen.applyAsLong(9) + " " + half.applyAsDouble(7L));
        IntBinaryOperator gcd = new IntBinaryOperator() { public int applyAsInt(int a, int b) { return b == 0 ? a : applyAsInt(b, a % b); } };
        LongBinaryOperator lmax = Math::max;
        DoubleBinaryOperator hyp = (x, y) -> Math.sqrt(x * x + y * y);
        System.out.println(gcd.applyAsInt(1071, 462) + " " + lmax.applyAsLong(-5, -9) + " " + hyp.applyAsDouble(3, 4) + " " + hyp.applyAsDouble(1e200, 1e200));
        IntFunction<int[]> mkArr = int[]::new;
        Function<Integer, List<String>> mkList = ArrayList::new;
        IntToLongFunction cube = i -> (long) i * i * i;
        LongToIntFunction fold = l -> (int) (l ^ (l >>> 32));
        IntToDoubleFunction recip = i -> 1.0 / i;
        System.out.println(mkArr.apply(4).length + " " + mkList.apply(10).size() + " " + cube.applyAsLong(2000) + " " + fold.applyAsInt(cube.applyAsLong(-77777)) + " " + recip.applyAsDouble(8));
        ObjIntConsumer<StringBuilder> rep = (sb, n) -> { for (int i = 0; i < n; i++) sb.append(i); };
        ObjLongConsumer<StringBuilder> lc = (sb, n) -> sb.append('L').append(n);
        ObjDoubleConsumer<StringBuilder> dc = (sb, d) -> sb.append('D').append(d);
        StringBuilder sb = new StringBuilder();
        rep.accept(sb, 5); lc.accept(sb, -1L << 63); dc.accept(sb, -0.0);
        System.out.println(sb);
    }
}
