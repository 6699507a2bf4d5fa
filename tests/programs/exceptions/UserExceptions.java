// User exception classes and Throwable's API: constructors with message, cause, both, neither
// (a cause-only constructor makes the message cause.toString()), getMessage overridden to add
// fields, toString of nested class names, getCause chains walked in a loop, initCause once (a
// second call or a self-cause throws), getLocalizedMessage defaulting to getMessage.
public class UserExceptions {
    static class BaseEx extends Exception {
        BaseEx() { super(); }
        BaseEx(String m) { super(m); }
        BaseEx(String m, Throwable c) { super(m, c); }
        BaseEx(Throwable c) { super(c); }
    }

    static class CodedEx extends BaseEx {
        final int code;
        CodedEx(int code, String m) { super(m); this.code = code; }
        @Override public String getMessage() { return "[" + code + "] " + super.getMessage(); }
    }

    static class Quiet extends RuntimeException {
        @Override public String toString() { return "Quiet!"; }
    }

    static class Localized extends RuntimeException {
        Localized(String m) { super(m); }
        @Override public String getLocalizedMessage() { return "<<" + getMessage() + ">>"; }
    }

    static String chain(Throwable t) {
        String s = "";
        int depth = 0;
        for (Throwable c = t; c != null; c = c.getCause()) s += (depth++ > 0 ? " <- " : "") + c;
        return s;
    }

    static void deep(int n) throws BaseEx {
        if (n == 0) throw new CodedEx(404, "bottom");
        try {
            deep(n - 1);
        } catch (BaseEx e) {
            throw new BaseEx("level " + n, e);
        }
    }

    public static void main(String[] args) {
        Throwable[] ts = {
            new BaseEx(), new BaseEx("msg"), new BaseEx("with cause", new CodedEx(1, "inner")),
            new BaseEx(new CodedEx(2, "only cause")), new BaseEx((Throwable) null), new CodedEx(3, null),
            new Quiet(), new Localized("loc"), new RuntimeException(new Quiet()),
        };
        for (Throwable t : ts) {
            System.out.println(t + " | message " + t.getMessage() + " | localized " + t.getLocalizedMessage()
                    + " | cause " + (t.getCause() == null ? "none" : t.getCause().getClass().getSimpleName()));
        }
        try {
            deep(3);
        } catch (BaseEx e) {
            System.out.println("chain: " + chain(e));
            Throwable root = e;
            while (root.getCause() != null) root = root.getCause();
            System.out.println("root " + root.getMessage() + " code " + ((CodedEx) root).code + " is CodedEx " + (root instanceof CodedEx));
        }

        BaseEx late = new BaseEx("late");
        Throwable back = late.initCause(new Quiet());
        System.out.println("initCause returns this: " + (back == late) + ", cause " + late.getCause());
        try {
            late.initCause(new Quiet());
        } catch (IllegalStateException e) {
            System.out.println("second initCause: " + e.getClass().getName());
        }
        BaseEx self = new BaseEx("self");
        try {
            self.initCause(self);
        } catch (IllegalArgumentException e) {
            System.out.println("self cause: " + e.getMessage());
        }
        BaseEx withCause = new BaseEx("c", null);
        try {
            withCause.initCause(new Quiet()); // the cause was set (to null) by the constructor
        } catch (IllegalStateException e) {
            System.out.println("cause set by constructor: " + e.getClass().getSimpleName());
        }
        BaseEx fresh = new BaseEx("fresh");
        fresh.initCause(null);
        System.out.println("initCause(null) allowed, cause " + fresh.getCause());
    }
}
