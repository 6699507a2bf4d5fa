// EnumSet (of, noneOf, allOf, range, complementOf, iterator remove) and EnumMap (null values, live
// entries, views, computeIfAbsent), constants with bodies, enums sorted by natural order.
import java.util.*;

public class EnumSetsAndMaps {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }
    enum Planet { MERCURY(3.303e+23), EARTH(5.976e+24) { public String toString() { return "home"; } };
        final double mass; Planet(double m) { mass = m; } }

    public static void main(String[] args) {
        EnumSet<Day> weekend = EnumSet.of(Day.SAT, Day.SUN);
        EnumSet<Day> work = EnumSet.complementOf(weekend);
        System.out.println(weekend + " " + work + " " + work.size() + " " + work.contains(Day.MON) + " " + work.contains(Day.SUN));
        EnumSet<Day> none = EnumSet.noneOf(Day.class);
        none.add(Day.WED); none.add(Day.MON); none.add(Day.WED);
        System.out.println(none + " " + EnumSet.allOf(Day.class) + " " + EnumSet.range(Day.TUE, Day.THU));
        Iterator<Day> it = work.iterator();
        while (it.hasNext()) if (it.next().ordinal() % 2 == 0) it.remove();
        System.out.println(work + " " + work.equals(EnumSet.of(Day.TUE, Day.THU)));
        EnumMap<Day, Integer> hours = new EnumMap<>(Day.class);
        hours.put(Day.FRI, 6); hours.put(Day.MON, 8); hours.put(Day.WED, null);
        System.out.println(hours + " " + hours.size() + " " + hours.get(Day.MON) + " " + hours.containsKey(Day.WED) + " " + hours.get(Day.SUN));
        for (Map.Entry<Day, Integer> e : hours.entrySet()) System.out.println(e.getKey() + " -> " + e.getValue());
        hours.remove(Day.MON);
        System.out.println(hours + " " + hours.keySet() + " " + hours.values());
        EnumMap<Planet, String> pm = new EnumMap<>(Planet.class);
        pm.put(Planet.EARTH, "blue"); pm.put(Planet.MERCURY, "grey");
        System.out.println(pm + " " + Planet.EARTH.getDeclaringClass().getSimpleName() + " " + EnumSet.of(Planet.EARTH));
        Map<Day, List<String>> tasks = new EnumMap<>(Day.class);
        tasks.computeIfAbsent(Day.TUE, d -> new ArrayList<>()).add("gym");
        tasks.computeIfAbsent(Day.TUE, d -> new ArrayList<>()).add("read");
        System.out.println(tasks);
        List<Day> days = new ArrayList<>(List.of(Day.SUN, Day.MON, Day.FRI));
        Collections.sort(days);
        System.out.println(days + " " + Collections.max(days));
    }
}
