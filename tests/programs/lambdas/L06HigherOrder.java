// Lambdas: hand-written generic map/filter/fold/zip/groupBy over lists, method refs as arguments, fold of longs and doubles
import java.util.*;
import java.util.function.*;
public class L06HigherOrder {
    static <T, R> List<R> map(List<T> xs, Function<? super T, ? extends R> f) { List<R> r = new ArrayList<>(); for (T x : xs) r.add(f.apply(x)); return r; }
    static <T> List<T> filter(List<T> xs, Predicate<? super T> p) { List<T> r = new ArrayList<>(); for (T x : xs) if (p.test(x)) r.add(x); return r; }
    static <T, A> A fold(List<T> xs, A init, BiFunction<A, ? super T, A> f) { A a = init; for (T x : xs) a = f.apply(a, x); return a; }
    static <A, B, C> List<C> zip(List<A> as, List<B> bs, BiFunction<A, B, C> f) { List<C> r = new ArrayList<>(); for (int i = 0; i < Math.min(as.size(), bs.size()); i++) r.add(f.apply(as.get(i), bs.get(i))); return r; }
    static <T, K extends Comparable<K>> TreeMap<K, List<T>> groupBy(List<T> xs, Function<T, K> key) { TreeMap<K, List<T>> m = new TreeMap<>(); for (T x : xs) m.computeIfAbsent(key.apply(x), k -> new ArrayList<>()).add(x); return m; }
    static <T> Optional<T> find(List<T> xs, Predicate<T> p) { for (T x : xs) if (p.test(x)) return Optional.of(x); return Optional.empty(); }
    static <T> List<List<T>> windows(List<T> xs, int n) { List<List<T>> r = new ArrayList<>(); for (int i = 0; i + n <= xs.size(); i++) r.add(xs.subList(i, i + n)); return r; }
    static long sumLong(List<Long> xs, LongBinaryOperator op, long init) { long a = init; for (long x : xs) a = op.applyAsLong(a, x); return a; }
    public static void main(String[] args) {
        List<Integer> nums = new ArrayList<>();
        for (int i = 1; i <= 20; i++) nums.add(i * i % 17);
        System.out.println(nums);
        System.out.println(map(nums, x -> x * 3 - 1));
        System.out.println(filter(nums, x -> x % 2 == 0) + " " + filter(map(nums, Integer::toBinaryString), s -> s.length() == 4));
        System.out.println(fold(nums, 0, Integer::sum) + " " + fold(nums, "", (a, x) -> a + (char) ('a' + x)) + " " + fold(nums, 1L, (a, x) -> a * (x + 1)));
        List<String> names = List.of("ada", "bo", "cyd", "dee", "ed", "flo");
        System.out.println(zip(names, nums, (n, x) -> n + x) + " " + zip(nums, nums.subList(1, nums.size()), (a, b) -> b - a));
        System.out.println(groupBy(nums, x -> x % 4) + " " + groupBy(names, String::length));
        System.out.println(find(nums, x -> x > 15) + " " + find(names, s -> s.startsWith("z")) + " " + find(names, s -> s.endsWith("o")).map(String::toUpperCase));
        System.out.println(map(windows(nums, 3), w -> fold(w, 0, Integer::sum)));
        List<Long> longs = map(nums, x -> (long) x << 35);
        System.out.println(sumLong(longs, Long::sum, 0) + " " + sumLong(longs, Math::max, Long.MIN_VALUE) + " " + sumLong(longs, (a, b) -> a ^ (b >>> 3), 0));
        List<Double> ds = map(nums, x -> x / 8.0);
        double mean = fold(ds, 0.0, Double::sum) / ds.size();
        double var = fold(ds, 0.0, (a, x) -> a + (x - mean) * (x - mean)) / ds.size();
        System.out.println(mean + " " + var + " " + Math.sqrt(var));
        Function<List<Integer>, Integer> maxF = xs -> fold(xs, Integer.MIN_VALUE, Math::max);
        BiFunction<Function<List<Integer>, Integer>, List<List<Integer>>, List<Integer>> applyAll = (f, ls) -> map(ls, f);
        System.out.println(applyAll.apply(maxF, windows(nums, 5)));
        List<Function<Integer, Integer>> pipeline = List.of(x -> x + 1, x -> x * x, x -> x % 1000, Math::negateExact);
        System.out.println(map(nums.subList(0, 8), x -> fold(pipeline, x, (a, f) -> f.apply(a))));
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparing((String s) -> s.charAt(s.length() - 1)).thenComparing(Function.identity()));
        System.out.println(sorted);
    }
}
