// Which String methods make new Strings: substring of everything, concat(""), repeat(1), trim and
// strip with nothing to remove return the receiver; empty results are the literal "" (strip of ""
// too); valueOf(char[]), copyValueOf, join and "".concat(s) always allocate. strip removes Unicode
// whitespace (U+2003, U+3000) but not the no-break spaces or U+0085.
public class SliceAndBuild {
    static String show(String s) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c > '~') sb.append("\\u").append(Integer.toHexString(c)); else sb.append(c);
        }
        return sb.append(']').toString();
    }

    static String same(boolean b) { return b ? "same" : "new"; }

    public static void main(String[] args) {
        String s = "Hello, World";
        String heap = new StringBuilder("heap").toString();
        String empty = new StringBuilder().toString();
        System.out.println("substring: " + s.substring(7) + " " + s.substring(0, 5) + " [" + s.substring(12) + "] " + s.substring(3, 4)
                + " whole " + same(s.substring(0) == s) + " " + same(s.substring(0, 12) == s) + " empty is the literal " + same(s.substring(5, 5) == "")
                + " " + same(empty.substring(0) == empty) + " " + same(heap.substring(4) == ""));
        System.out.println("concat: " + s.concat("!") + " " + same(s.concat("") == s) + " " + same("".concat(heap) == heap) + " " + "".concat(heap).equals(heap)
                + " " + same(empty.concat("") == empty) + " chained " + "a".concat("b").concat("c").concat(heap));
        System.out.println("repeat: " + "ab".repeat(3) + " [" + "ab".repeat(0) + "] " + same("ab".repeat(1) == "ab") + " " + same(heap.repeat(0) == "")
                + " " + same(empty.repeat(5) == "") + " " + "-=".repeat(7) + " " + "\u00e9\u20ac".repeat(2).length());

        String[] pads = { "  x y  ", "\t\n x \r", "\u2003x\u3000", "\u00a0x\u00a0", "\u2007x\u202f", "\u0085x\u0085", "\u0001x\u001f", "\u001cx\u001d",
                "\u1680\u2000\u2028x\u2029\u205f", "   ", "", "x" };
        for (String p : pads) {
            String built = new StringBuilder(p).toString();
            System.out.println(show(p) + " trim " + show(p.trim()) + " strip " + show(p.strip()) + " leading " + show(p.stripLeading()) + " trailing " + show(p.stripTrailing())
                    + " blank " + p.isBlank() + " | " + same(built.trim() == built) + " " + same(built.strip() == built) + " " + same(built.stripLeading() == built)
                    + " " + same(built.stripTrailing() == built) + " " + same(built.trim() == "") + " " + same(built.strip() == ""));
        }

        char[] chars = { 's', 't', 'r', 'e', 's', 's', 'e', 'd' };
        String fromArray = String.valueOf(chars);
        chars[0] = 'X';
        System.out.println("valueOf(char[]) " + fromArray + " copy kept after the array changed: " + chars[0] + " " + String.valueOf(chars, 2, 4) + " ["
                + String.valueOf(chars, 8, 0) + "] " + String.copyValueOf(chars) + " " + String.copyValueOf(chars, 1, 3)
                + " new each time " + same(String.valueOf(new char[0]) == "") + " " + same(String.valueOf(chars, 3, 0) == String.valueOf(chars, 3, 0)));
        char[] back = fromArray.toCharArray();
        back[0] = 'S';
        System.out.println("toCharArray is a copy: " + fromArray + " " + String.valueOf(back) + " " + back.length + " " + "".toCharArray().length);

        String[] parts = { "usr", "local", "bin" };
        String[] withNull = { "x", null, "z" };
        String[] one = { heap };
        System.out.println("join: " + String.join("/", parts) + " " + String.join("", parts) + " [" + String.join(",", new String[0]) + "] " + String.join(", ", withNull)
                + " " + String.join(new StringBuilder("<>"), parts) + " one " + same(String.join("-", one) == heap) + " " + String.join("-", one));

        System.out.println("valueOf: " + String.valueOf(42) + String.valueOf(-7) + " " + String.valueOf('c') + " " + String.valueOf(true) + " " + String.valueOf(false)
                + " " + String.valueOf((Object) null) + " " + String.valueOf(Integer.MIN_VALUE) + " " + same(String.valueOf(true) == "true")
                + " " + same(String.valueOf(s) == s) + " " + same(s.toString() == s));

        // Building a table with the API only.
        String[] names = { "ada", "grace", "linus", "barbara" };
        int width = 0;
        for (String n : names) width = Math.max(width, n.length());
        for (int i = 0; i < names.length; i++) {
            String n = names[i];
            String cap = n.substring(0, 1).toUpperCase() + n.substring(1);
            System.out.println("|" + cap + " ".repeat(width - n.length()) + "|" + String.valueOf(i * 37).concat("%") + "|");
        }
    }
}
