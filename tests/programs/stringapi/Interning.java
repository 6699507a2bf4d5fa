// String identity: equal literals are one object (even across classes), compile-time constant
// expressions ("a" + "b", final String constants, constant ints and chars folded in) are interned
// literals too, while concatenations involving non-final variables or method results make new
// objects; intern() returns the canonical literal; new String(s) is never == s.
public class Interning {
    static final String PREFIX = "pre";          // constant variable
    static String notFinal = "pre";              // not a constant
    static final String COMPUTED = "pre".toString(); // final but not a constant expression
    static final int N = 42;
    static final char C = 'x';

    static class Other {
        static final String HELLO = "hello";
        static String hello() { return "hello"; }
    }

    static String same(boolean b) { return b ? "same" : "DIFFERENT"; }

    public static void main(String[] args) {
        String hello = "hello";
        String lo = "lo";
        final String finalLo = "lo";
        System.out.println("literal vs literal: " + same(hello == "hello"));
        System.out.println("across classes: " + same(hello == Other.HELLO) + " " + same(hello == Other.hello()));
        System.out.println("constant folding: " + same(hello == "hel" + "lo") + " " + same(hello == "hel" + finalLo));
        System.out.println("runtime concat: " + same(hello == "hel" + lo) + ", equals " + hello.equals("hel" + lo));
        System.out.println("intern: " + same(hello == ("hel" + lo).intern()) + " " + same(("hel" + lo).intern() == ("he" + "l" + lo).intern()));
        System.out.println("PREFIX: " + same("prefix" == PREFIX + "fix") + " notFinal: " + same("prefix" == notFinal + "fix")
                + " COMPUTED: " + same("prefix" == COMPUTED + "fix"));
        System.out.println("folded numbers: " + same("n42x" == "n" + N + C) + " " + same("n42x" == "n" + (N + 0) + C) + " " + same("true1" == "true" + 1));
        String copy = new String(hello);
        System.out.println("new String: " + same(copy == hello) + ", equals " + copy.equals(hello) + ", interned back " + same(copy.intern() == hello));
        String fresh = new StringBuilder("un").append("ique").toString();
        String canon = fresh.intern();
        System.out.println("intern of a built string is the literal: " + same(canon == "unique") + ", still equal " + canon.equals(fresh));
        String empty = "";
        System.out.println("empty: " + same(empty == "") + " substring(0,0) equals " + hello.substring(0, 0).equals(empty));
        System.out.println("valueOf: " + same(String.valueOf(hello) == hello) + " toString: " + same(hello.toString() == hello));
        // Dedup with intern in a loop.
        String[] parts = { "ab", "cd", "ab", "ef", "cd", "ab" };
        String[] canonical = new String[parts.length];
        int distinct = 0;
        for (int i = 0; i < parts.length; i++) {
            canonical[i] = (parts[i].charAt(0) + parts[i].substring(1)).intern();
            boolean seen = false;
            for (int j = 0; j < i; j++) if (canonical[j] == canonical[i]) seen = true;
            if (!seen) distinct++;
        }
        System.out.println("distinct by identity after intern: " + distinct + ", first is the literal: " + same(canonical[0] == "ab"));
    }
}
