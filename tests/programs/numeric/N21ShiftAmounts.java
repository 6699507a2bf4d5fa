// Numeric: int and long shifts by amounts outside 0..31 (Java takes the low 5 or 6 bits; Thumb's
// register shifts take the low byte, so an amount of 32..255 gives 0 or the sign) and where they
// come from, against HotSpot. The shift-amounts pass makes `amount & 31` an IR value before value
// numbering and loop-invariant code motion: this checks amounts that are negative, 32, 33, 63,
// 255, 256, MIN_VALUE; loop-invariant, loop-variant, from fields, array elements, method results,
// chars and bytes; already masked by & 31, & 15, & 63, & 32; constant amounts >= 32 on a variable
// value; long shifts by int amounts (63, 64, 65, -1); compound assignments that narrow (byte,
// short, char, array elements, fields); the same amount shared across branches; invariant shifts
// in loops that throw midway (partial output and the exception must match) or never run; and
// shift results used as array indexes, where an unmasked amount would index elsewhere or not throw.
public class N21ShiftAmounts {
    static final int[] AMOUNTS = {0, 1, 5, 31, 32, 33, 63, 64, 65, 255, 256, 257, -1, -31, -32, -33,
            Integer.MIN_VALUE, Integer.MAX_VALUE, 0x100, 0x7FFFFF20};
    static final int[] VALUES = {1, -1, 0x12345678, 0x80000000, 0x7FFFFFFF, -0x12345678};

    static int amountField = 33;
    int instanceAmount = -1;
    static int[] amountArray = {32, 33, 63, 255, 256, -1, Integer.MIN_VALUE};
    static int calls;

    static int amountOf(int k) {
        calls++;
        return amountArray[k % amountArray.length];
    }

    static int shl(int x, int n) { return x << n; }
    static int shr(int x, int n) { return x >> n; }
    static int ushr(int x, int n) { return x >>> n; }

    static int h(int h, int v) { return h * 31 + v; }

    /** An invariant amount in a loop: the masked amount may be hoisted, the result must not change. */
    static int invariantLoop(int[] a, int n) {
        int acc = 0;
        for (int i = 0; i < a.length; i++) {
            acc = h(acc, (a[i] << n) ^ (a[i] >> n) ^ (a[i] >>> n));
        }
        return acc;
    }

    /** The amount varies with the loop: -40 .. 300 step 7, crossing every multiple of 32. */
    static int variantLoop(int x) {
        int acc = 0;
        for (int s = -40; s < 300; s += 7) {
            acc = h(acc, x << s);
            acc = h(acc, x >> s);
            acc = h(acc, x >>> s);
            acc = h(acc, 1 << s);
        }
        return acc;
    }

    /** Shifts by the induction variable itself, as strength reduction might rewrite them. */
    static String powers(int limit) {
        StringBuilder sb = new StringBuilder();
        int acc = 0;
        for (int i = 0; i < limit; i++) {
            int p = 1 << i;
            acc = h(acc, p);
            if (i % 8 == 0 || (i >= 30 && i <= 34) || i >= limit - 2) {
                sb.append(i).append(':').append(p).append(',').append(-1 >>> i).append(',').append(Integer.MIN_VALUE >> i).append(' ');
            }
        }
        return sb + "= " + acc;
    }

    static String masked(int x, int n) {
        return (x << (n & 31)) + " " + (x >>> (n & 15)) + " " + (x >> (n & 63)) + " " + (x << (31 & n))
                + " " + (x >>> (n & 32)) + " " + (x << (n & -1)) + " " + (x >> (n & 0xFF)) + " " + (x >>> (n | 32))
                + " " + (x << (n >>> 27)) + " " + (x << (n >> 27)) + " " + (x >>> (n % 40)) + " " + (x << -n) + " " + (x >> ~n);
    }

    static String longs(long x, int n) {
        return (x << n) + " " + (x >> n) + " " + (x >>> n) + " " + ((long) (int) x << n) + " " + (1L << n) + " "
                + (x << (n & 31)) + " " + ((int) x << n) + " " + (x >>> (n & 63));
    }

    /** Compound assignments that narrow: the shift happens in int (or long), then the cast. */
    static String compound(int n) {
        byte b = -128;
        short s = -32768;
        char c = '\uffff';
        int i = 0x87654321;
        long l = 0x8765432187654321L;
        byte[] bs = {-1, -128, 127, 0x55};
        short[] ss = {-1, 0x4000};
        char[] cs = {'\u8000', 'A'};
        b >>>= n;
        s >>>= n;
        c >>= n;
        i <<= n;
        l >>>= n;
        bs[0] >>>= n;
        bs[1] <<= n;
        bs[2] >>= n;
        bs[3] <<= n;
        ss[0] >>>= n;
        ss[1] <<= n;
        cs[0] >>= n;
        cs[1] <<= n;
        amountField <<= n;
        return b + " " + s + " " + (int) c + " " + i + " " + l + " " + bs[0] + " " + bs[1] + " " + bs[2] + " " + bs[3]
                + " " + ss[0] + " " + ss[1] + " " + (int) cs[0] + " " + (int) cs[1];
    }

    /** The same amount in two branches and after them: one masked value may serve all three. */
    static int branches(int x, int n, boolean left) {
        int r;
        if (left) {
            r = x << n;
        } else {
            r = x >>> n;
        }
        return r ^ (x >> n);
    }

    /** An invariant shift in a loop that runs off the end of dst: the output until then must match. */
    static void shiftInto(int[] src, int[] dst, int n) {
        for (int i = 0; i < src.length; i++) {
            dst[i] = src[i] >>> n;
            System.out.print(dst[i] + " ");
        }
        System.out.println();
    }

    /** A loop that never runs (or skips the shift): an amount loaded out of bounds must not be read. */
    static int neverRuns(int[] small, int trips, int x) {
        int acc = 0;
        for (int i = 0; i < trips; i++) {
            if (i > 100) {
                acc += x << small[7];
            }
            acc += x >> small[trips];
        }
        return acc;
    }

    /** Shift results as indexes: a hash table's index by h >>> (32 - bits); bits = 0 means >>> 32. */
    static int bucket(int[] table, int hash, int bits) {
        return table[hash >>> (32 - bits)];
    }

    public static void main(String[] args) {
        for (int x : VALUES) {
            int a = 0;
            StringBuilder sb = new StringBuilder(Integer.toHexString(x) + ":");
            for (int n : AMOUNTS) {
                int l = shl(x, n);
                int r = shr(x, n);
                int u = ushr(x, n);
                if (l != x << (n & 31) || r != x >> (n & 31) || u != x >>> (n & 31)) {
                    sb.append(" bad@").append(n);
                }
                a = h(h(h(a, l), r), u);
            }
            System.out.println(sb + " " + a + " " + shl(x, 32) + " " + shr(x, 33) + " " + ushr(x, -1) + " "
                    + ushr(x, 255) + " " + shr(x, 256) + " " + shl(x, Integer.MIN_VALUE));
        }

        // constant amounts >= 32 or negative on a value the compiler does not know
        int v = VALUES.length > 3 ? 0x89ABCDEF : 0;
        System.out.println((v << 32) + " " + (v >> 32) + " " + (v >>> 32) + " " + (v << 33) + " " + (v >> 33) + " "
                + (v >>> 33) + " " + (v << -1) + " " + (v >> -1) + " " + (v >>> -1) + " " + (v >>> 63) + " " + (v << 255));

        // amounts from a field, an instance field, array elements, method results, chars and bytes
        N21ShiftAmounts o = new N21ShiftAmounts();
        int f = 0;
        for (int k = 0; k < 14; k++) {
            f = h(f, v << amountField);
            f = h(f, v >>> o.instanceAmount);
            f = h(f, v >> amountArray[k % amountArray.length]);
            f = h(f, v << amountOf(k));
            o.instanceAmount -= 7;
        }
        char ch = '\uffff';
        byte by = -97;
        short sh = 0x4021;
        System.out.println("sources " + f + " " + calls + " " + (v << ch) + " " + (v >>> by) + " " + (v >> sh) + " "
                + (v << (char) 32) + " " + (v << (byte) 0x80));

        // invariant amounts in a loop, each of the interesting ones
        int[] data = new int[40];
        for (int i = 0; i < data.length; i++) {
            data[i] = i * 0x9E3779B9;
        }
        StringBuilder inv = new StringBuilder("invariant");
        for (int n : AMOUNTS) {
            inv.append(' ').append(invariantLoop(data, n));
        }
        System.out.println(inv);
        for (int x : VALUES) {
            System.out.println("variant " + variantLoop(x));
        }
        System.out.println(powers(70));

        for (int n : new int[] {3, 17, 31, 32, 33, 47, 63, 64, -1, -17, Integer.MIN_VALUE}) {
            System.out.println("masked " + n + ": " + masked(0xF00FF00F, n));
        }
        for (int n : new int[] {0, 1, 31, 32, 33, 63, 64, 65, 127, -1, -63, -64, Integer.MIN_VALUE}) {
            System.out.println("long " + n + ": " + longs(0xF0000000_0000000FL, n) + " | " + longs(-2, n));
        }
        for (int n : new int[] {1, 4, 7, 8, 9, 15, 16, 17, 24, 31, 32, 33, -1, -24, 255}) {
            amountField = 0x40000001;
            System.out.println("compound " + n + ": " + compound(n) + " " + amountField);
        }
        StringBuilder br = new StringBuilder("branches");
        for (int n : new int[] {4, 32, 36, -4}) {
            br.append(' ').append(branches(0xC0DE1234, n, true)).append('/').append(branches(0xC0DE1234, n, false));
        }
        System.out.println(br);

        // a loop that throws partway
        int[] src = {-1, -2, -3, -4, -5, -6, -7, -8};
        int[] dst = new int[5];
        for (int n : new int[] {28, 60, -4}) {
            try {
                shiftInto(src, dst, n);
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println("| " + e.getMessage() + " dst[4]=" + dst[4]);
            }
        }
        int[] small = {33, 34, 35};
        System.out.println("never " + neverRuns(small, 0, 0x1234) + " " + neverRuns(small, 2, 0x12340000));
        try {
            System.out.println(neverRuns(small, 3, 5));
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("never(3): " + e.getMessage());
        }

        // shift results as array indexes
        int[] table = new int[16];
        for (int i = 0; i < table.length; i++) {
            table[i] = i * 100;
        }
        System.out.println("bucket " + bucket(table, 0xABCDEF01, 4) + " " + bucket(table, 0x0FFFFFFF, 4) + " "
                + bucket(table, 5, 36) + " " + table[(1 << 36) - 1] + " " + table[-1 >>> 60] + " " + table[0x3C >> 34]);
        int[] hits = new int[8];
        for (int i = 0; i < 64; i++) {
            hits[(0xE5 >>> i) & 7]++;
        }
        System.out.println(java.util.Arrays.toString(hits));
        try {
            System.out.println(bucket(table, 0xABCDEF01, 0));
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("bits 0: " + e.getMessage());
        }
        // uncaught: the index an amount of 32 leaves unshifted
        System.out.println(bucket(table, 0x20, 64));
    }
}
