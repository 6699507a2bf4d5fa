/*
 * HashMap.merge, compute and computeIfAbsent, whose bucket search now reports the bucket length
 * through a field instead of a fresh array: keys that collide into one bucket until it becomes a
 * tree (9 and more keys with one spread hash per bucket of a 64-bucket table), merge to null
 * removing a key, merge of an absent key, a remapping function that reads the same map (get, a
 * nested computeIfAbsent of a present key) or changes it (ConcurrentModificationException), and
 * the iteration order that results, printed whole.
 */
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Map;

public class MergeComputeBins {
    /** Keys with equal hashCode land in one bucket whatever the table size. */
    static final class Collider implements Comparable<Collider> {
        final int id;
        Collider(int id) {
            this.id = id;
        }
        public int hashCode() {
            return 42;
        }
        public boolean equals(Object o) {
            return o instanceof Collider c && c.id == id;
        }
        public int compareTo(Collider o) {
            return Integer.compare(id, o.id);
        }
        public String toString() {
            return "C" + id;
        }
    }

    public static void main(String[] args) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i = 0; i < 200; i++) {
            counts.merge((i * 7919) % 37 + (i % 3) * 64, 1, Integer::sum);
        }
        System.out.println(counts);
        counts.merge(0, 5, (a, b) -> null);
        counts.merge(1000, 5, (a, b) -> null);
        System.out.println(counts.get(0) + " " + counts.get(1000) + " " + counts.size());

        Map<Collider, Integer> bucket = new HashMap<>(128);
        for (int i = 0; i < 14; i++) {
            bucket.merge(new Collider(i % 11), i, Integer::sum);
            bucket.computeIfAbsent(new Collider(100 + i), k -> k.id);
        }
        bucket.compute(new Collider(3), (k, v) -> v == null ? -1 : v * 10);
        bucket.compute(new Collider(500), (k, v) -> v == null ? -1 : v * 10);
        bucket.compute(new Collider(4), (k, v) -> null);
        System.out.println(bucket);

        Map<String, Integer> words = new HashMap<>();
        words.put("seed", 1);
        int got = words.merge("seed", 2, (a, b) -> a + b + words.get("seed"));
        System.out.println(got + " " + words);
        words.computeIfAbsent("other", k -> words.computeIfAbsent("seed", q -> 99) + k.length());
        System.out.println(words);
        try {
            words.merge("seed", 1, (a, b) -> {
                words.put("intruder", 0);
                return a + b;
            });
            System.out.println("no exception " + words);
        } catch (ConcurrentModificationException e) {
            System.out.println("CME " + words.containsKey("intruder"));
        }
        try {
            words.computeIfAbsent("fresh", k -> {
                words.remove("other");
                return 7;
            });
            System.out.println("no exception " + words);
        } catch (ConcurrentModificationException e) {
            System.out.println("CME " + words);
        }
        Map<Integer, String> nulls = new HashMap<>();
        nulls.put(1, null);
        nulls.put(null, "n");
        System.out.println(nulls.merge(1, "one", String::concat) + " " + nulls.merge(null, "!", String::concat) + " " + nulls);
        try {
            nulls.merge(2, null, String::concat);
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
    }
}
