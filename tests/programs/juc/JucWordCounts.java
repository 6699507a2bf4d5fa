// ConcurrentHashMap word counts merged from three worker threads (merge with Integer::sum),
// reported through a TreeMap; then a map built by one thread printed as the JDK orders it (its
// own table order, not HashMap's), with putIfAbsent, computeIfAbsent, compute, replace, remove,
// getOrDefault, the views, and the null checks.
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

public class JucWordCounts {
    static final String[] TEXTS = {
        "the quick brown fox jumps over the lazy dog and the dog sleeps",
        "a stitch in time saves nine and a penny saved is a penny earned",
        "the early bird catches the worm but the second mouse gets the cheese",
    };

    public static void main(String[] args) throws InterruptedException {
        ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();
        List<Thread> workers = new ArrayList<>();
        for (String text : TEXTS) {
            Thread t = new Thread(() -> {
                for (int round = 0; round < 20; round++) {
                    for (String w : text.split(" ")) {
                        counts.merge(w, 1, Integer::sum);
                    }
                }
            });
            workers.add(t);
            t.start();
        }
        for (Thread t : workers) {
            t.join();
        }
        System.out.println(counts.size() + " words: " + new TreeMap<>(counts));
        int total = 0;
        for (int c : counts.values()) {
            total += c;
        }
        System.out.println("total " + total + ", 'the' " + counts.get("the") + ", mappingCount " + counts.mappingCount());

        ConcurrentHashMap<String, Integer> m = new ConcurrentHashMap<>();
        for (String w : TEXTS[0].split(" ")) {
            m.merge(w, 1, Integer::sum);
        }
        System.out.println(m);
        System.out.println("putIfAbsent fox " + m.putIfAbsent("fox", 99) + ", cat " + m.putIfAbsent("cat", 7));
        System.out.println("computeIfAbsent owl " + m.computeIfAbsent("owl", String::length) + ", the " + m.computeIfAbsent("the", k -> -1));
        System.out.println("compute dog " + m.compute("dog", (k, v) -> v == null ? 1 : v * 10) + ", computeIfPresent emu " + m.computeIfPresent("emu", (k, v) -> v + 1));
        System.out.println("replace lazy " + m.replace("lazy", 5) + ", replace(over, 1, 2) " + m.replace("over", 1, 2) + ", remove(and, 9) " + m.remove("and", 9));
        System.out.println("remove sleeps " + m.remove("sleeps") + ", getOrDefault sleeps " + m.getOrDefault("sleeps", 0));
        System.out.println(m.keySet());
        System.out.println(m.values());
        System.out.println(m.entrySet());
        for (int i = 0; i < 20; i++) {
            m.put("w" + i, i);
        }
        System.out.println(m);
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> {
            if (v > 15) {
                sb.append(k).append(' ');
            }
        });
        System.out.println("over 15: " + sb);
        m.entrySet().removeIf(e -> e.getKey().startsWith("w"));
        System.out.println(m + " equals TreeMap copy: " + m.equals(new TreeMap<>(m)));
        try {
            m.put("x", null);
        } catch (NullPointerException e) {
            System.out.println("null value: NullPointerException");
        }
        Map<Integer, String> ints = new ConcurrentHashMap<>();
        for (int i = 0; i < 200; i += 16) {
            ints.put(i, "v" + i);
        }
        System.out.println(ints);
        var set = ConcurrentHashMap.<String>newKeySet();
        set.add("pear");
        set.add("apple");
        set.add("fig");
        set.add("apple");
        System.out.println(set + " " + set.size() + " " + set.contains("fig"));
    }
}
