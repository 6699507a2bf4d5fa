public class ExClinitChain {
    static StringBuilder log = new StringBuilder();

    static class B {
        static int v;
        static { log.append("[B]"); v = 1; if (v == 1) throw new ArithmeticException("B fails"); }
    }
    static class A {
        static int w = B.v + 10;          // B's EIIE passes through A's clinit unwrapped
        static { log.append("[A]"); }
    }
    static class C {
        static int u;
        static {
            log.append("[C]");
            try {
                u = B.v;
            } catch (NoClassDefFoundError e) {
                log.append("[C saw NCDFE]");
                u = -1;
            } catch (ExceptionInInitializerError e) {
                log.append("[C saw EIIE]");
                u = -2;
            }
        }
    }
    static class D {
        static final String NAME = "D-const";            // compile-time constant: no init needed
        static int runtime = Integer.parseInt("nope");
    }
    static class E extends D {
        static int e = 5;
        static { log.append("[E]"); }
    }
    interface I {
        int K = ExClinitChain.boom("I.K");
        default int get() { return 1; }
    }
    static class Impl implements I { }

    static int boom(String what) { log.append("[boom " + what + "]"); throw new IllegalStateException(what); }

    static void attempt(String label, int which) {
        try {
            int r;
            switch (which) {
                case 0: r = A.w; break;
                case 1: r = B.v; break;
                case 2: r = C.u; break;
                case 3: r = D.NAME.length(); break;
                case 4: r = E.e; break;
                case 5: r = D.runtime; break;
                case 6: r = new Impl().get(); break;
                default: r = I.K; break;
            }
            System.out.println(label + " -> " + r + " " + log);
        } catch (ExceptionInInitializerError e) {
            System.out.println(label + " EIIE cause=" + e.getCause() + " " + log);
        } catch (NoClassDefFoundError e) {
            System.out.println(label + " NCDFE " + e.getMessage() + " / " + e.getCause() + " " + log);
        } catch (Throwable t) {
            System.out.println(label + " other " + t + " " + log);
        }
        log.setLength(0);
    }

    public static void main(String[] args) {
        attempt("A first", 0);
        attempt("A second", 0);
        attempt("B", 1);
        attempt("C", 2);
        attempt("C again", 2);
        attempt("D.NAME", 3);
        attempt("E", 4);
        attempt("E again", 4);
        attempt("D.runtime", 5);
        attempt("Impl", 6);
        attempt("I.K", 7);
        attempt("I.K again", 7);
    }
}
