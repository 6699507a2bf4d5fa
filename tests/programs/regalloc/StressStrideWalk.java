// Strength reduction with a variable stride (StrengthReduction: a[k * n + j] walked by a pointer
// advanced by n * size bytes): column walks over int, short, char and byte arrays, counting up by
// one and by two and down, matrices too small for n (the checked loop must throw at the same
// element as HotSpot), a stride so large that k * n wraps, and n of 0 and 1.
public class StressStrideWalk {
    static int column(int[] m, int n, int j) {
        int s = 0;
        for (int k = 0; k < n; k++) {
            s += m[k * n + j];
        }
        return s;
    }

    static int columnShort(short[] m, int n, int j) {
        int s = 0;
        for (int k = 0; k < n; k++) {
            s = s * 3 + m[k * n + j];
        }
        return s;
    }

    static int columnChar(char[] m, int n, int j) {
        int s = 0;
        for (int k = 1; k < n; k += 2) {
            s = s * 7 + m[k * n + j];
        }
        return s;
    }

    static int columnByteDown(byte[] m, int n, int j) {
        int s = 0;
        for (int k = n - 1; k >= 0; k--) {
            s = s * 5 + m[n * k + j];
        }
        return s;
    }

    static void transposeInto(int[] src, int[] dst, int n) {
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                dst[k * n + i] = src[i * n + k];
            }
        }
    }

    static int twoColumns(int[] m, int n, int j) {
        int s = 0;
        for (int k = 0; k < n; k++) {
            s += m[k * n + j] * m[k * n + j + 1];
        }
        return s;
    }

    static void tryColumn(int[] m, int n, int j) {
        try {
            System.out.println("column " + n + "," + j + " = " + column(m, n, j));
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("column " + n + "," + j + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        int n = 9;
        int[] m = new int[n * n];
        short[] sm = new short[n * n];
        char[] cm = new char[n * n];
        byte[] bm = new byte[n * n];
        for (int i = 0; i < n * n; i++) {
            m[i] = i * 37 - 400;
            sm[i] = (short) (i * 1021);
            cm[i] = (char) (i * 2999);
            bm[i] = (byte) (i * 13);
        }
        for (int j = 0; j < n; j++) {
            System.out.println(column(m, n, j) + " " + columnShort(sm, n, j) + " " + columnChar(cm, n, j)
                    + " " + columnByteDown(bm, n, j) + " " + (j + 1 < n ? twoColumns(m, n, j) : 0));
        }
        int[] t = new int[n * n];
        transposeInto(m, t, n);
        System.out.println(column(t, n, 4) + " " + t[10] + " " + t[n * n - 1]);
        tryColumn(m, 0, 0);
        tryColumn(m, 1, 0);
        tryColumn(m, 10, 3);   // 10 x 10 > 81 elements: throws at k = 8
        tryColumn(m, 9, 9);    // j = 9 runs past the last row
        tryColumn(m, 9, -1);   // negative at k = 0
        tryColumn(m, 65536 * 2, 1); // k * n wraps around 2^32 at k = 16384, throws at k = 1
        tryColumn(m, 3, 70);
        try {
            System.out.println(columnByteDown(bm, 10, 0));
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("down: " + e.getMessage());
        }
        try {
            System.out.println(columnChar(cm, 12, 2));
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("by two: " + e.getMessage());
        }
    }
}
