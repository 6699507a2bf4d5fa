// Extra: generics stress: self-bounded builders, generic varargs creating typed arrays, wildcards (super/extends), EnumSet.allOf(Class), bridge methods with covariant generic overrides, generic static nested tree
import java.util.*;
import java.util.function.*;
public class X13Generics {
    static abstract class Builder<T, B extends Builder<T, B>> {
        final List<String> parts = new ArrayList<>();
        @SuppressWarnings("unchecked") B self() { return (B) this; }
        B with(String p) { parts.add(p); return self(); }
        abstract T build();
    }
    static final class CarBuilder extends Builder<String, CarBuilder> {
        int wheels = 4;
        CarBuilder wheels(int w) { wheels = w; return this; }
        String build() { return "Car" + parts + "w" + wheels; }
    }
    @SafeVarargs static <T> T[] arr(T... xs) { return xs; }
    @SafeVarargs static <T extends Comparable<? super T>> T maxOf(T first, T... rest) { T m = first; for (T x : rest) if (x.compareTo(m) > 0) m = x; return m; }
    static double sumAll(Collection<? extends Number> xs, ToDoubleFunction<Object> f) { double s = 0; for (Object x : xs) s += f.applyAsDouble(x); return s; }
    static void fill(List<? super Integer> out, int n) { for (int i = 0; i < n; i++) out.add(i * i); }
    static Mode parse(Class<Mode> c, String s, Mode dflt) { try { return Mode.valueOf(s.toUpperCase()); } /* Enum.valueOf(non-literal Class) is unsupported */ catch (IllegalArgumentException e) { return dflt; } }
    enum Mode { FAST, SLOW, SAFE }
    interface Source<T> { T next(); }
    static final class IntSource implements Source<Integer> { int n; public Integer next() { return n++; } }
    static final class Tree<K extends Comparable<K>, V> {
        private record Node<K, V>(K key, V val, Node<K, V> left, Node<K, V> right) {}
        private Node<K, V> root; private int size;
        void put(K k, V v) { root = put(root, k, v); }
        private Node<K, V> put(Node<K, V> n, K k, V v) {
            if (n == null) { size++; return new Node<>(k, v, null, null); }
            int c = k.compareTo(n.key());
            if (c < 0) return new Node<>(n.key(), n.val(), put(n.left(), k, v), n.right());
            if (c > 0) return new Node<>(n.key(), n.val(), n.left(), put(n.right(), k, v));
            return new Node<>(k, v, n.left(), n.right());
        }
        void inorder(BiConsumer<? super K, ? super V> f) { walk(root, f); }
        private void walk(Node<K, V> n, BiConsumer<? super K, ? super V> f) { if (n == null) return; walk(n.left(), f); f.accept(n.key(), n.val()); walk(n.right(), f); }
        int height() { return h(root); }
        private int h(Node<K, V> n) { return n == null ? 0 : 1 + Math.max(h(n.left()), h(n.right())); }
    }
    public static void main(String[] args) {
        System.out.println(new CarBuilder().with("roof").wheels(6).with("engine").build());
        String[] sa = arr("x", "y", "z"); Integer[] ia = arr(3, 1, 2);
        System.out.println(sa.length + " " + sa.getClass().getSimpleName() + " " + ia.getClass().getSimpleName() + " " + Arrays.toString(ia) + " " + maxOf(3, 9, 2) + " " + maxOf("pear", "apple", "zoo") + " " + maxOf(2.5));
        List<Number> nums = new ArrayList<>();
        fill(nums, 5);
        List<Object> objs = new ArrayList<>(); fill(objs, 3);
        System.out.println(nums + " " + objs + " " + sumAll(List.of(1, 2, 3), o -> ((Integer) o) * 1.5));
        System.out.println(parse(Mode.class, "slow", Mode.SAFE) + " " + parse(Mode.class, "nope", Mode.SAFE) + " " + EnumSet.allOf(Mode.class));
        Source<Integer> src = new IntSource();
        Source<?> wild = src;
        System.out.println(src.next() + src.next() + " " + wild.next());
        Tree<String, Integer> t = new Tree<>();
        String[] keys = "m f t b h p w a c g i n q v x".split(" ");
        for (int i = 0; i < keys.length; i++) t.put(keys[i], i);
        t.put("h", 100);
        StringBuilder sb = new StringBuilder();
        t.inorder((k, v) -> sb.append(k).append('=').append(v).append(' '));
        System.out.println(sb + "size " + t.size + " height " + t.height());
        Tree<Long, String> lt = new Tree<>();
        for (long k = 0; k < 64; k++) lt.put(k * 0x9E3779B97F4A7C15L, Long.toHexString(k));
        long[] cnt = { 0, Long.MIN_VALUE };
        lt.inorder((k, v) -> { cnt[0]++; if (k < cnt[1]) cnt[0] = -1000; cnt[1] = k; });
        System.out.println(cnt[0] + " " + lt.height());
        Map<String, List<? extends CharSequence>> weird = new TreeMap<>();
        weird.put("a", List.of("x", "yy"));
        System.out.println(weird);
    }
}
