// Extra: map views: keySet/values/entrySet removal and setValue write-through, TreeMap snapshot entries (firstEntry().setValue throws), sub-map views, access-order LinkedHashMap CME on get during iteration
import java.util.*;
public class X20MapViews {
    static void t(String name, Runnable r) {
        try { r.run(); System.out.println(name + ": ok"); }
        catch (RuntimeException e) { System.out.println(name + ": " + e.getClass().getSimpleName() + " " + e.getMessage()); }
    }
    public static void main(String[] args) {
        Map<String, Integer> hm = new HashMap<>();
        for (String s : "one two three four five six seven".split(" ")) hm.put(s, s.length());
        hm.keySet().remove("two"); hm.values().remove(5); hm.entrySet().removeIf(e -> e.getKey().startsWith("f"));
        for (Map.Entry<String, Integer> e : hm.entrySet()) e.setValue(e.getValue() * 100);
        System.out.println(new TreeMap<>(hm) + " " + hm.entrySet().contains(Map.entry("one", 300)) + " " + hm.values().contains(500) + " " + hm.keySet().containsAll(List.of("one", "six")));
        TreeMap<Integer, String> tm = new TreeMap<>();
        for (int i = 1; i <= 9; i++) tm.put(i * 10, "v" + i);
        t("firstEntry.setValue", () -> tm.firstEntry().setValue("x"));
        t("ceilingEntry.setValue", () -> tm.ceilingEntry(35).setValue("x"));
        for (Map.Entry<Integer, String> e : tm.entrySet()) if (e.getKey() % 20 == 0) e.setValue(e.getValue().toUpperCase());
        System.out.println(tm);
        SortedMap<Integer, String> head = tm.headMap(50);
        NavigableMap<Integer, String> desc = tm.descendingMap();
        head.remove(20); desc.put(55, "new"); desc.remove(90);
        tm.put(5, "five");
        System.out.println(head + " " + desc + " " + desc.firstKey() + " " + desc.headMap(60) + " " + head.size());
        t("head.put out of range", () -> head.put(70, "bad"));
        head.keySet().removeIf(k -> k < 15);
        tm.navigableKeySet().pollFirst();
        tm.values().removeIf(v -> v.equals("v7"));
        System.out.println(tm + " " + tm.descendingKeySet() + " " + tm.tailMap(60, true).firstEntry());
        Iterator<Map.Entry<Integer, String>> it = tm.entrySet().iterator();
        it.next(); it.remove(); it.next(); it.next(); it.remove();
        System.out.println(tm);
        LinkedHashMap<String, Integer> lru = new LinkedHashMap<>(8, 0.75f, true);
        for (String s : List.of("a", "b", "c", "d")) lru.put(s, 0);
        t("access-order get during iteration", () -> { for (String k : lru.keySet()) lru.get("a"); });
        t("access-order getOrDefault", () -> { for (String k : lru.keySet()) if (k.equals("c")) lru.getOrDefault("zz", 1); });
        lru.get("b"); lru.put("c", 9); lru.putIfAbsent("e", 1);
        System.out.println(lru);
        t("hm CME", () -> { for (String k : hm.keySet()) hm.put(k + "!", 1); });
        t("tm CME", () -> { for (Integer k : tm.keySet()) tm.remove(k); });
        t("values iterator remove twice", () -> { Iterator<String> vi = tm.values().iterator(); vi.next(); vi.remove(); vi.remove(); });
        System.out.println(tm + " " + hm.size());
    }
}
