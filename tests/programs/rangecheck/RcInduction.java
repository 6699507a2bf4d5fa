// Induction-variable transformations under attack. Unrolled constant-count loops: an exception in
// the middle of one (the stores before it stay), the counter's value after the loop, a count that
// wraps past Integer.MAX_VALUE, nested small loops. Strength-reduced pointers: short and byte
// elements with negative values (the sign extension must survive addressing by immediate offset),
// a pointer walking down, two names for one array read and written at different offsets in one
// iteration, and element offsets on both sides of the counter.
public class RcInduction {
    static int[] log = new int[12];

    static int unrolledThrow(int[] a) {
        int s = 0;
        for (int k = 0; k < 8; k++) {
            s += a[k];
            log[k] = s;
        }
        return s;
    }

    static int counterAfter(int x) {
        int k;
        for (k = 3; k < 9; k += 2) {
            x = x * 7 + k;
        }
        return x * 100 + k;
    }

    static int nearMax(int x) {
        int steps = 0;
        for (int i = Integer.MAX_VALUE - 3; i > 0; i++) {
            x ^= i;
            steps++;
        }
        return x + steps;
    }

    static int nested(int[] a) {
        int s = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 4; j++) {
                s = s * 3 + a[i * 4 + j];
            }
        }
        return s;
    }

    static int shorts(short[] x, int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s = s * 31 + x[i] + x[i + 1] * 3 + x[i + 3];
        }
        return s;
    }

    static int bytesDown(byte[] b) {
        int s = 0;
        for (int i = b.length - 1; i >= 2; i--) {
            s = s * 17 + b[i] - b[i - 2];
        }
        return s;
    }

    static void shiftInPlace(int[] a, int[] b, int n) {
        for (int i = 0; i < n; i++) {
            a[i + 1] = b[i] + b[i + 2];
        }
    }

    static int around(char[] c, int from, int to) {
        int s = 0;
        for (int i = from; i < to; i++) {
            s = s * 7 + c[i - 1] - c[i + 1] + c[i];
        }
        return s;
    }

    public static void main(String[] args) {
        try {
            System.out.println(unrolledThrow(new int[] {1, 2, 3, 4, 5, 6}));
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("caught " + e.getMessage());
        }
        System.out.println(java.util.Arrays.toString(log));
        System.out.println(unrolledThrow(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9}));
        System.out.println(counterAfter(5));
        System.out.println(nearMax(12345));
        int[] m = new int[12];
        for (int i = 0; i < m.length; i++) {
            m[i] = i - 5;
        }
        System.out.println(nested(m));
        short[] x = {-1, -32768, 32767, -300, 5, -7, 12, -32000};
        System.out.println(shorts(x, 5));
        try {
            System.out.println(shorts(x, 6));
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("caught " + e.getMessage());
        }
        byte[] b = {-128, 127, -1, 3, -50, 90, -2, 0, 77};
        System.out.println(bytesDown(b));
        int[] a = {1, 2, 3, 4, 5, 6, 7, 8};
        shiftInPlace(a, a, 5);
        System.out.println(java.util.Arrays.toString(a));
        int[] c = {1, 2, 3, 4, 5, 6, 7, 8};
        try {
            shiftInPlace(c, c, 6);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("caught " + e.getMessage());
        }
        System.out.println(java.util.Arrays.toString(c));
        char[] t = "induction variables".toCharArray();
        System.out.println(around(t, 1, t.length - 1));
        try {
            System.out.println(around(t, 0, 5));
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("caught " + e.getMessage());
        }
    }
}
