// The library driving a program's collection classes through inherited and default methods: an
// AbstractMap whose only method is entrySet (get, containsKey, toString, hashCode, equals all go
// through it), a mutable AbstractList sorted by List.sort's default (set through a ListIterator),
// and removeIf on a Collection view.
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

public class LcLibraryViews {
    static final class Pairs extends AbstractMap<String, Integer> {
        final String[] keys;

        Pairs(String... keys) {
            this.keys = keys;
        }

        @Override
        public Set<Map.Entry<String, Integer>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, Integer>> iterator() {
                    return new Iterator<>() {
                        int i;

                        public boolean hasNext() {
                            return i < keys.length;
                        }

                        public Map.Entry<String, Integer> next() {
                            String k = keys[i++];
                            return new SimpleImmutableEntry<>(k, k.length());
                        }
                    };
                }

                @Override
                public int size() {
                    return keys.length;
                }
            };
        }
    }

    static final class Slots extends AbstractList<Integer> {
        final int[] data;

        Slots(int... data) {
            this.data = data;
        }

        @Override
        public Integer get(int i) {
            return data[i];
        }

        @Override
        public Integer set(int i, Integer v) {
            int old = data[i];
            data[i] = v;
            return old;
        }

        @Override
        public int size() {
            return data.length;
        }
    }

    public static void main(String[] args) {
        Map<String, Integer> p = new Pairs("one", "three", "xy");
        Map<String, Integer> h = new HashMap<>(p);
        System.out.println(p + " " + p.get("three") + " " + p.containsKey("zz") + " " + p.equals(h) + " " + (p.hashCode() == h.hashCode())
            + " " + p.getOrDefault("q", -1) + " " + p.keySet() + " " + p.values());
        Slots s = new Slots(5, 3, 9, 1);
        Collections.sort(s);
        System.out.println(s + " " + Collections.max(s) + " " + s.indexOf(9));
        s.sort(Collections.reverseOrder());
        System.out.println(s + " " + s.data[0]);
        List<Integer> l = new ArrayList<>(s);
        l.removeIf(x -> x % 3 == 0);
        System.out.println(l);
    }
}
