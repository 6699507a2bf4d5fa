public class ExTraceFormat {
    static class Plain extends Exception {
        Plain(String m) { super(m); }
        public String getLocalizedMessage() { return getMessage() == null ? null : getMessage().trim(); }
    }

    static Exception make(String m) { return new Exception(m); }

    static void section(String s) { System.out.println("== " + s); }

    public static void main(String[] args) {
        section("empty message");
        Exception empty = new Exception("");
        System.out.println("[" + empty + "]");
        empty.printStackTrace(System.out);

        section("multi-line message and unicode");
        new IllegalStateException("line1\nline2\tTabbed caf\u00e9 \u65e5\u672c \u20ac").printStackTrace(System.out);

        section("long message");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 60; i++) sb.append("chunk").append(i).append(' ');
        new RuntimeException(sb.toString()).printStackTrace(System.out);

        section("localized override trims");
        System.out.println("[" + new Plain("  padded  ") + "]");

        section("anonymous and local exception classes");
        RuntimeException anon = new RuntimeException("anon") { };
        class LocalEx extends Exception { LocalEx() { super("local"); } }
        System.out.println(anon + " / " + new LocalEx());
        anon.printStackTrace(System.out);

        section("same suppressed twice");
        Exception p = make("primary");
        Exception s = make("dup");
        p.addSuppressed(s);
        p.addSuppressed(s);
        p.printStackTrace(System.out);

        section("suppressed whose cause is the primary");
        Exception p2 = make("p2");
        Exception s2 = new Exception("s2", p2);
        p2.addSuppressed(s2);
        p2.printStackTrace(System.out);

        section("cause that is also suppressed");
        Exception inner = make("inner");
        Exception p3 = new Exception("p3", inner);
        p3.addSuppressed(inner);
        p3.printStackTrace(System.out);

        section("self-loop via longer cycle");
        Exception c1 = make("c1");
        Exception c2 = new Exception("c2", c1);
        Exception c3 = new Exception("c3", c2);
        c1.initCause(c3);
        c2.printStackTrace(System.out);

        section("null message with cause");
        new Exception((String) null, make("root")).printStackTrace(System.out);
        System.out.println("done");
    }
}
