public class ExPrintStack {
    static class MyEx extends Exception {
        MyEx(String m) { super(m); }
        MyEx(String m, Throwable c) { super(m, c); }
    }

    static void level3(int x) throws MyEx {
        if (x > 0) throw new MyEx("level3 x=" + x);
    }

    static void level2(int x) throws MyEx {
        level3(x);
    }

    static void level1(int x) {
        try {
            level2(x);
        } catch (MyEx e) {
            throw new IllegalStateException("wrapped in level1", e);
        }
    }

    static void deepThrow(int n) {
        if (n == 0) throw new UnsupportedOperationException("deep");
        deepThrow(n - 1);
    }

    static void common(int n) {
        try {
            deepThrow(n);
        } catch (RuntimeException e) {
            throw new RuntimeException(e);
        }
    }

    public static void main(String[] args) {
        try {
            level1(5);
        } catch (IllegalStateException e) {
            System.out.println("1: caught " + e);
            e.printStackTrace(System.out);
        }
        System.out.println("2: cause-only constructor");
        try {
            common(3);
        } catch (RuntimeException e) {
            System.out.println("msg=" + e.getMessage());
            e.printStackTrace(System.out);
        }
        System.out.println("3: suppressed");
        Exception primary = new Exception("primary");
        Exception s1 = new IllegalArgumentException("sup1");
        Exception s2 = new MyEx("sup2", new ArithmeticException("sup2cause"));
        primary.addSuppressed(s1);
        primary.addSuppressed(s2);
        System.out.println("suppressed count=" + primary.getSuppressed().length);
        primary.printStackTrace(System.out);
        System.out.println("4: circular");
        Exception a = new Exception("A");
        Exception b = new Exception("B", a);
        a.initCause(b);
        a.printStackTrace(System.out);
        System.out.println("5: no message");
        new NullPointerException().printStackTrace(System.out);
        Throwable nm = new Throwable();
        System.out.println("toString=" + nm + " msg=" + nm.getMessage());
        Throwable wc = new Throwable((Throwable) null);
        System.out.println("null cause toString=" + wc + " cause=" + wc.getCause());
        Throwable wc2 = new Error(new MyEx("inner"));
        System.out.println("cause ctor toString=" + wc2 + " msg=" + wc2.getMessage());
        System.out.println("6: printStackTrace to stderr");
        new ArithmeticException("to err").printStackTrace();
        System.out.println("7: fillInStackTrace");
        RuntimeException saved = makeEx();
        saved.printStackTrace(System.out);
        refill(saved);
        saved.printStackTrace(System.out);
        System.out.println("done");
    }

    static RuntimeException makeEx() {
        return new RuntimeException("made");
    }

    static void refill(RuntimeException e) {
        Throwable r = e.fillInStackTrace();
        System.out.println("same=" + (r == e));
    }
}
