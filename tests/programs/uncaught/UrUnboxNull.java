// Uncaught NPE from unboxing a null Integer taken from a map lookup: HotSpot's message names
// Integer.intValue() and the local holding the null; the optimiser may fold the unboxing.
import java.util.HashMap;
import java.util.Map;

public class UrUnboxNull {
    static int lookup(Map<String, Integer> m, String k) {
        Integer boxed = m.get(k);
        int v = boxed;
        return v * 2;
    }

    public static void main(String[] args) {
        Map<String, Integer> m = new HashMap<>();
        m.put("a", 21);
        m.put("b", -4);
        System.out.println(lookup(m, "a"));
        System.out.println(lookup(m, "b"));
        System.out.println(lookup(m, "c"));
    }
}
