// TreeMap and TreeSet range views: headMap/tailMap/subMap see later changes of the map, writes
// through them reach it, keys outside their range are refused ("key out of range"), clear and
// iterator removal through a view, a descending view's navigation, and subSet/descendingSet.
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

public class TreeViews {
    public static void main(String[] args) {
        TreeMap<Integer, String> events = new TreeMap<>();
        for (int t = 0; t < 100; t += 7) events.put(t, "e" + t);
        SortedMap<Integer, String> early = events.headMap(30);
        NavigableMap<Integer, String> late = events.tailMap(70, true);
        NavigableMap<Integer, String> middle = events.subMap(30, true, 70, false);
        System.out.println(early + " | " + middle + " | " + late);
        events.put(5, "new5");
        events.put(75, "new75");
        System.out.println(early.size() + " " + early.lastKey() + " " + late.firstKey() + " " + late.get(75));
        middle.put(50, "mid");
        try {
            middle.put(80, "no");
        } catch (IllegalArgumentException e) {
            System.out.println("put outside: " + e.getMessage());
        }
        try {
            middle.headMap(90);
        } catch (IllegalArgumentException e) {
            System.out.println("narrower: " + e.getMessage());
        }
        early.clear();
        System.out.println(events);
        NavigableMap<Integer, String> down = late.descendingMap();
        System.out.println(down + " first=" + down.firstKey() + " ceiling(80)=" + down.ceilingKey(80) + " higher(80)=" + down.higherKey(80));
        Iterator<Map.Entry<Integer, String>> it = down.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Integer, String> e = it.next();
            if (e.getKey() % 2 == 0) it.remove(); else e.setValue(e.getValue().toUpperCase());
        }
        System.out.println(events + " " + middle.pollFirstEntry() + " " + events.size());
        TreeSet<String> words = new TreeSet<>();
        for (String w : "kilo alpha echo golf bravo juliet delta hotel charlie india foxtrot".split(" ")) words.add(w);
        NavigableSet<String> mid = words.subSet("c", true, "i", false);
        System.out.println(mid + " " + mid.descendingSet() + " " + mid.first() + " " + mid.pollLast());
        mid.add("dog");
        try {
            mid.add("zulu");
        } catch (IllegalArgumentException e) {
            System.out.println("add outside: " + e.getMessage());
        }
        System.out.println(words + " " + words.headSet("delta").size() + " " + words.descendingSet().headSet("golf"));
    }
}
