// Loop versioning near the ends of the int range: indexes i + k and i - k where i or the sum is
// close to Integer.MAX_VALUE or MIN_VALUE, a counter that wraps past MAX_VALUE (i <= MAX_VALUE
// never ends until the index throws), large variable offsets whose sum wraps back into a small
// number, and a huge variable step. Every guard must fail safely to the checked loop, which throws
// where HotSpot throws.
public class RcOverflow {
    static int touched;

    static int sumFrom(int[] a, int from, int to, int off) {
        int s = 0;
        touched = 0;
        for (int i = from; i < to; i++) {
            s += a[i - off];
            touched++;
        }
        return s;
    }

    static int sumUpTo(int[] a, int from, int to, int off) {
        int s = 0;
        touched = 0;
        for (int i = from; i <= to; i++) {
            s += a[i + off];
            touched++;
        }
        return s;
    }

    static int sumDown(int[] a, int from, int to, int off) {
        int s = 0;
        touched = 0;
        for (int i = from; i >= to; i--) {
            s += a[i + off];
            touched++;
        }
        return s;
    }

    static int stepped(int[] a, int from, int to, int step) {
        int s = 0;
        touched = 0;
        for (int j = from; j < to; j += step) {
            s += a[j];
            touched++;
        }
        return s;
    }

    static void run(String what, java.util.function.IntSupplier body) {
        try {
            System.out.println(what + " = " + body.getAsInt() + " after " + touched);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(what + ": " + e.getMessage() + " after " + touched);
        }
    }

    public static void main(String[] args) {
        int[] a = new int[8];
        for (int i = 0; i < a.length; i++) {
            a[i] = 1 << i;
        }
        int max = Integer.MAX_VALUE;
        int min = Integer.MIN_VALUE;
        run("near max", () -> sumFrom(a, max - 8, max, max - 8));
        run("near max, one over", () -> sumFrom(a, max - 8, max, max - 7));
        run("wraps past max", () -> sumUpTo(a, max - 3, max, -(max - 5)));
        run("offset wraps", () -> sumFrom(a, 3, 6, min + 2));
        run("offset wraps back", () -> sumUpTo(a, min, min + 3, min));
        run("both huge", () -> sumUpTo(a, max - 2, max - 1, max));
        run("down near min", () -> sumDown(a, min + 3, min, max));
        run("down near min fits", () -> sumDown(a, min + 7, min + 2, max + 1));
        run("down wraps past min", () -> sumDown(a, min + 1, min, -min));
        run("step 2^30", () -> stepped(a, 0, max, 1 << 30));
        run("step max", () -> stepped(a, 1, max, max));
        run("step negative", () -> stepped(a, 5, 7, -1));
        run("step 3", () -> stepped(a, 1, 8, 3));
        run("step 3 to max", () -> stepped(a, 1, max, 3));
    }
}
