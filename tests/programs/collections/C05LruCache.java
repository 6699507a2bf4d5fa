// Collections: LRU cache via LinkedHashMap(accessOrder, removeEldestEntry), hit/miss stats, generic static nested class
import java.util.*;
import java.util.function.Function;
public class C05LruCache {
    static final class Lru<K, V> extends LinkedHashMap<K, V> {
        private final int cap; final List<K> evicted = new ArrayList<>();
        Lru(int cap) { super(16, 0.75f, true); this.cap = cap; }
        @Override protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            boolean r = size() > cap;
            if (r) evicted.add(eldest.getKey());
            return r;
        }
    }
    static final class Memo<K, V> {
        final Lru<K, V> cache; final Function<K, V> fn; int hits, misses;
        Memo(int cap, Function<K, V> fn) { cache = new Lru<>(cap); this.fn = fn; }
        V get(K k) {
            V v = cache.get(k);
            if (v != null) { hits++; return v; }
            misses++; v = fn.apply(k); cache.put(k, v); return v;
        }
    }
    public static void main(String[] args) {
        Lru<String, Integer> lru = new Lru<>(3);
        lru.put("a", 1); lru.put("b", 2); lru.put("c", 3);
        lru.get("a");
        lru.put("d", 4);
        System.out.println(lru + " evicted " + lru.evicted);
        lru.get("c"); lru.put("e", 5); lru.getOrDefault("a", 0);
        System.out.println(lru.keySet() + " evicted " + lru.evicted);
        lru.put("c", 33);
        System.out.println(lru.entrySet() + " values " + lru.values());
        Memo<Long, Long> collatz = new Memo<>(8, n -> {
            long steps = 0, x = n;
            while (x != 1) { x = (x & 1) == 0 ? x / 2 : 3 * x + 1; steps++; }
            return steps;
        });
        long total = 0;
        Random rnd = new Random(42);
        for (int i = 0; i < 200; i++) {
            long k = 1 + rnd.nextInt(12);
            total += collatz.get(k * 1000003L);
        }
        System.out.println("total " + total + " hits " + collatz.hits + " misses " + collatz.misses + " keys " + collatz.cache.keySet());
        LinkedHashMap<Integer, String> ins = new LinkedHashMap<>();
        for (int i = 9; i >= 0; i -= 2) ins.put(i, "v" + i);
        ins.put(5, "again"); ins.remove(9); ins.put(9, "back");
        System.out.println(ins);
        Iterator<Map.Entry<Integer, String>> it = ins.entrySet().iterator();
        while (it.hasNext()) { var e = it.next(); if (e.getKey() % 3 == 0) it.remove(); else e.setValue(e.getValue().toUpperCase()); }
        System.out.println(ins);
        try { for (Integer k : ins.keySet()) if (k == 5) ins.put(100, "x"); }
        catch (ConcurrentModificationException e) { System.out.println("CME " + ins.size()); }
    }
}
