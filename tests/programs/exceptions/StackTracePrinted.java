// printStackTrace(System.out) of exceptions created in user code only (so every frame is a user
// frame): the "\tat Class.method(File.java:line)" lines captured when the exception object was
// constructed (not where it is thrown), "Caused by:" sections with "... n more" for frames shared
// with the enclosing trace, and "\tSuppressed:" sections from addSuppressed, indented by a tab.
public class StackTracePrinted {
    static class Failure extends RuntimeException {
        Failure(String m) { super(m); }
        Failure(String m, Throwable cause) { super(m, cause); }
    }

    static Failure made;

    static void makeEarly() {
        made = new Failure("constructed in makeEarly");
    }

    static void throwLater() {
        throw made; // the trace still points at makeEarly
    }

    static void inner(int n) {
        if (n == 0) throw new Failure("bottom");
        inner(n - 1);
    }

    static void middle() {
        try {
            inner(2);
        } catch (Failure f) {
            throw new Failure("middle wrapped", f);
        }
    }

    static void outer() {
        middle();
    }

    public static void main(String[] args) {
        makeEarly();
        try {
            throwLater();
        } catch (Failure f) {
            System.out.println("--- trace of an early-constructed exception");
            f.printStackTrace(System.out);
        }
        try {
            outer();
        } catch (Failure f) {
            System.out.println("--- trace with a cause");
            f.printStackTrace(System.out);
        }
        Failure primary = new Failure("primary");
        primary.addSuppressed(new Failure("first suppressed"));
        Failure second = new Failure("second suppressed", new Failure("its cause"));
        primary.addSuppressed(second);
        System.out.println("--- trace with suppressed, " + primary.getSuppressed().length + " of them");
        primary.printStackTrace(System.out);
        System.out.println("--- toString only: " + primary);
    }
}
