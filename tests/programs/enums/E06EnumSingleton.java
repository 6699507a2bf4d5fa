// Enums: enum singleton with mutable state, enum static init order with static fields, enum constant constructors referencing other static data, nested enums
import java.util.*;
public class E06EnumSingleton {
    enum Registry {
        INSTANCE;
        private final Map<String, Long> counters = new TreeMap<>();
        private long total;
        long inc(String k, long by) { total += by; return counters.merge(k, by, Long::sum); }
        long total() { return total; }
        Map<String, Long> snapshot() { return Collections.unmodifiableMap(counters); }
    }
    enum Level {
        TRACE(0), DEBUG(10), INFO(20), WARN(30), ERROR(40);
        static final Level DEFAULT = INFO;
        private static final Level[] BY_SEVERITY;
        static { BY_SEVERITY = values().clone(); Collections.reverse(Arrays.asList(BY_SEVERITY)); }
        final int sev; final String pad;
        Level(int sev) { this.sev = sev; this.pad = String.format("%-5s", name()); }
        boolean enabled(Level threshold) { return sev >= threshold.sev; }
        static Level parse(String s) { for (Level l : values()) if (l.name().equalsIgnoreCase(s)) return l; return DEFAULT; }
        enum Color { PLAIN, BOLD, RED }
        Color color() { return this == ERROR ? Color.RED : this == WARN ? Color.BOLD : Color.PLAIN; }
    }
    public static void main(String[] args) {
        Registry r = Registry.INSTANCE;
        String[] keys = { "a", "b", "a", "c", "b", "a" };
        for (int i = 0; i < keys.length; i++) r.inc(keys[i], (long) i << 31);
        System.out.println(r.snapshot() + " total " + r.total() + " same " + (r == Registry.valueOf("INSTANCE")));
        try { r.snapshot().put("z", 1L); } catch (UnsupportedOperationException e) { System.out.println("read-only"); }
        System.out.println(Arrays.toString(Level.BY_SEVERITY) + " default " + Level.DEFAULT + " " + Arrays.toString(Level.values()));
        Level threshold = Level.parse("warn");
        List<String> log = new ArrayList<>();
        String[] msgs = { "TRACE:enter", "INFO:started", "WARN:slow", "ERROR:failed", "DEBUG:x=1", "bogus:???", "error:again" };
        for (String m : msgs) {
            int c = m.indexOf(':');
            Level l = Level.parse(m.substring(0, c));
            if (l.enabled(threshold)) log.add("[" + l.pad + "|" + l.color() + "] " + m.substring(c + 1));
            Registry.INSTANCE.inc(l.name(), 1);
        }
        log.forEach(System.out::println);
        System.out.println(Registry.INSTANCE.snapshot() + " " + Level.Color.valueOf("BOLD").ordinal() + " " + Level.Color.class.getSimpleName());
    }
}
