// Fill loops (a[i] = v over a range of i), which rtgo turns into block fills that store whole
// words: byte, short, char, boolean, int and long arrays; every start 0..4 (unaligned starts) and
// every length 0..9; the fill value from a variable (and its high bits cut off by the element
// type); ranges whose end is past the array (the valid prefix is stored, then the exception names
// the first bad index) or whose start is negative (nothing stored); Arrays.fill over whole arrays
// and ranges, with its own range errors. Each array is printed after each fill.
import java.util.Arrays;

public class FillRanges {
    static void fillBytes(byte[] a, int from, int to, byte v) {
        for (int i = from; i < to; i++) {
            a[i] = v;
        }
    }

    static void fillShorts(short[] a, int from, int to, short v) {
        for (int i = from; i < to; i++) {
            a[i] = v;
        }
    }

    static void fillChars(char[] a, int from, int to, char v) {
        for (int i = from; i < to; i++) {
            a[i] = v;
        }
    }

    static void fillBooleans(boolean[] a, int from, int to, boolean v) {
        for (int i = from; i < to; i++) {
            a[i] = v;
        }
    }

    static void fillInts(int[] a, int from, int to, int v) {
        for (int i = from; i < to; i++) {
            a[i] = v;
        }
    }

    static void fillLongs(long[] a, int from, int to, long v) {
        for (int i = from; i < to; i++) {
            a[i] = v;
        }
    }

    /** A fill whose value is an int narrowed by the store, from a variable. */
    static void fillNarrowed(byte[] b, short[] s, char[] c, int n, int v) {
        for (int i = 0; i < n; i++) {
            b[i] = (byte) v;
        }
        for (int i = 0; i < n; i++) {
            s[i] = (short) v;
        }
        for (int i = 0; i < n; i++) {
            c[i] = (char) v;
        }
    }

    static int checksum(byte[] a) {
        int h = 0;
        for (byte x : a) {
            h = h * 31 + x;
        }
        return h;
    }

    public static void main(String[] args) {
        int v = args.length + 0x5A;
        // every start and length on fresh arrays: checks that nothing outside [from, to) changes
        for (int from = 0; from <= 4; from++) {
            for (int len = 0; len <= 9; len++) {
                byte[] b = new byte[16];
                short[] s = new short[16];
                char[] c = new char[16];
                boolean[] z = new boolean[16];
                int[] n = new int[16];
                long[] l = new long[16];
                fillBytes(b, from, from + len, (byte) v);
                fillShorts(s, from, from + len, (short) (v * 300));
                fillChars(c, from, from + len, (char) (v + 0x4100));
                fillBooleans(z, from, from + len, true);
                fillInts(n, from, from + len, v * 0x01020304);
                fillLongs(l, from, from + len, v * 0x100000003L);
                System.out.println(from + "+" + len + " " + Arrays.toString(b) + " " + Arrays.toString(s));
                System.out.println("  " + new String(c).replace('\0', '.') + " " + Arrays.toString(z));
                System.out.println("  " + Arrays.toString(n) + " " + Arrays.hashCode(l));
            }
        }
        // the end past the array: the prefix is stored, then the first bad index is reported
        byte[] b = new byte[7];
        try {
            fillBytes(b, 2, 11, (byte) -3);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("bytes: " + e.getMessage() + " " + Arrays.toString(b));
        }
        char[] c = new char[5];
        try {
            fillChars(c, 1, 6, 'q');
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("chars: " + e.getMessage() + " " + new String(c).replace('\0', '.'));
        }
        int[] n = new int[6];
        try {
            fillInts(n, 3, Integer.MAX_VALUE, -1);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("ints: " + e.getMessage() + " " + Arrays.toString(n));
        }
        short[] s = new short[4];
        try {
            fillShorts(s, -2, 3, (short) 9);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("shorts: " + e.getMessage() + " " + Arrays.toString(s));
        }
        long[] l = new long[3];
        try {
            fillLongs(l, 1, 4, 77L);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("longs: " + e.getMessage() + " " + Arrays.toString(l));
        }
        boolean[] z = new boolean[2];
        try {
            fillBooleans(z, 0, 3, true);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("booleans: " + e.getMessage() + " " + Arrays.toString(z));
        }
        try {
            fillBytes(null, 0, 1, (byte) 1);
        } catch (NullPointerException e) {
            System.out.println("null: " + e.getMessage());
        }
        fillBytes(null, 3, 3, (byte) 1); // an empty range touches nothing, not even a null array
        // narrowed values from a variable
        byte[] nb = new byte[11];
        short[] ns = new short[11];
        char[] nc = new char[11];
        for (int k = 0; k <= 11; k += 3) {
            fillNarrowed(nb, ns, nc, k, 0x12345 * (k + 1) + v);
            System.out.println("narrowed " + k + " " + Arrays.toString(nb) + " " + Arrays.toString(ns)
                    + " " + (int) nc[0] + " " + (int) nc[10] + " " + checksum(nb));
        }
        // Arrays.fill, whole arrays and ranges
        byte[] ab = new byte[13];
        Arrays.fill(ab, (byte) 7);
        Arrays.fill(ab, 3, 10, (byte) -8);
        char[] ac = new char[9];
        Arrays.fill(ac, 'x');
        Arrays.fill(ac, 1, 2, 'y');
        int[] ai = new int[10];
        Arrays.fill(ai, 5, 9, v);
        short[] as = new short[5];
        Arrays.fill(as, (short) -1);
        boolean[] az = new boolean[6];
        Arrays.fill(az, 4, 6, true);
        System.out.println(Arrays.toString(ab) + " " + new String(ac) + " " + Arrays.toString(ai) + " "
                + Arrays.toString(as) + " " + Arrays.toString(az));
        try {
            Arrays.fill(ai, 4, 11, 3);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("fill: " + e.getMessage() + " " + Arrays.toString(ai));
        }
        try {
            Arrays.fill(ab, 6, 2, (byte) 3);
        } catch (IllegalArgumentException e) {
            System.out.println("fill: " + e.getMessage());
        }
        try {
            Arrays.fill(ac, -1, 2, 'z');
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("fill: " + e.getMessage() + " " + new String(ac));
        }
    }
}
