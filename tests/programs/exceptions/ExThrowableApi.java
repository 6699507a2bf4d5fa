public class ExThrowableApi {
    static void check(int k, Throwable t) {
        System.out.println(k + ": " + t.getClass().getName() + " msg=" + t.getMessage());
    }

    public static void main(String[] args) {
        for (int k = 0; k < 14; k++) {
            try {
                switch (k) {
                    case 0: { Exception e = new Exception("x"); e.initCause(e); break; }
                    case 1: { Exception e = new Exception("x", null); e.initCause(new Error()); break; }
                    case 2: { Exception e = new Exception("x"); e.initCause(new Error("a")); e.initCause(new Error("b")); break; }
                    case 3: { Exception e = new Exception("x"); e.initCause(null); e.initCause(new Error("c")); break; }
                    case 4: { Exception e = new Exception("x"); e.addSuppressed(e); break; }
                    case 5: { Exception e = new Exception("x"); e.addSuppressed(null); break; }
                    case 6: { Exception e = new Exception("x"); Throwable r = e.initCause(new Error("ok")); System.out.println("initCause returns this: " + (r == e) + " cause=" + e.getCause()); break; }
                    case 7: { RuntimeException e = new RuntimeException((Throwable) null); System.out.println("msg of null-cause ctor: " + e.getMessage()); e.initCause(new Error()); break; }
                    case 8: { Throwable t = new Throwable("t"); Throwable[] s0 = t.getSuppressed(); t.addSuppressed(new Error("s")); Throwable[] s1 = t.getSuppressed();
                              s1[0] = null; System.out.println("lengths " + s0.length + " " + s1.length + " copy=" + (t.getSuppressed()[0] != null)); break; }
                    case 9: { IllegalStateException e = new IllegalStateException("m", new ArithmeticException("c"));
                              System.out.println("ISE(m,c): " + e + " / " + e.getCause()); 
                              IllegalArgumentException f = new IllegalArgumentException(new ArithmeticException("c2"));
                              System.out.println("IAE(c): " + f.getMessage());
                              UnsupportedOperationException g = new UnsupportedOperationException("u", f);
                              System.out.println("UOE cause cause: " + g.getCause().getCause()); break; }
                    case 10: { Error e = new AssertionError("assert-msg"); System.out.println("AE: " + e + " cause=" + e.getCause());
                               AssertionError a2 = new AssertionError(new IllegalStateException("inner"));
                               System.out.println("AE(obj) msg=" + a2.getMessage() + " cause=" + a2.getCause()); break; }
                    case 11: { ExceptionInInitializerError e = new ExceptionInInitializerError(new ArithmeticException("z"));
                               System.out.println("EIIE: " + e + " getCause=" + e.getCause() + " getException=" + e.getException()); 
                               OutOfMemoryError o = new OutOfMemoryError("oom"); System.out.println(o + " isVME=" + (o instanceof VirtualMachineError)); break; }
                    case 12: { java.io.IOException io = new java.io.IOException("io", new Exception("root"));
                               java.io.UncheckedIOException u = new java.io.UncheckedIOException("unch", io);
                               System.out.println(u + " cause=" + u.getCause() + " rc=" + u.getCause().getCause());
                               java.util.NoSuchElementException n = new java.util.NoSuchElementException("nse");
                               java.util.ConcurrentModificationException c = new java.util.ConcurrentModificationException("cme");
                               System.out.println(n + " " + c + " " + new CloneNotSupportedException("cns") + " " + new InterruptedException("ie")); break; }
                    case 13: { Exception e = new Exception("outer", new Error("inner"));
                               System.out.println("localized=" + e.getLocalizedMessage());
                               e.addSuppressed(new Exception("s1"));
                               e.addSuppressed(new Exception("s1"));
                               System.out.println("supp count " + e.getSuppressed().length);
                               Exception noSupp = new Exception("ns");
                               System.out.println("empty supp " + noSupp.getSuppressed().length + " same array=" + (noSupp.getSuppressed() == noSupp.getSuppressed())); break; }
                }
                System.out.println(k + ": fine");
            } catch (IllegalStateException e) {
                check(k, e);
                System.out.println("   cause of ISE=" + e.getCause());
            } catch (RuntimeException e) {
                check(k, e);
            }
        }
    }
}
