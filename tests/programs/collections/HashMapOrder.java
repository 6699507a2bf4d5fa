// HashMap iteration order as HotSpot has it: through resizes at 12/13 and 24/25 entries, keys whose
// hashes share a bucket (the JDK resizes instead of making a tree in a small table), removal and
// setValue through the entry iterator; LinkedHashMap insertion order and an LRU-style
// removeEldestEntry subclass; TreeMap navigation, range maps and a larger tree with removals.
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

public class HashMapOrder {
    static final class Key {
        final int id;
        final int hash;

        Key(int id, int hash) {
            this.id = id;
            this.hash = hash;
        }

        public int hashCode() {
            return hash;
        }

        public boolean equals(Object o) {
            return o instanceof Key && ((Key) o).id == id;
        }

        public String toString() {
            return "K" + id;
        }
    }

    static final class Lru<K, V> extends LinkedHashMap<K, V> {
        private final int max;

        Lru(int max) {
            this.max = max;
        }

        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > max;
        }
    }

    public static void main(String[] args) {
        HashMap<Integer, String> m = new HashMap<>();
        for (int i = 0; i < 30; i++) {
            int k = i * 29 + (i % 3) * 1000;
            m.put(k, "v" + i);
            if (i == 11 || i == 12 || i == 13 || i == 23 || i == 24 || i == 25) {
                System.out.println(m.size() + ": " + m);
            }
        }
        Iterator<Map.Entry<Integer, String>> it = m.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Integer, String> e = it.next();
            if (e.getKey() % 2 == 0) {
                it.remove();
            } else {
                e.setValue(e.getValue() + "!");
            }
        }
        System.out.println(m + " " + m.hashCode());
        HashMap<Key, Integer> c = new HashMap<>();
        for (int i = 0; i < 12; i++) {
            c.put(new Key(i, i % 2 == 0 ? 5 : 5 + 16 * i), i);
            System.out.println(c);
        }
        c.remove(new Key(4, 5));
        System.out.println(c + " " + c.containsKey(new Key(6, 5)) + " " + c.get(new Key(7, 117)));
        HashMap<String, Integer> counts = new HashMap<>();
        String text = "the quick brown fox jumps over the lazy dog the end fox";
        for (String w : text.split(" ")) {
            Integer n = counts.get(w);
            counts.put(w, n == null ? 1 : n + 1);
        }
        System.out.println(counts);
        System.out.println(counts.keySet() + " " + counts.values());
        LinkedHashMap<String, Integer> lhm = new LinkedHashMap<>(counts);
        lhm.put("aardvark", 0);
        lhm.remove("the");
        lhm.put("the", 9);
        System.out.println(lhm);
        Lru<Integer, Integer> lru = new Lru<>(3);
        for (int i = 0; i < 6; i++) {
            lru.put(i, i * i);
        }
        System.out.println("lru " + lru);
        TreeMap<String, Integer> tm = new TreeMap<>(counts);
        System.out.println(tm + " first=" + tm.firstKey() + " last=" + tm.lastKey());
        System.out.println(tm.floorKey("m") + " " + tm.ceilingKey("m") + " " + tm.higherKey("quick") + " " + tm.lowerKey("brown"));
        System.out.println(tm.headMap("fox") + " " + tm.tailMap("over") + " " + tm.subMap("d", "p"));
        System.out.println(tm.firstEntry() + " " + tm.pollLastEntry() + " " + tm.descendingMap());
        TreeMap<Integer, Integer> big = new TreeMap<>();
        for (int i = 0; i < 200; i++) {
            big.put((i * 73) % 211, i);
        }
        for (int i = 0; i < 200; i += 3) {
            big.remove((i * 73) % 211);
        }
        int sum = 0;
        for (Map.Entry<Integer, Integer> e : big.entrySet()) {
            sum = sum * 31 + e.getKey() * 7 + e.getValue();
        }
        System.out.println(big.size() + " " + sum + " " + big.firstKey() + " " + big.lastKey());
        Map<String, Integer> eq1 = new HashMap<>(tm);
        System.out.println(eq1.equals(tm) + " " + tm.equals(eq1) + " " + (eq1.hashCode() == tm.hashCode()));
        HashMap<Integer, Integer> sized = new HashMap<>(4);
        for (int i = 20; i > 0; i -= 3) {
            sized.put(i * 17, i);
        }
        System.out.println(sized + " " + sized.getOrDefault(1, -1) + " " + sized.putIfAbsent(340, 0) + " " + sized.putIfAbsent(1, 1));
        Map<Object, Object> selfMap = new HashMap<>();
        selfMap.put("me", selfMap);
        System.out.println(selfMap);
    }
}
