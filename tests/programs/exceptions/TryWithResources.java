// try-with-resources: closing in reverse order after the body and before catch/finally, close()
// failures suppressed into the body's exception or becoming the primary one, a resource whose
// creation fails (earlier ones still closed), a null resource (skipped), an existing variable as
// the resource (Java 9), and continue/break out of the body.
public class TryWithResources {
    static String log = "";

    static class Res implements AutoCloseable {
        final String name; final boolean failClose;
        Res(String name, boolean failClose, boolean failOpen) {
            if (failOpen) { log += "open-fail(" + name + ") "; throw new IllegalStateException("cannot open " + name); }
            this.name = name; this.failClose = failClose;
            log += "open(" + name + ") ";
        }
        String use() { log += "use(" + name + ") "; return name; }
        @Override public void close() {
            log += "close(" + name + ") ";
            if (failClose) throw new IllegalArgumentException("close failed: " + name);
        }
    }

    static class Checked implements AutoCloseable {
        @Override public void close() throws Exception { log += "close(checked) "; throw new Exception("checked close"); }
    }

    static void report(String title, Throwable t) {
        String s = title + ": " + log + "=> ";
        if (t == null) s += "no exception";
        else {
            s += t;
            for (Throwable sup : t.getSuppressed()) s += " [suppressed " + sup.getMessage() + "]";
        }
        System.out.println(s);
        log = "";
    }

    static void run(int mode) {
        Throwable caught = null;
        try (Res a = new Res("a", mode == 2 || mode == 3, false);
             Res b = new Res("b", mode == 3 || mode == 4, mode == 5);
             Res c = mode == 6 ? null : new Res("c", false, false)) {
            a.use();
            if (c != null) c.use();
            if (mode == 1 || mode == 3) throw new RuntimeException("body failed");
            log += "body-done ";
        } catch (RuntimeException e) {
            log += "catch ";
            caught = e;
        } finally {
            log += "finally ";
        }
        report("mode " + mode, caught);
    }

    public static void main(String[] args) {
        for (int mode = 0; mode <= 6; mode++) run(mode);

        Res shared = new Res("shared", true, false);
        try (shared) {
            shared.use();
        } catch (IllegalArgumentException e) {
            report("existing variable", e);
        }

        try (Checked ch = new Checked(); Res r = new Res("r", true, false)) {
            throw new UnsupportedOperationException("body");
        } catch (Exception e) {
            report("checked close", e);
            System.out.println("suppressed classes: " + e.getSuppressed()[0].getClass().getSimpleName() + ", "
                    + e.getSuppressed()[1].getClass().getSimpleName() + " count " + e.getSuppressed().length);
        }

        int total = 0;
        for (int i = 0; i < 3; i++) {
            try (Res loop = new Res("L" + i, false, false)) {
                if (i == 1) continue;
                total += loop.use().length();
                if (i == 2) break;
            }
        }
        report("loop with continue/break, total " + total, null);
    }
}
