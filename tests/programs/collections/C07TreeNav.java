// Collections: TreeMap/TreeSet navigation (floor/ceiling/higher/lower), head/tail/sub views, descending views, poll, interval booking
import java.util.*;
public class C07TreeNav {
    public static void main(String[] args) {
        TreeMap<Integer, String> tm = new TreeMap<>();
        for (int i = 0; i < 20; i += 3) tm.put(i, "v" + i);
        System.out.println(tm);
        for (int k : new int[] { -1, 0, 4, 9, 18, 19 }) {
            System.out.println(k + ": floor=" + tm.floorKey(k) + " ceil=" + tm.ceilingKey(k) + " higher=" + tm.higherKey(k) + " lower=" + tm.lowerKey(k)
                + " fe=" + tm.floorEntry(k) + " he=" + tm.higherEntry(k));
        }
        System.out.println(tm.headMap(9) + " " + tm.headMap(9, true) + " " + tm.tailMap(9) + " " + tm.tailMap(9, false));
        System.out.println(tm.subMap(3, 12) + " " + tm.subMap(3, false, 12, true) + " " + tm.descendingMap() + " " + tm.descendingKeySet());
        System.out.println(tm.firstEntry() + " " + tm.lastEntry() + " " + tm.firstKey() + " " + tm.lastKey());
        NavigableMap<Integer, String> view = tm.subMap(3, true, 15, true);
        view.remove(6); tm.put(7, "seven");
        System.out.println(view + " " + tm);
        try { view.put(100, "x"); } catch (IllegalArgumentException e) { System.out.println("IAE out of range"); }
        System.out.println(tm.pollFirstEntry() + " " + tm.pollLastEntry() + " " + tm);
        TreeSet<String> ts = new TreeSet<>(List.of("kiwi", "apple", "mango", "banana", "cherry", "date", "fig"));
        System.out.println(ts.floor("c") + " " + ts.ceiling("c") + " " + ts.higher("date") + " " + ts.lower("apple") + " " + ts.first() + " " + ts.last());
        System.out.println(ts.headSet("date") + " " + ts.tailSet("date", false) + " " + ts.subSet("b", "m") + " " + ts.descendingSet());
        Iterator<String> di = ts.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (di.hasNext()) { String s = di.next(); if (s.length() == 4) di.remove(); else sb.append(s.charAt(0)); }
        System.out.println(sb + " " + ts + " " + ts.pollFirst() + " " + ts.pollLast() + " " + ts);
        TreeSet<Integer> byMod = new TreeSet<>(Comparator.comparing((Integer x) -> x % 10).thenComparing(x -> x));
        for (int i = 1; i < 40; i += 4) byMod.add(i * 7);
        System.out.println(byMod + " " + byMod.comparator().compare(13, 3));
        // interval booking: start -> end
        TreeMap<Integer, Integer> booked = new TreeMap<>();
        int[][] reqs = { {10, 20}, {15, 25}, {20, 30}, {5, 10}, {0, 6}, {30, 31}, {26, 29}, {31, 40}, {40, 41} };
        for (int[] r : reqs) {
            Map.Entry<Integer, Integer> lo = booked.floorEntry(r[0]);
            Map.Entry<Integer, Integer> hi = booked.ceilingEntry(r[0]);
            boolean ok = (lo == null || lo.getValue() <= r[0]) && (hi == null || hi.getKey() >= r[1]);
            if (ok) booked.put(r[0], r[1]);
            System.out.print(r[0] + "-" + r[1] + (ok ? "+ " : "x "));
        }
        System.out.println();
        System.out.println(booked + " " + booked.navigableKeySet().headSet(26, true));
        TreeMap<String, Integer> rev = new TreeMap<>(Comparator.reverseOrder());
        rev.put("a", 1); rev.put("c", 3); rev.put("b", 2);
        System.out.println(rev + " " + rev.firstKey() + " " + rev.headMap("b") + " " + rev.ceilingKey("bb") + " " + new TreeMap<>(rev));
    }
}
