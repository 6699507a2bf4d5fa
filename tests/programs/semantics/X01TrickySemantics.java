// Extra: tricky Java semantics: string switch hash collisions, ternary boxing/promotion, unboxing NPE, evaluation order with side effects, labeled loops, inner classes, init blocks
import java.util.*;
public class X01TrickySemantics {
    static int counter = 0;
    static int next(String tag, List<String> log) { log.add(tag + counter); return counter++; }
    int base = 100;
    class Inner { int k; Inner(int k) { this.k = k; } int total() { return base + k; } }
    static final List<String> initLog = new ArrayList<>();
    int iv; { iv = 42; initLog.add("instance-init"); }
    static { initLog.add("static-init"); }
    X01TrickySemantics() { initLog.add("ctor iv=" + iv); }
    static String sw(String s) {
        switch (s) {
            case "Aa": return "Aa";
            case "BB": return "BB";
            case "AaAa": return "AaAa";
            case "BBBB": return "BBBB";
            case "AaBB": return "AaBB";
            default: return "default(" + s.hashCode() + ")";
        }
    }
    public static void main(String[] args) {
        for (String s : new String[] { "Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "" }) System.out.print(sw(s) + " ");
        System.out.println("| " + "Aa".hashCode() + " " + "BB".hashCode());
        boolean t = true;
        Object o1 = t ? 1 : 2.0;
        Object o2 = t ? Integer.valueOf(1) : "s";
        Object o3 = t ? 'a' : 0;
        Object o4 = !t ? 'a' : 98;
        long lv = 5; Object o5 = t ? 1 : lv;
        System.out.println(o1 + " " + o2 + " " + o3 + " " + o4 + " " + o5 + " " + o1.getClass().getSimpleName() + " " + o5.getClass().getSimpleName());
        Integer nul = null;
        try { int x = t ? nul : 0; System.out.println(x); } catch (NullPointerException e) { System.out.println("NPE unboxing in ternary"); }
        Map<String, Integer> m = new HashMap<>();
        try { int x = m.get("missing"); System.out.println(x); } catch (NullPointerException e) { System.out.println("NPE unboxing map value"); }
        List<String> log = new ArrayList<>();
        int[] arr = new int[5];
        arr[next("idx", log)] = next("a", log) + next("b", log) * next("c", log);
        arr[next("i2", log)] += next("d", log);
        int v = next("e", log) - (next("f", log) - next("g", log));
        System.out.println(Arrays.toString(arr) + " v=" + v + " " + log);
        int i = 0; i = i++ + ++i; int j = 5; j += j++ * --j;
        System.out.println("i=" + i + " j=" + j);
        StringBuilder sb = new StringBuilder();
        outer:
        for (int a = 0; a < 5; a++) {
            for (int b = 0; b < 5; b++) {
                if (b == 3) continue outer;
                if (a * b == 6) break outer;
                sb.append(a).append(b).append(' ');
            }
        }
        System.out.println(sb);
        X01TrickySemantics x = new X01TrickySemantics();
        X01TrickySemantics.Inner in = x.new Inner(5);
        x.base = 1000;
        System.out.println(in.total() + " " + initLog);
        char c = 'x'; c += 2; c++; int ci = c + 1;
        System.out.println(c + " " + ci + " " + (char) ci + " " + (c > 'y') + " " + ('a' + 'b') + " " + (char) ('a' + 1) + 'c');
        String s = null;
        System.out.println("null concat " + s + null + 1 + 2 + (1 + 2) + 'c' + 1.0f + true);
        System.out.println(1 + 2 + "x" + 1 + 2 + " " + ('a' + 1) + " " + (short) 70000 + " " + (5 & 3 | 8 ^ 2) + " " + (-17 >> 2) + " " + (-17 >>> 28) + " " + (1 << 33) + " " + (1L << 65));
        Integer a1 = 127, a2 = 127, b1 = 128, b2 = 128;
        System.out.println((a1 == a2) + " " + b1.equals(b2) + " " + (b1.intValue() == b2));
        do { counter--; } while (counter > 3);
        System.out.println("counter " + counter);
    }
}
