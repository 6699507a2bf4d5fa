package rtgo.runtime.classlib.java.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static rtgo.runtime.classlib.java.util.Same.run;
import static rtgo.runtime.classlib.java.util.Same.same;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * THashMap, TLinkedHashMap and TTreeMap against the JDK's under the same random operations: the
 * text (iteration order) after every step, through resizes (12/13, 24/25 entries...), keys whose
 * hashes collide (the JDK resizes instead of making a tree while the table is small), removal
 * through iterators and views, and the compute/merge family, which inserts at a bucket's head.
 */
class MapsTest {
    /** A key with a chosen hash: many share a bucket in small tables. */
    record Key(int id, int hash) {
        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return "K" + id;
        }
    }

    /** A Comparable key (to the JDK, and to the runtime's natural ordering) with few hash values. */
    record CKey(int id) implements Comparable<CKey>, rtgo.runtime.classlib.java.lang.TComparable<CKey> {
        @Override
        public int compareTo(CKey o) {
            return Integer.compare(id, o.id);
        }

        @Override
        public int hashCode() {
            return (id % 3) * 64;
        }

        @Override
        public String toString() {
            return "C" + id;
        }
    }

    /** "Aa" and "BB" have one hash, so every string of n such blocks shares one hash. */
    private static String collidingString(int bits) {
        StringBuilder sb = new StringBuilder();
        for (int b = 0; b < 6; b++) {
            sb.append((bits >> b & 1) == 0 ? "Aa" : "BB");
        }
        return sb.toString();
    }

    private static Object key(Random r, int kind) {
        int k = r.nextInt(60);
        return switch (kind) {
            case 4 -> collidingString(k);  // one hash: a tree bucket once the table has 64 buckets
            case 5 -> k * 128;             // one bucket until the table outgrows 128
            case 6 -> new CKey(k);         // three hashes, Comparable: trees ordered by compareTo
            case 0 -> k;                  // Integers: hash = value
            case 1 -> new Key(k, k * 4);  // 4 apart: crowds small tables, never 9 in one bucket of 64+
            case 2 -> "s" + k;            // Strings
            default -> k * 65536 + 3;     // hashes that differ only above bit 16: the spreading matters
        };
    }

    @Test
    void hashMapMatches() {
        for (int kind = 0; kind < 4; kind++) {
            for (int seed = 1; seed <= 12; seed++) {
                randomOps(new THashMap<>(), new HashMap<>(), new Random(seed * 31 + kind), kind, 800, false);
            }
        }
    }

    @Test
    void treeBucketsMatch() {
        for (int kind = 4; kind <= 6; kind++) {
            for (int seed = 1; seed <= 15; seed++) {
                randomOps(new THashMap<>(), new HashMap<>(), new Random(seed * 37 + kind), kind, 1200, false);
                randomOps(new THashMap<>(64), new HashMap<>(64), new Random(seed * 41 + kind), kind, 800, false);
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void treeMapViewsMatch() {
        for (int seed = 1; seed <= 40; seed++) {
            Random r = new Random(seed);
            TTreeMap<Integer, Integer> t = new TTreeMap<>();
            TreeMap<Integer, Integer> j = new TreeMap<>();
            for (int i = 0; i < 30; i++) {
                int k = r.nextInt(60);
                t.put(k, i);
                j.put(k, i);
            }
            // a chain of views: each step narrows or reverses the previous one
            TNavigableMap<Integer, Integer> tv = t;
            java.util.NavigableMap<Integer, Integer> jv = j;
            for (int step = 0; step < 60; step++) {
                int a = r.nextInt(64) - 2;
                int b = a + r.nextInt(30);
                boolean ia = r.nextBoolean();
                boolean ib = r.nextBoolean();
                String what = "seed " + seed + " step " + step;
                int op = r.nextInt(14);
                TNavigableMap<Integer, Integer> tvf = tv;
                java.util.NavigableMap<Integer, Integer> jvf = jv;
                switch (op) {
                    case 0 -> {
                        String tr = Same.outcome(() -> tvf.subMap(a, ia, b, ib));
                        String jr = Same.outcome(() -> jvf.subMap(a, ia, b, ib));
                        assertEquals(jr, tr, what);
                        if (!jr.startsWith("!")) {
                            tv = tv.subMap(a, ia, b, ib);
                            jv = jv.subMap(a, ia, b, ib);
                        }
                    }
                    case 1 -> {
                        String tr = Same.outcome(() -> tvf.headMap(b, ib));
                        String jr = Same.outcome(() -> jvf.headMap(b, ib));
                        assertEquals(jr, tr, what);
                        if (!jr.startsWith("!")) {
                            tv = tv.headMap(b, ib);
                            jv = jv.headMap(b, ib);
                        }
                    }
                    case 2 -> {
                        String tr = Same.outcome(() -> tvf.tailMap(a, ia));
                        String jr = Same.outcome(() -> jvf.tailMap(a, ia));
                        assertEquals(jr, tr, what);
                        if (!jr.startsWith("!")) {
                            tv = tv.tailMap(a, ia);
                            jv = jv.tailMap(a, ia);
                        }
                    }
                    case 3 -> {
                        tv = tv.descendingMap();
                        jv = jv.descendingMap();
                    }
                    case 4 -> {
                        int v = step;
                        same(what, () -> tvf.put(a, v), () -> jvf.put(a, v));
                    }
                    case 5 -> same(what, () -> tvf.remove(a) + " " + tvf.get(b) + " " + tvf.containsKey(a), () -> jvf.remove(a) + " " + jvf.get(b) + " " + jvf.containsKey(a));
                    case 6 -> same(what, () -> tvf.firstKey() + " " + tvf.lastKey(), () -> jvf.firstKey() + " " + jvf.lastKey());
                    case 7 -> same(what, () -> tvf.floorKey(a) + " " + tvf.ceilingKey(a) + " " + tvf.higherEntry(a) + " " + tvf.lowerEntry(a)
                            + " " + tvf.ceilingEntry(a) + " " + tvf.floorEntry(a) + " " + tvf.higherKey(a) + " " + tvf.lowerKey(a)
                            + " " + tvf.firstEntry() + " " + tvf.lastEntry() + " " + (tvf.comparator() == null ? null : "reverse"),
                            () -> jvf.floorKey(a) + " " + jvf.ceilingKey(a) + " " + jvf.higherEntry(a) + " " + jvf.lowerEntry(a)
                            + " " + jvf.ceilingEntry(a) + " " + jvf.floorEntry(a) + " " + jvf.higherKey(a) + " " + jvf.lowerKey(a)
                            + " " + jvf.firstEntry() + " " + jvf.lastEntry() + " " + (jvf.comparator() == null ? null : "reverse"));
                    case 8 -> same(what, () -> ia ? tvf.pollFirstEntry() : tvf.pollLastEntry(), () -> ia ? jvf.pollFirstEntry() : jvf.pollLastEntry());
                    case 9 -> same(what, () -> {
                        StringBuilder sb = new StringBuilder();
                        for (TIterator<Integer> it = tvf.keySet().iterator(); it.hasNext();) {
                            int k = it.next();
                            sb.append(k).append(',');
                            if (k % 3 == 0) {
                                it.remove();
                            }
                        }
                        return sb;
                    }, () -> {
                        StringBuilder sb = new StringBuilder();
                        for (Iterator<Integer> it = jvf.keySet().iterator(); it.hasNext();) {
                            int k = it.next();
                            sb.append(k).append(',');
                            if (k % 3 == 0) {
                                it.remove();
                            }
                        }
                        return sb;
                    });
                    case 10 -> same(what, () -> tvf.size() + " " + tvf.isEmpty() + " " + tvf.hashCode() + " " + tvf.values() + " "
                            + tvf.navigableKeySet().descendingSet() + " " + tvf.descendingKeySet().headSet(a),
                            () -> jvf.size() + " " + jvf.isEmpty() + " " + jvf.hashCode() + " " + jvf.values() + " "
                            + jvf.navigableKeySet().descendingSet() + " " + jvf.descendingKeySet().headSet(a));
                    case 11 -> {
                        if (r.nextInt(6) == 0) {
                            run(what, tvf::clear, jvf::clear);
                        }
                    }
                    case 12 -> same(what, () -> ((TNavigableSet<Integer>) tvf.navigableKeySet()).add(a), () -> jvf.navigableKeySet().add(a));
                    default -> {
                        tv = t;
                        jv = j;
                    }
                }
                assertEquals(jv.toString(), tv.toString(), what);
                assertEquals(j.toString(), t.toString(), what);
            }
        }
    }

    @Test
    void treeSetViewsMatch() {
        Random r = new Random(8);
        TTreeSet<Integer> t = new TTreeSet<>();
        TreeSet<Integer> j = new TreeSet<>();
        for (int i = 0; i < 40; i++) {
            int k = r.nextInt(80);
            t.add(k);
            j.add(k);
        }
        TNavigableSet<Integer> th = t.headSet(50, true).tailSet(10, false).descendingSet();
        java.util.NavigableSet<Integer> jh = j.headSet(50, true).tailSet(10, false).descendingSet();
        assertEquals(jh.toString(), th.toString());
        same("add in range", () -> th.add(30), () -> jh.add(30));
        same("add out of range", () -> th.add(70), () -> jh.add(70));
        same("first/last", () -> th.first() + " " + th.last() + " " + th.pollFirst() + " " + th.floor(20) + " " + th.higher(20),
                () -> jh.first() + " " + jh.last() + " " + jh.pollFirst() + " " + jh.floor(20) + " " + jh.higher(20));
        th.clear();
        jh.clear();
        assertEquals(j.toString(), t.toString());
        assertEquals(jh.toString(), th.toString());
    }

    @Test
    void loadFactorsMatch() {
        float[] factors = {0.25f, 0.5f, 0.75f, 0.9f, 1f, 3f};
        for (float lf : factors) {
            for (int cap = 0; cap < 20; cap += 5) {
                randomOps(new THashMap<>(cap, lf), new HashMap<>(cap, lf), new Random(cap * 7 + (int) (lf * 100)), 3, 300, false);
                THashMap<Object, Integer> t = new THashMap<>(cap, lf);
                HashMap<Object, Integer> j = new HashMap<>(cap, lf);
                THashMap<Object, Integer> src = new THashMap<>();
                for (int i = 0; i < 40; i++) {
                    src.put(i * 65536 + 3, i);
                }
                HashMap<Object, Integer> jsrc = new HashMap<>();
                for (int i = 0; i < 40; i++) {
                    jsrc.put(i * 65536 + 3, i);
                }
                t.putAll(src);
                j.putAll(jsrc);
                assertEquals(j.toString(), t.toString());
            }
        }
        same("zero load factor", () -> new THashMap<Object, Object>(4, 0f), () -> new HashMap<Object, Object>(4, 0f));
        same("NaN load factor", () -> new THashMap<Object, Object>(4, Float.NaN), () -> new HashMap<Object, Object>(4, Float.NaN));
        same("negative capacity", () -> new THashMap<Object, Object>(-1, 1f), () -> new HashMap<Object, Object>(-1, 1f));
    }

    @Test
    void presizedHashMapMatches() {
        for (int cap = 0; cap < 40; cap += 3) {
            randomOps(new THashMap<>(cap), new HashMap<>(cap), new Random(cap), 3, 300, false);
        }
    }

    @Test
    void linkedHashMapMatches() {
        for (int kind = 0; kind < 4; kind++) {
            for (int seed = 1; seed <= 8; seed++) {
                randomOps(new TLinkedHashMap<>(), new LinkedHashMap<>(), new Random(seed * 17 + kind), kind, 600, false);
                randomOps(new TLinkedHashMap<>(16, 0.75f, true), new LinkedHashMap<>(16, 0.75f, true),
                        new Random(seed * 13 + kind), kind, 600, false);
            }
        }
    }

    @Test
    void treeMapMatches() {
        for (int kind : new int[] {0, 2, 3}) {
            for (int seed = 1; seed <= 12; seed++) {
                randomOps(new TTreeMap<>(), new TreeMap<>(), new Random(seed * 7 + kind), kind, 800, true);
            }
        }
    }

    @Test
    void lruCacheEvictsLikeTheJdk() {
        TLinkedHashMap<Integer, Integer> t = new TLinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(TMap.Entry<Integer, Integer> eldest) {
                return size() > 5;
            }
        };
        LinkedHashMap<Integer, Integer> j = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, Integer> eldest) {
                return size() > 5;
            }
        };
        Random r = new Random(3);
        for (int step = 0; step < 2000; step++) {
            int k = r.nextInt(12);
            int v = step;
            if (r.nextBoolean()) {
                same("get", () -> t.get(k), () -> j.get(k));
            } else {
                same("put", () -> t.put(k, v), () -> j.put(k, v));
            }
            assertEquals(j.toString(), t.toString());
        }
    }

    @SuppressWarnings("unchecked")
    static void randomOps(TMap<Object, Integer> t, Map<Object, Integer> j, Random r, int kind, int steps, boolean sorted) {
        for (int step = 0; step < steps; step++) {
            Object k = key(r, kind);
            int v = r.nextInt(100);
            int op = r.nextInt(sorted ? 26 : 22);
            String what = "step " + step + " op " + op;
            switch (op) {
                case 0, 1, 2, 3 -> same(what, () -> t.put(k, v), () -> j.put(k, v));
                case 4 -> same(what, () -> t.get(k), () -> j.get(k));
                case 5 -> same(what, () -> t.remove(k), () -> j.remove(k));
                case 6 -> same(what, () -> t.containsKey(k) + " " + t.containsValue(v), () -> j.containsKey(k) + " " + j.containsValue(v));
                case 7 -> same(what, () -> t.putIfAbsent(k, v), () -> j.putIfAbsent(k, v));
                case 8 -> same(what, () -> t.getOrDefault(k, -1), () -> j.getOrDefault(k, -1));
                case 9 -> same(what, () -> t.computeIfAbsent(k, x -> v % 5 == 0 ? null : v),
                        () -> j.computeIfAbsent(k, x -> v % 5 == 0 ? null : v));
                case 10 -> same(what, () -> t.compute(k, (x, old) -> v % 4 == 0 ? null : (old == null ? v : old + v)),
                        () -> j.compute(k, (x, old) -> v % 4 == 0 ? null : (old == null ? v : old + v)));
                case 11 -> same(what, () -> t.merge(k, v, (a, b) -> (a + b) % 7 == 0 ? null : a + b),
                        () -> j.merge(k, v, (a, b) -> (a + b) % 7 == 0 ? null : a + b));
                case 12 -> same(what, () -> t.computeIfPresent(k, (x, old) -> v % 3 == 0 ? null : old * 2),
                        () -> j.computeIfPresent(k, (x, old) -> v % 3 == 0 ? null : old * 2));
                case 13 -> same(what, () -> t.replace(k, v) + " " + t.replace(k, v, v + 1) + " " + t.remove(k, 5),
                        () -> j.replace(k, v) + " " + j.replace(k, v, v + 1) + " " + j.remove(k, 5));
                case 14 -> {
                    int m = 2 + r.nextInt(5);
                    same(what, () -> {
                        StringBuilder sb = new StringBuilder();
                        for (TIterator<TMap.Entry<Object, Integer>> it = t.entrySet().iterator(); it.hasNext();) {
                            TMap.Entry<Object, Integer> e = it.next();
                            sb.append(e).append(' ');
                            if (e.getValue() % m == 0) {
                                it.remove();
                            } else if (e.getValue() % m == 1) {
                                e.setValue(e.getValue() + 1);
                            }
                        }
                        return sb;
                    }, () -> {
                        StringBuilder sb = new StringBuilder();
                        for (Iterator<Map.Entry<Object, Integer>> it = j.entrySet().iterator(); it.hasNext();) {
                            Map.Entry<Object, Integer> e = it.next();
                            sb.append(e).append(' ');
                            if (e.getValue() % m == 0) {
                                it.remove();
                            } else if (e.getValue() % m == 1) {
                                e.setValue(e.getValue() + 1);
                            }
                        }
                        return sb;
                    });
                }
                case 15 -> same(what, () -> t.keySet() + " " + t.values() + " " + t.keySet().remove(k) + " " + t.values().remove(v),
                        () -> j.keySet() + " " + j.values() + " " + j.keySet().remove(k) + " " + j.values().remove(v));
                case 16 -> same(what, () -> {
                    TIterator<Object> it = t.keySet().iterator();
                    it.next();
                    t.put(k, v);
                    t.remove(k);
                    return it.next();
                }, () -> {
                    Iterator<Object> it = j.keySet().iterator();
                    it.next();
                    j.put(k, v);
                    j.remove(k);
                    return it.next();
                });
                case 17 -> {
                    if (r.nextInt(8) == 0) {
                        run(what, t::clear, j::clear);
                    }
                }
                case 18 -> same(what, () -> t.hashCode() + " " + t.size() + " " + t.isEmpty() + " " + t.equals(copy(j)),
                        () -> j.hashCode() + " " + j.size() + " " + j.isEmpty() + " " + j.equals(new HashMap<>(j)));
                case 19 -> {
                    THashMap<Object, Integer> te = new THashMap<>();
                    HashMap<Object, Integer> je = new HashMap<>();
                    for (int x = 0; x < 1 + r.nextInt(20); x++) {
                        Object kk = key(r, kind);
                        te.put(kk, x);
                        je.put(kk, x);
                    }
                    run(what, () -> t.putAll(te), () -> j.putAll(je));
                }
                case 20 -> run(what, () -> t.replaceAll((x, y) -> y + 1), () -> j.replaceAll((x, y) -> y + 1));
                case 21 -> {
                    StringBuilder a = new StringBuilder();
                    StringBuilder b = new StringBuilder();
                    t.forEach((x, y) -> a.append(x).append(y));
                    j.forEach((x, y) -> b.append(x).append(y));
                    assertEquals(b.toString(), a.toString());
                }
                default -> {
                    TTreeMap<Object, Integer> tt = (TTreeMap<Object, Integer>) t;
                    TreeMap<Object, Integer> jt = (TreeMap<Object, Integer>) j;
                    Object k2 = key(r, kind);
                    switch (op) {
                        case 22 -> same(what, () -> tt.firstKey() + " " + tt.lastKey() + " " + tt.firstEntry() + " " + tt.lastEntry(),
                                () -> jt.firstKey() + " " + jt.lastKey() + " " + jt.firstEntry() + " " + jt.lastEntry());
                        case 23 -> same(what, () -> tt.floorKey(k) + " " + tt.ceilingKey(k) + " " + tt.higherKey(k) + " " + tt.lowerKey(k)
                                + " " + tt.floorEntry(k) + " " + tt.higherEntry(k),
                                () -> jt.floorKey(k) + " " + jt.ceilingKey(k) + " " + jt.higherKey(k) + " " + jt.lowerKey(k)
                                + " " + jt.floorEntry(k) + " " + jt.higherEntry(k));
                        case 24 -> same(what, () -> tt.headMap(k) + " " + tt.tailMap(k) + " " + tt.subMap(k, k2) + " "
                                + tt.headMap(k, true) + " " + tt.tailMap(k, false) + " " + tt.subMap(k, false, k2, true) + " " + tt.descendingMap()
                                + " " + tt.descendingKeySet() + " " + tt.navigableKeySet(),
                                () -> jt.headMap(k) + " " + jt.tailMap(k) + " " + jt.subMap(k, k2) + " "
                                + jt.headMap(k, true) + " " + jt.tailMap(k, false) + " " + jt.subMap(k, false, k2, true) + " " + jt.descendingMap()
                                + " " + jt.descendingKeySet() + " " + jt.navigableKeySet());
                        default -> {
                            boolean first = r.nextBoolean();
                            same(what, () -> first ? tt.pollFirstEntry() : tt.pollLastEntry(),
                                    () -> first ? jt.pollFirstEntry() : jt.pollLastEntry());
                        }
                    }
                }
            }
            assertEquals(j.toString(), t.toString(), what);
            assertEquals(j.size(), t.size(), what);
        }
    }

    private static THashMap<Object, Integer> copy(Map<Object, Integer> j) {
        THashMap<Object, Integer> c = new THashMap<>();
        for (Map.Entry<Object, Integer> e : j.entrySet()) {
            c.put(e.getKey(), e.getValue());
        }
        return c;
    }

    @Test
    void copiesAndHashSetsKeepTheJdkOrder() {
        Random r = new Random(11);
        for (int n = 0; n < 70; n++) {
            HashMap<Object, Integer> j = new HashMap<>();
            THashMap<Object, Integer> t = new THashMap<>();
            java.util.HashSet<Object> js = new java.util.HashSet<>();
            THashSet<Object> ts = new THashSet<>();
            TArrayList<Object> tl = new TArrayList<>();
            java.util.ArrayList<Object> jl = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                Object k = key(r, i % 4);
                j.put(k, i);
                t.put(k, i);
                js.add(k);
                ts.add(k);
                tl.add(k);
                jl.add(k);
                assertEquals(j.toString(), t.toString());
                assertEquals(js.toString(), ts.toString());
            }
            assertEquals(new HashMap<>(j).toString(), new THashMap<>(t).toString());
            assertEquals(new java.util.HashSet<>(jl).toString(), new THashSet<>(tl).toString());
            assertEquals(new java.util.LinkedHashSet<>(jl).toString(), new TLinkedHashSet<>(tl).toString());
            assertEquals(HashMap.newHashMap(n).getClass() != null, THashMap.newHashMap(n) != null);
            HashMap<Object, Integer> jm = HashMap.newHashMap(n);
            THashMap<Object, Integer> tm = THashMap.newHashMap(n);
            jm.putAll(j);
            tm.putAll(t);
            assertEquals(jm.toString(), tm.toString());
        }
    }

    @Test
    void selfReferenceAndEntryText() {
        THashMap<Object, Object> t = new THashMap<>();
        HashMap<Object, Object> j = new HashMap<>();
        t.put("me", t);
        j.put("me", j);
        assertEquals(j.toString(), t.toString());
        Function<Object, String> f = Object::toString;
        assertEquals(f.apply(Map.entry("a", 1)), f.apply(TMap.entry("a", 1)));
    }
}
