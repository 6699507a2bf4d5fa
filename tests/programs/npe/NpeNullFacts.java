// Tries to break NullFacts, which decides null tests from dominating null checks and tests: a
// check that threw must not make its handler believe the value non-null, a test's null side must
// still throw, and a value that changes in a loop (a phi) is not the value checked before it.
public class NpeNullFacts {
    static String pick(int k) {
        return k % 3 == 0 ? null : "v" + k;
    }

    // the handler runs exactly when s.length() threw: there s is null
    static String handlerSeesNull(String s) {
        try {
            return "len " + s.length();
        } catch (NullPointerException e) {
            return "caught, null " + (s == null) + ", " + e.getMessage();
        }
    }

    // the null side of a test still reaches the library's own check
    static int nullSide(String s) {
        if (s != null) {
            return s.length();
        }
        return s.length();
    }

    // s changes in the loop: its first check says nothing about the later values
    static int loopPhi(int n) {
        int total = 0;
        String s = "start";
        for (int i = 0; i < n; i++) {
            total += s.length();
            s = pick(i);
            if (s == null) {
                total += 100;
                s = "x";
            } else {
                total += s.charAt(0);
            }
        }
        return total;
    }

    // charAt after a check of s, with a bad index: the index error, not a null error
    static char badIndex(String s, int i) {
        int n = s.length();
        return s.charAt(i + n);
    }

    // two references, one checked: the other is still tested
    static int twoRefs(String a, String b) {
        int n = a.length();
        return n + b.length();
    }

    public static void main(String[] args) {
        System.out.println(handlerSeesNull("abc"));
        System.out.println(handlerSeesNull(null));
        System.out.println(nullSide("four"));
        try {
            System.out.println(nullSide(null));
        } catch (NullPointerException e) {
            System.out.println("nullSide: " + e.getMessage());
        }
        System.out.println(loopPhi(10));
        try {
            System.out.println(badIndex("abc", 0));
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("badIndex: " + e.getMessage());
        }
        System.out.println(twoRefs("ab", "cde"));
        try {
            System.out.println(twoRefs("ab", null));
        } catch (NullPointerException e) {
            System.out.println("twoRefs: " + e.getMessage());
        }
        try {
            System.out.println(twoRefs(null, "x"));
        } catch (NullPointerException e) {
            System.out.println("twoRefs first: " + e.getMessage());
        }
    }
}
