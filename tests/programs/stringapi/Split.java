// String.split on one literal character, as the JDK's fast path does it: limits, leading and
// trailing empty strings, escaped metacharacters, no separator at all.
public class Split {
    static void show(String what, String[] parts) {
        StringBuilder sb = new StringBuilder(what).append(" -> ").append(parts.length).append(':');
        for (String p : parts) {
            sb.append('[').append(p).append(']');
        }
        System.out.println(sb);
    }

    public static void main(String[] args) {
        show("a,b,c", "a,b,c".split(","));
        show("a,b,,", "a,b,,".split(","));
        show(",a", ",a".split(","));
        show(",,,", ",,,".split(","));
        show("empty", "".split(","));
        show("none", "abc".split(","));
        show("limit 2", "a,b,c,d".split(",", 2));
        show("limit -1", "a,b,,".split(",", -1));
        show("limit 1", "a,b".split(",", 1));
        show("limit 10", "a,,b,,".split(",", 10));
        show("dot", "1.2.3".split("\\."));
        show("pipe", "x|y||".split("\\|"));
        show("space", " lead  two ".split(" "));
        show("colon", "k:v:w".split(":"));
        int sum = 0;
        for (String n : "12;7;-3;40".split(";")) {
            sum += Integer.parseInt(n);
        }
        System.out.println("sum " + sum);
    }
}
