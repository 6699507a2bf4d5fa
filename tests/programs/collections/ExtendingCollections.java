// Program classes built on the library: an AbstractList subclass (get/size give contains, indexOf,
// subList, equals, hashCode; add is unsupported), ArrayList and HashMap subclasses (addAll does not
// call the overridden add, as in the JDK), a Comparator class ordering a TreeMap,
// AbstractMap.SimpleEntry, and an Iterator without remove (the default throws).
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class ExtendingCollections {
    static final class Squares extends AbstractList<Integer> {
        final int n;

        Squares(int n) {
            this.n = n;
        }

        public Integer get(int i) {
            if (i < 0 || i >= n) throw new IndexOutOfBoundsException("square " + i);
            return i * i;
        }

        public int size() {
            return n;
        }
    }

    static final class History extends ArrayList<String> {
        int adds;

        @Override
        public boolean add(String s) {
            adds++;
            return super.add(s.toUpperCase());
        }
    }

    static final class Counter extends HashMap<String, Integer> {
        void count(String k) {
            Integer n = get(k);
            put(k, n == null ? 1 : n + 1);
        }
    }

    static final class ByLength implements Comparator<String> {
        public int compare(String a, String b) {
            return a.length() != b.length() ? a.length() - b.length() : a.compareTo(b);
        }
    }

    static final class Countdown implements Iterator<Integer> {
        int left;

        Countdown(int from) {
            left = from;
        }

        public boolean hasNext() {
            return left > 0;
        }

        public Integer next() {
            return left--;
        }
    }

    public static void main(String[] args) {
        Squares sq = new Squares(6);
        System.out.println(sq + " " + sq.contains(16) + " " + sq.indexOf(25) + " " + sq.subList(2, 4) + " " + sq.hashCode());
        System.out.println(sq.equals(List.of(0, 1, 4, 9, 16, 25)) + " " + new ArrayList<>(sq));
        try {
            sq.add(3);
        } catch (UnsupportedOperationException e) {
            System.out.println("UOE " + e.getMessage());
        }
        History h = new History();
        h.add("a");
        h.add("b");
        h.addAll(List.of("c", "d"));
        System.out.println(h + " adds=" + h.adds + " " + (h instanceof ArrayList) + " " + h.getClass().getName());
        Counter c = new Counter();
        for (String w : "a b a c b a".split(" ")) c.count(w);
        System.out.println(c + " " + c.size());
        TreeMap<String, Integer> byLen = new TreeMap<>(new ByLength());
        for (String w : "pear fig banana kiwi apple".split(" ")) byLen.put(w, w.length());
        System.out.println(byLen + " " + byLen.firstKey());
        Map.Entry<String, Integer> e = new AbstractMap.SimpleEntry<>("k", 1);
        e.setValue(2);
        System.out.println(e + " " + e.equals(Map.entry("k", 2)) + " " + e.hashCode());
        Countdown cd = new Countdown(3);
        StringBuilder sb = new StringBuilder();
        while (cd.hasNext()) sb.append(cd.next());
        System.out.println(sb);
        try {
            new Countdown(1).remove();
        } catch (UnsupportedOperationException ex) {
            System.out.println(ex);
        }
    }
}
