// Enums: state machine with EnumMap transition table, enum switch (arrow and classic with fallthrough), per-state durations, simulation over ticks
import java.util.*;
public class E03TrafficFsm {
    enum Light { RED, RED_AMBER, GREEN, AMBER, FLASHING }
    enum Input { TICK, FAULT, RESET, PEDESTRIAN }
    static final EnumMap<Light, EnumMap<Input, Light>> table = new EnumMap<>(Light.class);
    static final EnumMap<Light, Integer> duration = new EnumMap<>(Light.class);
    static {
        for (Light l : Light.values()) table.put(l, new EnumMap<>(Input.class));
        table.get(Light.RED).put(Input.TICK, Light.RED_AMBER);
        table.get(Light.RED_AMBER).put(Input.TICK, Light.GREEN);
        table.get(Light.GREEN).put(Input.TICK, Light.AMBER);
        table.get(Light.GREEN).put(Input.PEDESTRIAN, Light.AMBER);
        table.get(Light.AMBER).put(Input.TICK, Light.RED);
        for (Light l : Light.values()) table.get(l).put(Input.FAULT, Light.FLASHING);
        table.get(Light.FLASHING).put(Input.RESET, Light.RED);
        duration.put(Light.RED, 4); duration.put(Light.RED_AMBER, 1); duration.put(Light.GREEN, 5); duration.put(Light.AMBER, 2); duration.put(Light.FLASHING, 1);
    }
    static String lamps(Light l) {
        StringBuilder sb = new StringBuilder();
        switch (l) {
            case RED_AMBER: sb.append('A');
            case RED: sb.append('R'); break;
            case AMBER: sb.append('A'); break;
            case GREEN: sb.append('G'); break;
            default: sb.append('*');
        }
        return sb.toString();
    }
    static boolean canCross(Light l) { return switch (l) { case RED -> true; case RED_AMBER, AMBER, GREEN -> false; case FLASHING -> false; }; }
    public static void main(String[] args) {
        Light cur = Light.RED; int left = duration.get(cur);
        EnumMap<Light, Integer> timeIn = new EnumMap<>(Light.class);
        StringBuilder trace = new StringBuilder();
        for (int t = 0; t < 60; t++) {
            Input in = t == 17 ? Input.PEDESTRIAN : t == 33 ? Input.FAULT : t == 38 ? Input.RESET : Input.TICK;
            timeIn.merge(cur, 1, Integer::sum);
            trace.append(lamps(cur)).append(canCross(cur) ? "w" : "").append(' ');
            boolean event = in != Input.TICK;
            if (event || --left <= 0) {
                Light nx = table.get(cur).get(in);
                if (nx == null) { if (event) trace.append("(ignored ").append(in).append(") "); nx = in == Input.TICK ? cur : cur; }
                if (nx != cur) { cur = nx; left = duration.get(cur); } else if (!event) left = duration.get(cur);
            }
        }
        System.out.println(trace);
        System.out.println(timeIn + " final " + cur);
        Map<Light, Set<Input>> accepts = new EnumMap<>(Light.class);
        table.forEach((l, m) -> accepts.put(l, m.isEmpty() ? EnumSet.noneOf(Input.class) : EnumSet.copyOf(m.keySet())));
        System.out.println(accepts);
        int[] counts = new int[Light.values().length];
        for (Light l : Light.values()) for (Light to : table.get(l).values()) counts[to.ordinal()]++;
        System.out.println(Arrays.toString(counts) + " " + Light.valueOf("GREEN").ordinal() + " " + Light.values()[3]);
    }
}
