// Lambdas: interfaces with generic default methods, static nested generic classes (Pair, Either, Box), bounded generics with lambdas, bridge methods
import java.util.*;
import java.util.function.*;
public class L09GenericDefaults {
    interface Container<T> extends Iterable<T> {
        int size(); T at(int i);
        default <R> List<R> mapAll(Function<? super T, ? extends R> f) { List<R> r = new ArrayList<>(); for (int i = 0; i < size(); i++) r.add(f.apply(at(i))); return r; }
        default <A> A reduce(A init, BiFunction<A, ? super T, A> f) { A a = init; for (T t : this) a = f.apply(a, t); return a; }
        default Optional<T> firstMatch(Predicate<? super T> p) { for (T t : this) if (p.test(t)) return Optional.of(t); return Optional.empty(); }
        default Iterator<T> iterator() { return new Iterator<T>() { int i = 0; public boolean hasNext() { return i < size(); } public T next() { return at(i++); } }; }
    }
    static final class ArrBox<T> implements Container<T> {
        private final Object[] data; ArrBox(Object... d) { data = d; }
        public int size() { return data.length; }
        @SuppressWarnings("unchecked") public T at(int i) { return (T) data[i]; }
    }
    static final class Pair<A, B> {
        final A a; final B b; Pair(A a, B b) { this.a = a; this.b = b; }
        <C> Pair<C, B> first(Function<A, C> f) { return new Pair<>(f.apply(a), b); }
        Pair<B, A> swap() { return new Pair<>(b, a); }
        public String toString() { return "(" + a + ", " + b + ")"; }
    }
    static abstract sealed class Either<L, R> permits Left, Right {
        abstract <X> X fold(Function<L, X> l, Function<R, X> r);
        <R2> Either<L, R2> map(Function<R, R2> f) { return fold(Left::new, r -> new Right<>(f.apply(r))); }
    }
    static final class Left<L, R> extends Either<L, R> { final L v; Left(L v) { this.v = v; } <X> X fold(Function<L, X> l, Function<R, X> r) { return l.apply(v); } }
    static final class Right<L, R> extends Either<L, R> { final R v; Right(R v) { this.v = v; } <X> X fold(Function<L, X> l, Function<R, X> r) { return r.apply(v); } }
    static Either<String, Integer> safeDiv(int a, int b) { return b == 0 ? new Left<>("div0(" + a + ")") : new Right<>(a / b); }
    static <T extends Comparable<? super T>> T maxOf(Container<T> c) { return c.reduce(c.at(0), (m, x) -> x.compareTo(m) > 0 ? x : m); }
    interface Scaler<N> // unbounded: "N extends Number" hits bugs/B02
    extends Function<N, Double> { default Function<N, String> pretty() { return n -> "~" + apply(n); } }
    public static void main(String[] args) {
        ArrBox<Integer> box = new ArrBox<>(5, 3, 8, 1, 9, 2);
        System.out.println(box.mapAll(x -> x * 10) + " " + box.reduce(0L, (a, x) -> a * 10 + x) + " " + box.firstMatch(x -> x > 6) + " " + maxOf(box));
        ArrBox<String> sbox = new ArrBox<>("pear", "fig", "apple");
        System.out.println(sbox.mapAll(String::length) + " " + maxOf(sbox) + " " + sbox.reduce("", (a, s) -> a + s.charAt(0)));
        int cnt = 0; for (String s : sbox) cnt += s.length();
        System.out.println("iter " + cnt);
        Pair<Integer, String> p = new Pair<>(7, "seven");
        System.out.println(p + " " + p.first(x -> x * 1.5) + " " + p.swap() + " " + p.swap().first(String::length).swap());
        List<Either<String, Integer>> rs = new ArrayList<>();
        for (int b = -2; b <= 2; b++) rs.add(safeDiv(10, b).map(x -> x * x));
        for (Either<String, Integer> e : rs) System.out.print(e.fold(l -> "L:" + l, r -> "R:" + r) + " ");
        System.out.println();
        int sumRight = 0; for (var e : rs) sumRight += e.fold(l -> 0, r -> r);
        System.out.println("sumRight " + sumRight);
        Scaler<Long> sc = l -> l / 3.0;
        Scaler<Integer> si = i -> i * 0.5;
        System.out.println(sc.apply(10L) + " " + sc.pretty().apply(1L << 53) + " " + si.andThen(d -> d + 1).apply(5) + " " + si.pretty().apply(-3));
        Container<Long> anon = new Container<>() { public int size() { return 4; } public Long at(int i) { return 1L << (i * 20); } };
        System.out.println(anon.mapAll(Long::toHexString) + " " + anon.reduce(0L, Long::sum) + " " + maxOf(anon));
    }
}
