// java.util.function on the device: the default and static combinators (andThen, compose, negate,
// and/or, not, isEqual, identity), primitive specialisations, boxing and unboxing at the adapters.
import java.util.function.*;

public class FunctionInterfaces {
    static int counter;

    static <T, R> R applyTwice(Function<T, T> f, Function<T, R> g, T x) { return g.apply(f.apply(f.apply(x))); }

    public static void main(String[] args) {
        Function<Integer, Integer> inc = x -> x + 1;
        Function<Integer, Integer> dbl = x -> x * 2;
        System.out.println(inc.andThen(dbl).apply(5) + " " + inc.compose(dbl).apply(5) + " " + Function.<Integer>identity().apply(9));
        String applied = applyTwice(inc, x -> "v=" + x, 40);
        System.out.println(applied);
        BiFunction<String, Integer, String> rep = String::repeat;
        System.out.println(rep.andThen(String::length).apply("ab", 3));
        Supplier<String> s = () -> "supplied";
        System.out.println(s.get());
        Consumer<String> c1 = x -> System.out.println("c1 " + x);
        Consumer<String> c2 = x -> System.out.println("c2 " + x.length());
        c1.andThen(c2).accept("hello");
        Predicate<String> empty = String::isEmpty;
        Predicate<String> longer = x -> x.length() > 3;
        for (String t : new String[] {"", "ab", "abcd"}) {
            System.out.println(t + ": " + empty.test(t) + " " + empty.negate().test(t) + " " + empty.or(longer).test(t) + " "
                    + empty.negate().and(longer.negate()).test(t) + " " + Predicate.not(empty).test(t) + " " + Predicate.isEqual("ab").test(t));
        }
        IntUnaryOperator sq = x -> x * x;
        IntBinaryOperator max = Math::max;
        IntPredicate even = x -> (x & 1) == 0;
        System.out.println(sq.andThen(x -> x + 1).applyAsInt(7) + " " + max.applyAsInt(3, 9) + " " + even.test(4) + " " + even.negate().test(4));
        ToIntFunction<String> len = String::length;
        IntFunction<String> stars = "*"::repeat;
        System.out.println(len.applyAsInt("four") + " " + stars.apply(5));
        LongUnaryOperator lsq = x -> x * x;
        LongBinaryOperator ladd = Long::sum;
        System.out.println(lsq.applyAsLong(3000000000L) + " " + ladd.applyAsLong(1L << 40, 5));
        IntSupplier next = () -> ++counter;
        System.out.println(next.getAsInt() + next.getAsInt() + next.getAsInt());
        BooleanSupplier b = () -> counter > 2;
        System.out.println(b.getAsBoolean());
        UnaryOperator<String> up = String::toUpperCase;
        System.out.println(up.apply("mixed Case") + UnaryOperator.identity().apply("!"));
        ObjIntConsumer<String> oc = (str, n) -> System.out.println(str + n);
        oc.accept("n=", 42);
        IntToLongFunction wide = x -> x * 1000000000L;
        System.out.println(wide.applyAsLong(7));
        Function<String, Integer> parse = Integer::parseInt;
        System.out.println(parse.apply("-123") + 1);
        BiPredicate<String, String> eq = String::equals;
        System.out.println(eq.test("a", "a") + " " + eq.negate().test("a", "a"));
        try {
            inc.andThen(null);
        } catch (NullPointerException e) {
            System.out.println("npe");
        }
    }
}
