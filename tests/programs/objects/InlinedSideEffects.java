// Attacks the order of side effects and exceptions once small helpers are inlined into the
// program's loops (the Inliner's reserved loop budget) and the loop optimisations see through
// them: a null check, a bounds check, a division by a loop-invariant zero or an array store check
// inside an inlined helper must not be hoisted ahead of the iteration's earlier effects (counters,
// prints, element stores), nor happen when the loop runs no iteration. After each exception the
// effects made so far are printed with the trace; the last escapes main uncaught.
import java.util.Arrays;

public class InlinedSideEffects {
    static class Box {
        int v;
        Box(int v) { this.v = v; }
    }

    static int calls;

    static int get(Box b) { return b.v; }

    static int at(int[] a, int i) { calls++; return a[i]; }

    static int div(int x, int d) { calls++; return x / d; }

    static void put(int[] a, int i) { a[i] = i * i; }

    static void putRef(Object[] a, int i, Object v) { a[i] = v; }

    static Object label(int i) { return i == 3 ? (Object) Integer.valueOf(i) : "s" + i; }

    static void report(String what, RuntimeException e) {
        System.out.println(what + " calls=" + calls);
        e.printStackTrace(System.out);
        calls = 0;
    }

    static int loopNull(Box b, int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            calls++;
            s += get(b);
        }
        return s;
    }

    static int loopDiv(int d, int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            System.out.println("  iteration " + i);
            s += div(i + 10, d);
        }
        return s;
    }

    public static void main(String[] args) {
        System.out.println("no iterations: " + loopNull(null, 0) + " " + loopDiv(0, 0));
        try {
            loopNull(null, 5);
        } catch (NullPointerException e) {
            report("loopNull", e);
        }
        System.out.println("loopNull(box) " + loopNull(new Box(4), 3));
        calls = 0;
        try {
            loopDiv(0, 3);
        } catch (ArithmeticException e) {
            report("loopDiv", e);
        }

        int[] small = {5, 6, 7};
        int s = 0;
        try {
            for (int i = 0; i < 6; i++) {
                s += at(small, i);
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("partial sum " + s);
            report("at", e);
        }

        int[] squares = new int[4];
        try {
            for (int i = 0; i < 10; i++) {
                put(squares, i);
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(Arrays.toString(squares));
            report("put", e);
        }

        Object[] names = new String[5];
        try {
            for (int i = 0; i < names.length; i++) {
                putRef(names, i, label(i));
            }
        } catch (ArrayStoreException e) {
            System.out.println(Arrays.toString(names));
            report("putRef", e);
        }

        Box[] boxes = {new Box(1), new Box(2), null, new Box(4)};
        s = 0;
        try {
            for (Box b : boxes) {
                s += get(b) * 10;
                calls++;
            }
        } catch (NullPointerException e) {
            System.out.println("boxes sum " + s);
            report("boxes", e);
        }

        Object[] objects = new Object[3];
        for (int i = 0; i < objects.length; i++) {
            putRef(objects, i, label(i + 2));
        }
        System.out.println(Arrays.toString(objects));

        int[] tail = {1, 2};
        for (int i = 0; ; i++) {
            System.out.println("tail " + at(tail, i));
        }
    }
}
