// Loop versioning must keep exceptions exact: a counted loop whose index a[i + k] runs past the
// end in the middle of the loop throws at exactly that iteration, the stores of the earlier
// iterations stay visible, and the message and stack trace are HotSpot's. Also a loop whose guard
// passes (same shape, smaller bound), a down-counting loop that reaches -1, an index b - i with b
// one too large, and the uncaught case that ends the program.
public class RcMidLoopThrow {
    static int[] out = new int[16];

    static int shifted(int[] a, int n, int k) {
        int sum = 0;
        for (int i = 0; i < n; i++) {
            sum += a[i + k];
            out[i] = sum;
        }
        return sum;
    }

    static int down(int[] a, int from, int to) {
        int sum = 0;
        for (int i = from; i >= to; i--) {
            sum = sum * 3 + a[i];
            out[i & 15] = sum;
        }
        return sum;
    }

    static int reversed(short[] x, short[] h, int n) {
        int acc = 0;
        for (int k = 0; k < h.length; k++) {
            acc += x[n - k] * h[k];
            out[k & 15] = acc;
        }
        return acc;
    }

    static void show(String what) {
        StringBuilder sb = new StringBuilder(what).append(':');
        for (int v : out) {
            sb.append(' ').append(v);
        }
        System.out.println(sb);
        java.util.Arrays.fill(out, 0);
    }

    static int[] ramp(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i * 7 + 1;
        }
        return a;
    }

    public static void main(String[] args) {
        int[] a = ramp(10);
        System.out.println(shifted(a, 8, 2));
        show("fits");
        try {
            System.out.println(shifted(a, 8, 3));
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("caught " + e.getMessage());
            e.printStackTrace(System.out);
        }
        show("past end at i=7");
        try {
            System.out.println(shifted(a, 6, -2));
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("caught " + e.getMessage());
        }
        show("negative first");
        System.out.println(down(a, 9, 0));
        show("down fits");
        try {
            System.out.println(down(a, 9, -1));
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("caught " + e.getMessage());
            e.printStackTrace(System.out);
        }
        show("down to -1");
        try {
            System.out.println(down(a, 12, 5));
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("caught " + e.getMessage());
        }
        show("down from past end");
        short[] x = new short[20];
        short[] h = new short[8];
        for (int i = 0; i < x.length; i++) {
            x[i] = (short) (i * 3 - 5);
        }
        for (int i = 0; i < h.length; i++) {
            h[i] = (short) (i + 1);
        }
        System.out.println(reversed(x, h, 7));
        show("reversed fits");
        try {
            System.out.println(reversed(x, h, 5));
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("caught " + e.getMessage());
        }
        show("reversed below zero at k=6");
        try {
            System.out.println(reversed(x, h, 20));
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("caught " + e.getMessage());
        }
        show("reversed past end at k=0");
        shifted(a, 9, 2);
    }
}
