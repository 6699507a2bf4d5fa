// Extra: user classes extending JDK abstract collections (AbstractList, AbstractMap, AbstractSet), custom Iterable/Iterator, toString via format/append, array clone/deepToString
import java.util.*;
public class X04UserCollections {
    static final class Range extends AbstractList<Integer> implements RandomAccess {
        final int lo, hi, step;
        Range(int lo, int hi, int step) { this.lo = lo; this.hi = hi; this.step = step; }
        public Integer get(int i) { if (i < 0 || i >= size()) throw new IndexOutOfBoundsException("idx " + i); return lo + i * step; }
        public int size() { return Math.max(0, (hi - lo + step - 1) / step); }
    }
    static final class Squares extends AbstractMap<Integer, Long> {
        final int n; Squares(int n) { this.n = n; }
        public Set<Map.Entry<Integer, Long>> entrySet() {
            return new AbstractSet<>() {
                public int size() { return n; }
                public Iterator<Map.Entry<Integer, Long>> iterator() {
                    return new Iterator<>() { int i = 0; public boolean hasNext() { return i < n; } public Map.Entry<Integer, Long> next() { if (i >= n) throw new NoSuchElementException(); int k = i++; return new AbstractMap.SimpleImmutableEntry<>(k, (long) k * k); } };
                }
            };
        }
    }
    static final class Fib implements Iterable<Long> {
        final int count; Fib(int c) { count = c; }
        public Iterator<Long> iterator() { return new Iterator<>() { long a = 0, b = 1; int i = 0; public boolean hasNext() { return i < count; } public Long next() { i++; long r = a; a = b; b = r + b; return r; } }; }
    }
    static final class Money { final long cents; Money(long c) { cents = c; } @Override public String toString() { return String.format("$%d.%02d", cents / 100, cents % 100); } }
    public static void main(String[] args) {
        Range r = new Range(3, 30, 4);
        System.out.println(r + " size " + r.size() + " contains 15 " + r.contains(15) + " idx 19 " + r.indexOf(19) + " sub " + r.subList(2, 5) + " hash " + r.hashCode());
        System.out.println(r.equals(List.of(3, 7, 11, 15, 19, 23, 27)) + " " + new ArrayList<>(r).equals(r) + " max " + Collections.max(r));
        try { r.add(5); } catch (UnsupportedOperationException e) { System.out.println("UOE add"); }
        try { r.get(100); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        ListIterator<Integer> li = r.listIterator(r.size());
        StringBuilder sb = new StringBuilder();
        while (li.hasPrevious()) sb.append(li.previous()).append(' ');
        System.out.println(sb);
        Squares sq = new Squares(6);
        System.out.println(sq + " get(4)=" + sq.get(4) + " get(9)=" + sq.get(9) + " keys " + sq.keySet() + " vals " + sq.values() + " " + sq.containsValue(25L) + " " + sq.size());
        System.out.println(new TreeMap<>(sq).descendingMap() + " " + sq.equals(new HashMap<>(sq)) + " " + (sq.hashCode() == new HashMap<>(sq).hashCode()));
        long sum = 0; for (long f : new Fib(50)) sum += f;
        System.out.println("fib sum " + sum);
        Iterator<Long> it = new Fib(3).iterator(); it.next(); it.next(); it.next();
        try { it.remove(); } catch (UnsupportedOperationException e) { System.out.println("UOE remove " + e.getMessage()); }
        Money m = new Money(123456);
        System.out.println(String.format("%s|%12s|%-12s|", m, m, m) + new StringBuilder().append(m).append(List.of(m, new Money(5))) + " " + String.valueOf(m) + " " + Objects.toString(null, "dflt"));
        int[][] grid = { {1, 2}, {3, 4, 5} };
        int[][] shallow = grid.clone(); shallow[0][0] = 99; shallow[1] = new int[] { 7 };
        System.out.println(Arrays.deepToString(grid) + " " + Arrays.deepToString(shallow) + " " + Arrays.toString(grid[1].clone()));
        Object[] objs = { 1, "two", 3.0, new int[] { 4 }, null, List.of(5), 'c', 7L };
        System.out.println(Arrays.deepToString(new Object[] { objs[0], objs[1], objs[2], objs[4], objs[5], objs[6], objs[7] }) + " " + Arrays.hashCode(new long[] { 1L << 40, -1 }) + " " + Objects.hash(1, "a", null, 2.5));
        List<String> fixed = Arrays.asList("c", "a", "b");
        Collections.sort(fixed); fixed.set(0, "z");
        try { fixed.add("q"); } catch (UnsupportedOperationException e) { System.out.println("asList fixed " + fixed); }
        char[] cs = { 'h', 'e', 'y' };
        System.out.println(String.valueOf(cs) + new String(cs, 1, 2) + String.copyValueOf(cs) + cs.length);
    }
}
