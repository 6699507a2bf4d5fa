// Lambdas: Function compose/andThen chains, identity, BiFunction.andThen, Predicate combinators, UnaryOperator pipelines built in loops
import java.util.*;
import java.util.function.*;
public class L01Compose {
    static <A, B, C> Function<A, C> both(Function<A, B> f, Function<B, C> g) { return f.andThen(g); }
    static <T> UnaryOperator<T> times(UnaryOperator<T> f, int n) {
        UnaryOperator<T> r = UnaryOperator.identity();
        for (int i = 0; i < n; i++) { UnaryOperator<T> prev = r; r = x -> f.apply(prev.apply(x)); }
        return r;
    }
    public static void main(String[] args) {
        Function<Integer, Integer> inc = x -> x + 1, dbl = x -> x * 2, sq = x -> x * x;
        System.out.println(inc.andThen(dbl).apply(5) + " " + inc.compose(dbl).apply(5) + " " + sq.compose(inc).andThen(dbl).apply(3));
        Function<Integer, String> show = both(sq, x -> "<" + x + ">");
        System.out.println(show.apply(12) + " " + both(show, String::length).apply(99));
        List<Function<Integer, Integer>> fs = List.of(inc, dbl, sq, inc, dbl);
        Function<Integer, Integer> all = Function.identity();
        for (Function<Integer, Integer> f : fs) all = all.andThen(f);
        System.out.println(all.apply(1) + " " + all.apply(-3));
        System.out.println(times(s -> s + "ab", 4).apply(">") + " " + times((Long l) -> l * 3, 30).apply(1L));
        BiFunction<Integer, Integer, Integer> add = Integer::sum;
        BiFunction<Integer, Integer, String> addShow = add.andThen(x -> "sum=" + x);
        System.out.println(addShow.apply(40, 2));
        Predicate<String> empty = String::isEmpty, longish = s -> s.length() > 4, hasA = s -> s.indexOf('a') >= 0;
        Predicate<String> p = empty.negate().and(longish.or(hasA));
        for (String s : new String[] { "", "cat", "dog", "elephant", "xyzzy", "a" }) System.out.print(s + ":" + p.test(s) + " ");
        System.out.println();
        System.out.println(Predicate.not(empty).test("") + " " + Predicate.isEqual("x").test("x") + " " + Predicate.isEqual(null).test(null));
        IntUnaryOperator i1 = x -> x ^ 0x5A, i2 = x -> Integer.rotateLeft(x, 3);
        IntUnaryOperator mix = i1.andThen(i2).compose(x -> x + 7);
        int h = 1;
        for (int i = 0; i < 10; i++) h = mix.applyAsInt(h);
        System.out.println("mix " + h + " " + IntUnaryOperator.identity().applyAsInt(77));
        LongUnaryOperator lo = x -> x * 6364136223846793005L + 1442695040888963407L;
        LongUnaryOperator lo3 = lo.andThen(lo).andThen(lo);
        System.out.println("lcg " + lo3.applyAsLong(1) + " " + lo.compose(LongUnaryOperator.identity()).applyAsLong(-1));
        DoubleUnaryOperator half = d -> d / 2, plus = d -> d + 0.25;
        System.out.println(half.andThen(plus).applyAsDouble(3) + " " + half.compose(plus).applyAsDouble(3));
        BiPredicate<Integer, Integer> lt = (a, b) -> a < b, eq = Integer::equals;
        System.out.println(lt.or(eq).test(3, 3) + " " + lt.and(eq).test(3, 3) + " " + lt.negate().test(1, 2));
        Consumer<StringBuilder> c1 = sb -> sb.append("one,"), c2 = sb -> sb.append("two,");
        StringBuilder sb = new StringBuilder();
        c1.andThen(c2).andThen(c1).accept(sb);
        BiConsumer<String, Integer> bc = (k, v) -> sb.append(k).append(v);
        bc.andThen((k, v) -> sb.append('!')).accept("k", 9);
        System.out.println(sb);
    }
}
