// java.util.Objects: equals with nulls on either side, hash over several values (as
// Arrays.hashCode), hashCode and toString of null, toString with a default, isNull/nonNull,
// requireNonNullElse. (A failing requireNonNull prints a JDK frame, Objects.java:<line of the JDK
// build>, that a device program cannot match; it waits for exceptions that can be caught.)
import java.util.Objects;

public class ObjectsApi {
    static class P {
        int x; String s;
        P(int x, String s) { this.x = x; this.s = s; }
        public boolean equals(Object o) { return o instanceof P p && p.x == x && Objects.equals(p.s, s); }
        public int hashCode() { return Objects.hash(x, s); }
        public String toString() { return "P(" + x + "," + Objects.toString(s, "-") + ")"; }
    }

    public static void main(String[] args) {
        P a = new P(1, "a"), b = new P(1, "a"), c = new P(1, null), d = new P(1, null);
        System.out.println(Objects.equals(a, b) + " " + Objects.equals(a, c) + " " + Objects.equals(c, d)
                + " " + Objects.equals(null, null) + " " + Objects.equals(null, a) + " " + Objects.equals(a, null));
        System.out.println(a.hashCode() + " " + c.hashCode() + " " + Objects.hash() + " " + Objects.hash("x", null, 7));
        System.out.println(Objects.hashCode(null) + " " + Objects.toString(null) + " " + Objects.toString(c) + " " + a);
        System.out.println(Objects.isNull(c.s) + " " + Objects.nonNull(a.s) + " " + Objects.requireNonNullElse(c.s, "else"));
        String present = args.length > 2 ? null : "here";
        System.out.println(Objects.requireNonNull(present, "present must be set"));
    }
}
