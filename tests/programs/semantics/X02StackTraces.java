// Extra: exception stack traces: printStackTrace with causes ("Caused by", "... n more"), suppressed, traces through lambdas and constructors, uncaught at the end
import java.util.function.*;
public class X02StackTraces {
    static class AppException extends RuntimeException { AppException(String m, Throwable c) { super(m, c); } }
    static final class Widget {
        final int size;
        Widget(int size) { if (size < 0) throw new IllegalArgumentException("size " + size); this.size = size; }
    }
    static int level3(int x) { if (x > 2) throw new IllegalStateException("too deep: " + x); return level3(x + 1); }
    static int level2() { return level3(0) + 1; }
    static void level1() {
        try { level2(); }
        catch (IllegalStateException e) { throw new AppException("level1 failed", e); }
    }
    public static void main(String[] args) {
        try { level1(); } catch (AppException e) { e.printStackTrace(System.out); }
        try { new Widget(-1); } catch (IllegalArgumentException e) { e.printStackTrace(System.out); }
        Function<Integer, Integer> f = x -> 10 / x;
        try { f.apply(0); } catch (ArithmeticException e) { System.out.println(e); }
        Exception prim = new Exception("primary");
        prim.addSuppressed(new RuntimeException("suppressed one"));
        prim.printStackTrace(System.out);
        Throwable t = new Throwable("plain");
        System.out.println(t + " | " + t.getMessage() + " | " + new RuntimeException().getMessage() + " | " + new RuntimeException(new Error("inner")).getMessage());
        System.out.flush();
        int[] a = new int[2];
        a[level3Safe()] = 1;
    }
    static int level3Safe() { return 5; }
}
