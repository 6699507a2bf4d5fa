package rtgo.runtime.classlib.java.util.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import rtgo.runtime.classlib.java.util.THashMap;
import rtgo.runtime.classlib.java.util.TIterator;

/** ConcurrentHashMap against the JDK's (iteration order after every step), and under threads. */
@Timeout(30)
class ConcurrentCollectionsTest {
    static String keys(TConcurrentHashMap<Integer, Integer> t) {
        StringBuilder sb = new StringBuilder();
        for (TIterator<Integer> it = t.keySet().iterator(); it.hasNext();) {
            sb.append(it.next()).append(',');
        }
        return sb.toString();
    }

    static String keys(ConcurrentHashMap<Integer, Integer> j) {
        StringBuilder sb = new StringBuilder();
        for (Integer k : j.keySet()) {
            sb.append(k).append(',');
        }
        return sb.toString();
    }

    /**
     * Random histories on keys that share low bits (strides 16 to 1024 build long bins and tree
     * bins, removals only where no tree bin forms).
     */
    @Test
    void iterationOrderMatchesTheJdk() {
        int[] strides = {1, 16, 64, 128, 1024, 7};
        for (int seed = 1; seed <= 36; seed++) {
            Random r = new Random(seed);
            int stride = strides[seed % strides.length];
            int range = seed % 3 == 0 ? 200 : 40;
            int cap = seed % 4 == 1 ? r.nextInt(40) : -1;
            TConcurrentHashMap<Integer, Integer> t = cap < 0 ? new TConcurrentHashMap<>() : new TConcurrentHashMap<>(cap);
            ConcurrentHashMap<Integer, Integer> j = cap < 0 ? new ConcurrentHashMap<>() : new ConcurrentHashMap<>(cap);
            for (int step = 0; step < 1200; step++) {
                Integer k = r.nextInt(range) * stride;
                Integer v = r.nextInt(5);
                String what = "seed " + seed + " step " + step;
                int op = r.nextInt(10);
                if (stride >= 16 && (op == 4 || op == 5 || op == 7 || op == 8)) {
                    // Removals from tree bins: see TConcurrentHashMap's design note (tree shape not kept).
                    op = 0;
                }
                switch (op) {
                    case 0, 1, 2 -> assertEquals(j.put(k, v), t.put(k, v), what);
                    case 3 -> assertEquals(j.putIfAbsent(k, v), t.putIfAbsent(k, v), what);
                    case 4 -> assertEquals(j.remove(k), t.remove(k), what);
                    case 5 -> assertEquals(j.merge(k, v, (a, b) -> a + b == 6 ? null : a + b), t.merge(k, v, (a, b) -> a + b == 6 ? null : a + b), what);
                    case 6 -> assertEquals(j.computeIfAbsent(k, x -> x % 3 == 0 ? null : 1), t.computeIfAbsent(k, x -> x % 3 == 0 ? null : 1), what);
                    case 7 -> assertEquals(j.compute(k, (a, b) -> b == null ? Integer.valueOf(9) : b == 2 ? null : b + 1), t.compute(k, (a, b) -> b == null ? Integer.valueOf(9) : b == 2 ? null : b + 1), what);
                    case 8 -> assertEquals(j.computeIfPresent(k, (a, b) -> b == 1 ? null : b * 2), t.computeIfPresent(k, (a, b) -> b == 1 ? null : b * 2), what);
                    default -> {
                        if (r.nextInt(60) == 0) {
                            j.clear();
                            t.clear();
                        } else {
                            assertEquals(j.get(k), t.get(k), what);
                            assertEquals(j.replace(k, v), t.replace(k, v), what);
                        }
                    }
                }
                assertEquals(j.size(), t.size(), what);
                if (step % 7 == 0) {
                    assertEquals(keys(j), keys(t), what);
                }
            }
            assertEquals(j.toString(), t.toString());
            assertEquals(j.hashCode(), t.hashCode());
            assertEquals(j.values().toString(), t.values().toString());
            assertEquals(j.entrySet().toString(), t.entrySet().toString());
        }
    }

    @Test
    void copyConstructorAndPutAllMatch() {
        for (int n : new int[] {0, 1, 5, 12, 13, 40, 100}) {
            THashMap<String, Integer> src = new THashMap<>();
            java.util.HashMap<String, Integer> jsrc = new java.util.HashMap<>();
            for (int i = 0; i < n; i++) {
                src.put("k" + i * 7, i);
                jsrc.put("k" + i * 7, i);
            }
            TConcurrentHashMap<String, Integer> t = new TConcurrentHashMap<>(src);
            ConcurrentHashMap<String, Integer> j = new ConcurrentHashMap<>(jsrc);
            assertEquals(j.toString(), t.toString());
            TConcurrentHashMap<String, Integer> t2 = new TConcurrentHashMap<>();
            ConcurrentHashMap<String, Integer> j2 = new ConcurrentHashMap<>();
            t2.put("zz", 1);
            j2.put("zz", 1);
            t2.putAll(src);
            j2.putAll(jsrc);
            t2.put("late", 2);
            j2.put("late", 2);
            assertEquals(j2.toString(), t2.toString());
        }
    }

    @Test
    void viewsAndNullChecks() {
        TConcurrentHashMap<String, Integer> m = new TConcurrentHashMap<>();
        ConcurrentHashMap<String, Integer> j = new ConcurrentHashMap<>();
        for (String w : "the quick brown fox jumps over the lazy dog the end".split(" ")) {
            m.merge(w, 1, Integer::sum);
            j.merge(w, 1, Integer::sum);
        }
        assertEquals(j.toString(), m.toString());
        assertEquals(j.keySet().toString(), m.keySet().toString());
        for (TIterator<rtgo.runtime.classlib.java.util.TMap.Entry<String, Integer>> it = m.entrySet().iterator(); it.hasNext();) {
            var e = it.next();
            if (e.getValue() > 1) {
                e.setValue(100);
            } else if (e.getKey().startsWith("j")) {
                it.remove();
            }
        }
        j.replaceAll((k, v) -> v > 1 ? 100 : v);
        j.remove("jumps");
        assertEquals(j.toString(), m.toString());
        assertThrows(NullPointerException.class, () -> m.put(null, 1));
        assertThrows(NullPointerException.class, () -> m.put("a", null));
        assertThrows(NullPointerException.class, () -> m.get(null));
        assertTrue(m.remove("the", 100));
        assertEquals(Integer.valueOf(7), m.getOrDefault("none", 7));
        TConcurrentHashMap.KeySetView<String, Boolean> set = TConcurrentHashMap.newKeySet();
        assertTrue(set.add("b"));
        assertTrue(set.add("a"));
        assertTrue(!set.add("a"));
        assertEquals("[a, b]", set.toString());
        assertThrows(UnsupportedOperationException.class, () -> m.keySet().add("x"));
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(k).append(v));
        assertEquals(sb.length() > 0, true);
        assertEquals(m, new TConcurrentHashMap<>(m));
    }

    @Test
    void countsFromManyThreads() throws InterruptedException {
        TConcurrentHashMap<Integer, Integer> m = new TConcurrentHashMap<>();
        List<Thread> ts = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            Thread t = new Thread(() -> {
                for (int i = 0; i < 20000; i++) {
                    m.merge(i % 500, 1, Integer::sum);
                    m.computeIfAbsent(1000 + i % 300, x -> 0);
                }
            });
            ts.add(t);
            t.start();
        }
        for (Thread t : ts) {
            t.join();
        }
        assertEquals(800, m.size());
        for (int i = 0; i < 500; i++) {
            assertEquals(160, m.get(i));
        }
    }
}
