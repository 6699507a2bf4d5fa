// The library meeting program classes: a Comparable class sorted, in a TreeSet and a PriorityQueue
// and through a generic <T extends Comparable<T>> method; Comparator.reversed/thenComparing;
// an Iterable class in for-each; and the functional-interface methods (removeIf, forEach,
// computeIfAbsent, merge, Map.forEach) given anonymous classes.
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

public class ComparableAndIterable {
    static final class Version implements Comparable<Version> {
        final int major;
        final int minor;

        Version(int major, int minor) {
            this.major = major;
            this.minor = minor;
        }

        public int compareTo(Version o) {
            return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
        }

        public boolean equals(Object o) {
            return o instanceof Version && compareTo((Version) o) == 0;
        }

        public int hashCode() {
            return major * 31 + minor;
        }

        public String toString() {
            return major + "." + minor;
        }
    }

    static final class Range implements Iterable<Integer> {
        final int from;
        final int to;

        Range(int from, int to) {
            this.from = from;
            this.to = to;
        }

        public Iterator<Integer> iterator() {
            return new Iterator<Integer>() {
                int next = from;

                public boolean hasNext() {
                    return next < to;
                }

                public Integer next() {
                    if (next >= to) throw new NoSuchElementException();
                    return next++;
                }
            };
        }
    }

    static <T extends Comparable<T>> T largest(List<T> list) {
        T best = list.get(0);
        for (T t : list) {
            if (t.compareTo(best) > 0) best = t;
        }
        return best;
    }

    public static void main(String[] args) {
        List<Version> vs = new ArrayList<>();
        int[][] raw = {{1, 4}, {0, 9}, {2, 0}, {1, 10}, {1, 4}, {0, 1}};
        for (int[] r : raw) vs.add(new Version(r[0], r[1]));
        Collections.sort(vs);
        System.out.println(vs + " largest=" + largest(vs) + " max=" + Collections.max(vs));
        TreeSet<Version> tv = new TreeSet<>(vs);
        System.out.println(tv + " " + tv.ceiling(new Version(1, 5)));
        PriorityQueue<Version> pv = new PriorityQueue<>(vs);
        System.out.println(pv.poll() + " " + pv.poll() + " " + pv);
        Comparator<Version> byMinor = new Comparator<Version>() {
            public int compare(Version a, Version b) {
                return Integer.compare(a.minor, b.minor);
            }
        };
        vs.sort(byMinor.reversed());
        System.out.println(vs);
        vs.sort(byMinor.thenComparing(Comparator.<Version>reverseOrder()));
        System.out.println(vs);
        int total = 0;
        for (int i : new Range(3, 8)) total += i;
        System.out.println("range total " + total);
        List<Integer> ints = new ArrayList<>();
        for (int i : new Range(0, 12)) ints.add(i);
        ints.removeIf(new Predicate<Integer>() {
            public boolean test(Integer x) {
                return x % 3 == 0;
            }
        });
        final StringBuilder sb = new StringBuilder();
        ints.forEach(new Consumer<Integer>() {
            public void accept(Integer x) {
                sb.append('<').append(x).append('>');
            }
        });
        System.out.println(sb);
        Map<String, List<String>> groups = new HashMap<>();
        String[] names = {"alice", "bob", "anna", "carol", "bill", "cid", "amy"};
        for (String n : names) {
            groups.computeIfAbsent(n.substring(0, 1), new Function<String, List<String>>() {
                public List<String> apply(String k) {
                    return new ArrayList<>();
                }
            }).add(n);
        }
        System.out.println(groups);
        Map<Character, Integer> freq = new TreeMap<>();
        BiFunction<Integer, Integer, Integer> plus = new BiFunction<Integer, Integer, Integer>() {
            public Integer apply(Integer a, Integer b) {
                return a + b;
            }
        };
        for (char c : "mississippi".toCharArray()) freq.merge(c, 1, plus);
        System.out.println(freq);
        final StringBuilder fs = new StringBuilder();
        freq.forEach(new BiConsumer<Character, Integer>() {
            public void accept(Character k, Integer v) {
                fs.append(k).append(v);
            }
        });
        System.out.println(fs);
        HashMap<Integer, Integer> merged = new HashMap<>();
        for (int i = 0; i < 40; i++) merged.merge(i * 7 % 26, i, plus);
        System.out.println(merged);
        System.out.println(Collections.reverseOrder().compare("a", "b") + " " + Comparator.<String>naturalOrder().compare("a", "b"));
    }
}
