// try/catch/finally ordering printed step by step: finally after normal completion, after a
// caught exception, after an uncaught one propagating out of nested tries (each finally runs once,
// innermost first), rethrow from a catch, an exception thrown inside a finally replacing the
// pending one, and the return value fixed before finally modifies the returned variable.
public class FinallyOrder {
    static int step;

    static void p(String s) { System.out.println(++step + " " + s); }

    static class Oops extends RuntimeException {
        Oops(String m) { super(m); }
    }

    static void level3(int mode) {
        try {
            p("level3 try mode " + mode);
            if (mode == 1) throw new Oops("from level3");
            if (mode == 2) throw new IllegalStateException("state");
            p("level3 try done");
        } finally {
            p("level3 finally");
        }
    }

    static void level2(int mode) {
        try {
            level3(mode);
            p("level2 after call");
        } catch (Oops e) {
            p("level2 caught " + e.getMessage() + ", rethrowing");
            throw e;
        } finally {
            p("level2 finally");
        }
    }

    static String level1(int mode) {
        try {
            level2(mode);
            return "normal";
        } catch (Oops e) {
            p("level1 caught Oops " + e.getMessage());
            return "oops";
        } catch (RuntimeException e) {
            p("level1 caught " + e.getClass().getName() + " " + e.getMessage());
            return "runtime";
        } finally {
            p("level1 finally");
        }
    }

    static int returnBeforeFinally() {
        int x = 10;
        try {
            return x;
        } finally {
            x = 20;
            p("finally set x=" + x);
        }
    }

    static int[] returnArrayBeforeFinally() {
        int[] a = { 1 };
        try {
            return a;
        } finally {
            a[0] = 2; // the returned reference is fixed, the array contents are not
        }
    }

    static String replaced() {
        try {
            try {
                throw new Oops("original");
            } finally {
                p("inner finally throws");
                throw new IllegalArgumentException("replacement");
            }
        } catch (Oops e) {
            return "caught original (wrong)";
        } catch (IllegalArgumentException e) {
            return "caught " + e.getMessage() + ", suppressed " + e.getSuppressed().length;
        }
    }

    public static void main(String[] args) {
        for (int mode = 0; mode < 3; mode++) p("level1(" + mode + ") = " + level1(mode));
        p("returnBeforeFinally = " + returnBeforeFinally());
        p("array element = " + returnArrayBeforeFinally()[0]);
        p(replaced());
        int count = 0;
        for (int i = 0; i < 4; i++) {
            try {
                try {
                    if (i % 2 == 1) throw new Oops("odd " + i);
                    p("iteration " + i + " fine");
                } finally {
                    count++;
                    p("inner finally " + i);
                }
            } catch (Oops e) {
                p("outer catch " + e.getMessage());
            } finally {
                count += 10;
            }
        }
        p("count " + count);
    }
}
