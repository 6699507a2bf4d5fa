public class ExOddThrowables {
    static class Light extends RuntimeException {
        Light(String m, Throwable c) { super(m, c, false, false); }
    }
    static class NoSupp extends Exception {
        NoSupp(String m) { super(m, null, false, true); }
    }
    static class LoudCause extends Exception {
        int calls;
        LoudCause() { super("loud"); }
        public String toString() { calls++; return "LoudCause#" + calls; }
    }
    static class ExplodingCause extends Exception {
        public String toString() { throw new UnsupportedOperationException("no toString for you"); }
    }
    interface Task { String run(); }

    @SuppressWarnings("unchecked")
    static <T extends Throwable> void sneaky(Throwable t) throws T { throw (T) t; }

    static void throwsCheckedSecretly() { ExOddThrowables.<RuntimeException>sneaky(new java.io.IOException("secret io")); }

    public static void main(String[] args) {
        Light l = new Light("light", new Error("c"));
        l.addSuppressed(new Exception("ignored"));
        System.out.println("Light supp=" + l.getSuppressed().length + " cause=" + l.getCause());
        l.printStackTrace(System.out);
        Light l2 = new Light("refill", null);
        l2.fillInStackTrace();
        l2.printStackTrace(System.out);
        NoSupp ns = new NoSupp("nosupp");
        ns.addSuppressed(new Exception("ignored2"));
        System.out.println("NoSupp supp=" + ns.getSuppressed().length);
        ns.printStackTrace(System.out);

        LoudCause lc = new LoudCause();
        RuntimeException w = new RuntimeException(lc);
        System.out.println("wrapped msg=" + w.getMessage() + " calls=" + lc.calls);
        System.out.println("toString=" + w + " calls=" + lc.calls);
        try {
            new IllegalStateException(new ExplodingCause());
            System.out.println("constructed?");
        } catch (UnsupportedOperationException e) {
            System.out.println("ctor propagated: " + e.getMessage());
        }
        try {
            throwsCheckedSecretly();
        } catch (Exception e) {
            System.out.println("sneaky caught: " + e + " isRTE=" + (e instanceof RuntimeException));
            try {
                RuntimeException bad = (RuntimeException) (Throwable) e;
                System.out.println("cast ok? " + bad);
            } catch (ClassCastException cce) {
                System.out.println("CCE: " + cce.getMessage());
            }
        }
        Task[] tasks = new Task[3];
        for (int i = 0; i < 3; i++) {
            try {
                if (i != 1) throw new IllegalArgumentException("task" + i);
                tasks[i] = new Task() { public String run() { return "normal"; } };
            } catch (IllegalArgumentException e) {
                final int idx = i;
                tasks[i] = new Task() {
                    public String run() { return "captured " + e.getMessage() + " idx=" + idx; }
                };

            }
        }
        for (int i = 0; i < 3; i++) System.out.println(tasks[i].run());
    }
}
