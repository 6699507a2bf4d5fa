// Records' generated equals/hashCode/toString reached through HashMap/HashSet and concatenation,
// and boxed keys of every kind (Integer, Long, Character, Boolean, Double, String, enum, record)
// whose hashCode/equals only the map's code calls.
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

public class LcRecordsAndKeys {
    record Key(int a, String b) {}

    record Pair(Key left, long right, double d) {}

    enum Suit { HEARTS, SPADES }

    public static void main(String[] args) {
        Map<Object, String> m = new HashMap<>();
        m.put(1, "int");
        m.put(1L, "long");
        m.put('1', "char");
        m.put(true, "bool");
        m.put(1.0, "double");
        m.put("1", "string");
        m.put(Suit.SPADES, "enum");
        m.put(new Key(1, "x"), "record");
        System.out.println(m.size() + " " + m.get(Integer.valueOf(1)) + " " + m.get(Long.valueOf(1)) + " " + m.get((Object) '1')
            + " " + m.get(Boolean.TRUE) + " " + m.get(1.0d) + " " + m.get("1") + " " + m.get(Suit.SPADES)
            + " " + m.get(new Key(1, "x")) + " " + m.get(new Key(1, "y")) + " " + m.get(1.0f));
        Set<Pair> pairs = new HashSet<>();
        pairs.add(new Pair(new Key(2, "z"), 5L, -0.0));
        pairs.add(new Pair(new Key(2, "z"), 5L, -0.0));
        pairs.add(new Pair(new Key(2, "z"), 5L, 0.0));
        System.out.println(pairs.size() + " " + pairs.contains(new Pair(new Key(2, "z"), 5L, 0.0)));
        Pair p = new Pair(new Key(3, null), -1L, Double.NaN);
        Object o = p;
        System.out.println(o + " " + o.equals(new Pair(new Key(3, null), -1L, Double.NaN)) + " "
            + (o.hashCode() == new Pair(new Key(3, null), -1L, Double.NaN).hashCode()));
        System.out.println(new Key(7, "q").hashCode() + " " + Integer.valueOf(-5).hashCode() + " " + Long.valueOf(1L << 40).hashCode()
            + " " + Character.valueOf('Z').hashCode() + " " + Boolean.FALSE.hashCode() + " " + Double.valueOf(2.5).hashCode());
    }
}
