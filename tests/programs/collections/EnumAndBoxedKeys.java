// Natural ordering beyond Integer and String: enum constants (by ordinal) in a TreeMap, a sort,
// Collections.max and a TreeSet; Longs in a PriorityQueue; Doubles (-0.0 before 0.0) in a TreeMap;
// Long keys hashed as (int) (v ^ v >>> 32) in a HashMap.
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;

public class EnumAndBoxedKeys {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }

    public static void main(String[] args) {
        Map<Day, Integer> hours = new TreeMap<>();
        hours.put(Day.FRI, 6);
        hours.put(Day.MON, 8);
        hours.put(Day.WED, 7);
        hours.put(Day.SUN, 0);
        System.out.println(hours + " " + ((TreeMap<Day, Integer>) hours).firstKey());
        List<Day> days = new ArrayList<>(List.of(Day.SAT, Day.TUE, Day.MON, Day.SUN));
        Collections.sort(days);
        System.out.println(days + " " + Collections.max(days) + " " + new TreeSet<>(days).descendingSet());
        PriorityQueue<Long> big = new PriorityQueue<>();
        for (long v : new long[] {1L << 40, -5, 77, 1L << 33}) big.add(v);
        System.out.println(big.poll() + " " + big);
        TreeMap<Double, String> ds = new TreeMap<>();
        ds.put(2.5, "b");
        ds.put(-0.0, "z");
        ds.put(0.0, "p");
        ds.put(1e10, "e");
        System.out.println(ds);
        Map<Long, Integer> lm = new HashMap<>();
        for (long i = 0; i < 12; i++) lm.put(i << 32, (int) i);
        System.out.println(lm);
    }
}
