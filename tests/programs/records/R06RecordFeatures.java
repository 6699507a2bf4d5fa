// Records: custom accessors, compact ctor normalization, static fields/methods, implementing Comparable, records as map keys, equals with NaN/-0.0 components, toString of nested arrays
import java.util.*;
public class R06RecordFeatures {
    record Range(int lo, int hi) implements Comparable<Range> {
        static int created = 0;
        Range { if (lo > hi) { int t = lo; lo = hi; hi = t; } created++; }
        Range(int single) { this(single, single); }
        int length() { return hi - lo; }
        boolean overlaps(Range o) { return lo <= o.hi && o.lo <= hi; }
        Range merge(Range o) { return new Range(Math.min(lo, o.lo), Math.max(hi, o.hi)); }
        public int compareTo(Range o) { return lo != o.lo ? Integer.compare(lo, o.lo) : Integer.compare(hi, o.hi); }
    }
    record Name(String first, String last) {
        Name { first = first.strip(); last = last.strip().toUpperCase(); }
        public String first() { return first.isEmpty() ? "?" : first; }
        @Override public String toString() { return first() + " " + last; }
    }
    record D(double v, float f) {}
    record Arr(int[] data, String label) {}
    record Empty() {}
    public static void main(String[] args) {
        List<Range> rs = new ArrayList<>(List.of(new Range(5, 1), new Range(3, 8), new Range(10, 12), new Range(11), new Range(20, 25), new Range(24, 30), new Range(-5, -3)));
        Collections.sort(rs);
        System.out.println(rs + " created=" + Range.created);
        Deque<Range> merged = new ArrayDeque<>();
        for (Range r : rs) { if (!merged.isEmpty() && merged.peekLast().overlaps(r)) merged.addLast(merged.pollLast().merge(r)); else merged.addLast(r); }
        int total = 0; for (Range r : merged) total += r.length();
        System.out.println(merged + " total=" + total);
        Map<Range, String> m = new HashMap<>();
        m.put(new Range(1, 2), "a"); m.put(new Range(2, 1), "b");
        System.out.println(m.size() + " " + m.get(new Range(1, 2)) + " " + new Range(1, 2).equals(new Range(2, 1)));
        Name n = new Name("  ada ", " lovelace "), e = new Name("", "x");
        System.out.println(n + "|" + e + "|" + n.first() + "|" + n.last() + "|" + n.equals(new Name("ada", "LOVELACE")) + "|" + e.first());
        D a = new D(Double.NaN, Float.NaN), b = new D(Double.NaN, Float.NaN), z1 = new D(0.0, 0f), z2 = new D(-0.0, -0f);
        System.out.println(a.equals(b) + " " + z1.equals(z2) + " " + (a.hashCode() == b.hashCode()) + " " + a + " " + z2 + " " + new D(1e-7, 1e-7f));
        int[] data = { 1, 2, 3 };
        Arr x = new Arr(data, "x"), y = new Arr(data, "x"), w = new Arr(new int[] { 1, 2, 3 }, "x");
        System.out.println(x.equals(y) + " " + x.equals(w) + " " + Arrays.toString(x.data()) + " " + x.toString().startsWith("Arr[data=[I@"));
        System.out.println(new Empty() + " " + new Empty().equals(new Empty()) + " " + new Empty().hashCode());
        TreeMap<Range, Integer> tm = new TreeMap<>();
        for (Range r : rs) tm.merge(new Range(r.lo() / 10 * 10, r.lo() / 10 * 10 + 9), r.length(), Integer::sum);
        System.out.println(tm + " floor " + tm.floorKey(new Range(15, 15)));
        record Local(String k, long v) {}
        List<Local> locals = new ArrayList<>();
        for (int i = 0; i < 5; i++) locals.add(new Local("k" + (i % 3), (long) i << 33));
        locals.sort(Comparator.comparing(Local::k).thenComparing(Local::v, Comparator.reverseOrder()));
        System.out.println(locals);
    }
}
