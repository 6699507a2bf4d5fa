// Extra: String/StringBuilder edge cases (split limits and trailing empties, index exceptions and messages, insert/replace/delete) and try-with-resources with suppressed close failures
import java.util.*;
public class X11StringsTwr {
    static final List<String> events = new ArrayList<>();
    static final class Res implements AutoCloseable {
        final String name; final boolean failClose;
        Res(String name, boolean failClose) { this.name = name; this.failClose = failClose; events.add("open " + name); }
        @Override public void close() { events.add("close " + name); if (failClose) throw new IllegalStateException("close failed: " + name); }
    }
    static void twr(boolean failBody, boolean failA, boolean failB) {
        try (Res a = new Res("a", failA); Res b = new Res("b", failB)) {
            events.add("body");
            if (failBody) throw new RuntimeException("body failed");
        } catch (RuntimeException e) {
            StringBuilder sb = new StringBuilder("caught " + e.getMessage());
            for (Throwable s : e.getSuppressed()) sb.append(" [suppressed ").append(s.getMessage()).append(']');
            events.add(sb.toString());
        } finally { events.add("finally"); }
    }
    public static void main(String[] args) {
        String[] tests = { "a,b,,c,,", ",a", ",,,", "", "abc", "a,,b" };
        for (String t : tests) System.out.println("'" + t + "' " + Arrays.toString(t.split(",")) + " " + Arrays.toString(t.split(",", -1)) + " " + Arrays.toString(t.split(",", 2)) + " " + t.split(",").length);
        String s = "  Hello, World  \t";
        System.out.println("[" + s.trim() + "][" + s.strip() + "][" + s.stripLeading() + "][" + s.stripTrailing() + "] " + s.isBlank() + " " + "\t \n".isBlank() + " " + "".isEmpty());
        String h = "hello world hello";
        System.out.println(h.indexOf("hello", 1) + " " + h.lastIndexOf("hello") + " " + h.lastIndexOf('o', 10) + " " + h.indexOf('z') + " " + h.indexOf("", 5) + " " + h.indexOf("o", -5) + " " + h.lastIndexOf("hello", 100));
        System.out.println(h.regionMatches(6, "world", 0, 5) + " " + h.regionMatches(true, 0, "HELLO", 0, 5) + " " + h.startsWith("world", 6) + " " + h.endsWith("llo") + " " + h.contains("o w") + " " + h.replace('l', 'L') + " " + h.concat("!"));
        System.out.println("apple".compareTo("apricot") + " " + "ab".compareTo("abc") + " " + "B".compareTo("a") + " " + "b".compareToIgnoreCase("A") + " " + "".compareTo("x"));
        String[] bad = { "substring(5,2)", "substring(-1)", "charAt(99)", "sb.insert(99)", "sb.delete(3,1)", "sb.charAt(-1)", "sb.setLength(-1)", "repeat(-1)" };
        for (String b : bad) {
            try {
                StringBuilder sb = new StringBuilder("abcdef");
                Object r = switch (b) {
                    case "substring(5,2)" -> h.substring(5, 2);
                    case "substring(-1)" -> h.substring(-1);
                    case "charAt(99)" -> h.charAt(99);
                    case "sb.insert(99)" -> sb.insert(99, "x");
                    case "sb.delete(3,1)" -> sb.delete(3, 1);
                    case "sb.charAt(-1)" -> sb.charAt(-1);
                    case "sb.setLength(-1)" -> { sb.setLength(-1); yield sb; }
                    default -> "x".repeat(-1);
                };
                System.out.println(b + " = " + r);
            } catch (RuntimeException e) { System.out.println(b + " -> " + e.getClass().getSimpleName() + ": " + e.getMessage()); }
        }
        StringBuilder sb = new StringBuilder("0123456789");
        sb.insert(0, 1.5).insert(3, 'c').insert(sb.length(), true).insert(5, 42L).insert(2, (Object) "obj").replace(1, 4, "REPL").delete(8, 10).deleteCharAt(0).reverse();
        sb.setCharAt(0, '#'); sb.setLength(sb.length() - 2);
        System.out.println(sb + " " + sb.length() + " " + sb.indexOf("5") + " " + sb.lastIndexOf("j") + " " + sb.substring(3, 7) + " " + sb.charAt(4));
        twr(false, false, false); twr(true, false, false); twr(true, true, true); twr(false, true, false);
        for (String e : events) System.out.println(e);
    }
}
