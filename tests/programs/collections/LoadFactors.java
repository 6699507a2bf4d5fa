// HashMap and HashSet with load factors other than 0.75 (the float constructors): the thresholds,
// and so the resizes and the iteration order, follow the JDK's float arithmetic; the message for
// an illegal load factor prints the float.
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;

public class LoadFactors {
    public static void main(String[] args) {
        float[] lfs = {0.5f, 1.0f, 4.0f};
        for (float lf : lfs) {
            Map<Integer, Integer> m = new HashMap<>(4, lf);
            for (int i = 0; i < 20; i++) {
                m.put(i * 13 + 7 * (i % 4) * 16, i);
                if (i == 5 || i == 10 || i == 19) System.out.println(lf + " " + m.size() + " " + m);
            }
        }
        HashSet<String> s = new HashSet<>(2, 1.0f);
        for (String w : "one two three four five six seven eight nine ten".split(" ")) s.add(w);
        System.out.println(s + " " + new LinkedHashSet<>(s.size(), 0.5f).isEmpty());
        try {
            new HashMap<String, String>(8, 0f);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }
}
