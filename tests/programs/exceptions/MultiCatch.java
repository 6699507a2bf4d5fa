// Catch clause selection: multi-catch (A | B) with the catch parameter typed as their common
// supertype, catch order from specific to general, a catch of an interface-free user hierarchy,
// catching Exception vs Error vs Throwable, precise rethrow of a final catch parameter, and the
// handler chosen by the exception's dynamic class, not the static type of the thrown expression.
public class MultiCatch {
    static class AppException extends Exception { AppException(String m) { super(m); } }
    static class NotFound extends AppException { NotFound(String m) { super("not found: " + m); } }
    static class Denied extends AppException { Denied(String m) { super("denied: " + m); } }
    static class Fatal extends Error { Fatal(String m) { super(m); } }

    static void raise(int k) throws AppException {
        switch (k) {
            case 0: throw new NotFound("file");
            case 1: throw new Denied("user");
            case 2: throw new AppException("generic");
            case 3: throw new ArithmeticException("arith");
            case 4: { int[] a = new int[2]; a[k] = 1; }
            case 5: throw new Fatal("fatal");
            case 6: { Exception e = new NotFound("static type Exception"); throw (AppException) e; }
            case 7: { Object o = "str"; Integer i = (Integer) o; }
            default: System.out.println("  no exception for " + k);
        }
    }

    static String classify(int k) {
        try {
            raise(k);
            return "none";
        } catch (NotFound | Denied e) {
            AppException common = e; // the multi-catch parameter has the lub type
            return "NotFound|Denied(" + common.getMessage() + ")";
        } catch (AppException e) {
            return "AppException(" + e.getMessage() + ")";
        } catch (ArithmeticException | ArrayIndexOutOfBoundsException e) {
            return "arith-or-index(" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
        } catch (RuntimeException e) {
            return "runtime(" + e.getClass().getSimpleName() + ")";
        } catch (Error e) {
            return "error(" + e + ")";
        }
    }

    // Precise rethrow: e is declared as Exception but javac knows only AppException can arrive.
    static void rethrow(int k) throws AppException {
        try {
            raise(k);
        } catch (final Exception e) {
            System.out.println("  rethrowing " + e.getClass().getSimpleName());
            throw e;
        }
    }

    public static void main(String[] args) {
        for (int k = 0; k <= 8; k++) System.out.println(k + ": " + classify(k));
        for (int k = 0; k < 4; k++) {
            try {
                rethrow(k);
            } catch (Denied d) {
                System.out.println("  outer got Denied " + d.getMessage());
            } catch (AppException e) {
                System.out.println("  outer got " + e);
            } catch (RuntimeException e) {
                System.out.println("  outer got runtime " + e.getMessage());
            }
        }
        Throwable[] ts = { new NotFound("x"), new Fatal("y"), new AppException("z"), new IllegalStateException() };
        for (Throwable t : ts) {
            try {
                throw t;
            } catch (Exception e) {
                System.out.println("Exception branch: " + e);
            } catch (Throwable e) {
                System.out.println("Throwable branch: " + e);
            }
        }
    }
}
