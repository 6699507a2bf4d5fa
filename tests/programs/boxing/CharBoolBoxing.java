// Character and Boolean boxing: the 0..127 Character cache and == on boxed chars, Boolean.TRUE and
// FALSE as the only results of valueOf, equals/hashCode/toString/compareTo, unboxing in arithmetic
// and conditions, and boxed values in Object arrays printed through toString.
public class CharBoolBoxing {
    public static void main(String[] args) {
        Character a = 'x', b = 'x', c = '\u00e9', d = '\u00e9';
        System.out.println((a == b) + " " + (c == d) + " " + c.equals(d) + " " + a.hashCode() + " " + a.compareTo('z'));
        Boolean t = true, f = Boolean.valueOf("TRUE"), g = Boolean.valueOf("nope");
        System.out.println((t == Boolean.TRUE) + " " + (f == t) + " " + g + " " + t.equals(f) + " " + t.hashCode() + " " + g.hashCode());
        Object[] mixed = { a, t, 42, "s", c };
        StringBuilder sb = new StringBuilder();
        for (Object o : mixed) sb.append(o).append('|');
        System.out.println(sb);
        char next = (char) (a + 1);
        if (t && !g) System.out.println("cond " + next + " " + (a < 'y'));
        System.out.println(Boolean.TRUE.compareTo(Boolean.FALSE) + " " + Character.valueOf('q').charValue());
    }
}
