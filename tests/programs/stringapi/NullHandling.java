// null in the object API: string concatenation with null references of every kind ("null"),
// String.valueOf(Object null) vs String.valueOf(char[] null) (an NPE: overloads!), println of a
// null Object and a null String, instanceof null, Objects.equals/hash/hashCode/toString/
// requireNonNull (with and without a message), and equals called on null (NPE) vs with null (false).
import java.util.Objects;

public class NullHandling {
    static class Named {
        final String name;
        Named(String name) { this.name = name; }
        @Override public String toString() { return "Named(" + name + ")"; }
        @Override public boolean equals(Object o) { return o instanceof Named n && Objects.equals(name, n.name); }
        @Override public int hashCode() { return Objects.hash(name, 7); }
    }

    public static void main(String[] args) {
        String s = null;
        Object o = null;
        Named n = null;
        Integer boxed = null;
        int[] arr = null;
        System.out.println("concat: " + s + "|" + o + "|" + n + "|" + boxed + "|" + (arr == null) + "|" + s + s);
        String acc = null;
        acc += "x";
        acc += null;
        System.out.println("+= on null: " + acc + " length " + acc.length());
        System.out.println(String.valueOf(o) + " " + String.valueOf((Object) s) + " " + String.valueOf(n));
        try {
            String.valueOf((char[]) null);
        } catch (NullPointerException e) {
            System.out.println("valueOf(char[] null) throws NPE");
        }
        System.out.println(o);
        System.out.println(s);
        System.out.println((Object) n);
        System.out.println("instanceof: " + (o instanceof Object) + " " + (s instanceof String) + " " + (n instanceof Named) + " " + ((Object) "x" instanceof String));

        Named a = new Named("a"), a2 = new Named("a"), nul = new Named(null), nul2 = new Named(null);
        System.out.println("Objects.equals: " + Objects.equals(null, null) + " " + Objects.equals(a, null) + " " + Objects.equals(null, a) + " " + Objects.equals(a, a2)
                + " " + Objects.equals(nul, nul2) + " " + Objects.equals(nul, a) + " " + Objects.equals("s", "s"));
        System.out.println("hashes: " + a.hashCode() + " " + nul.hashCode() + " " + Objects.hashCode(null) + " " + Objects.hashCode("ab") + " " + Objects.hash() + " "
                + Objects.hash("ab") + " " + Objects.hash(1, 2, 3) + " " + Objects.hash((Object) null) + " " + Objects.hash("a", null, 'c', true));
        System.out.println("Objects.toString: " + Objects.toString(null) + " " + Objects.toString(a) + " " + Objects.toString(null, "default") + " " + Objects.toString(a, "default")
                + " isNull " + Objects.isNull(o) + " nonNull " + Objects.nonNull(a));
        System.out.println("requireNonNull returns its argument: " + (Objects.requireNonNull(a) == a) + " " + Objects.requireNonNull(a2, "msg").name);
        try {
            Objects.requireNonNull(n);
        } catch (NullPointerException e) {
            System.out.println("requireNonNull(null): message " + e.getMessage());
        }
        try {
            Objects.requireNonNull(s, "s must not be null");
        } catch (NullPointerException e) {
            System.out.println("requireNonNull(null, msg): " + e.getMessage());
        }
        System.out.println("x.equals(null) " + "x".equals(null) + " a.equals(null) " + a.equals(null) + " nul.equals(nul2) " + nul.equals(nul2));
        try {
            System.out.println(s.equals("x"));
        } catch (NullPointerException e) {
            System.out.println("null.equals: " + e.getMessage());
        }
        try {
            System.out.println(n.toString());
        } catch (NullPointerException e) {
            System.out.println("null.toString: " + e.getMessage());
        }
        Object[] mixed = { null, "str", a, null, 5 };
        String line = "";
        int nulls = 0;
        for (Object m : mixed) { line += m + ";"; if (m == null) nulls++; }
        System.out.println(line + " nulls " + nulls + " ternary " + (nulls > 1 ? null : "x") + " " + (s == null ? "was null" : s));
    }
}
