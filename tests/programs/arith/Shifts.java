// ishl, ishr, iushr: Java masks the count to its low 5 bits, so counts of 32 and more and negative
// counts wrap around, unlike the ARM register shifts (which use the low byte). Shifts by constants
// and by variables take different code paths, so both are tested.
public class Shifts {
    static int shl(int x, int n) { return x << n; }
    static int shr(int x, int n) { return x >> n; }
    static int ushr(int x, int n) { return x >>> n; }

    public static void main(String[] a) {
        int[] values = { 1, -1, 0x12345678, 0x80000000, 0x7fffffff, -12345, 0xf0f0f0f0 };
        int[] counts = { 0, 1, 4, 15, 16, 31, 32, 33, 63, 64, -1, -31, -32, 255, 256, 1000, Integer.MIN_VALUE };
        int check = 0;
        for (int i = 0; i < values.length; i++) {
            for (int j = 0; j < counts.length; j++) {
                int x = values[i];
                int n = counts[j];
                int l = shl(x, n);
                int r = shr(x, n);
                int u = ushr(x, n);
                System.out.println(x + " by " + n + ": << " + l + "  >> " + r + "  >>> " + u);
                check = check * 17 + (l ^ r ^ u);
            }
        }
        System.out.println("check = " + check);

        // Constant counts in the instruction stream, including out-of-range ones.
        int x = -200;
        System.out.println("x<<1=" + (x << 1) + " x<<31=" + (x << 31) + " x<<32=" + (x << 32) + " x<<33=" + (x << 33));
        System.out.println("x>>1=" + (x >> 1) + " x>>31=" + (x >> 31) + " x>>32=" + (x >> 32) + " x>>33=" + (x >> 33));
        System.out.println("x>>>1=" + (x >>> 1) + " x>>>31=" + (x >>> 31) + " x>>>32=" + (x >>> 32) + " x>>>33=" + (x >>> 33));
        System.out.println("x<<-1=" + (x << -1) + " x>>-1=" + (x >> -1) + " x>>>-1=" + (x >>> -1));
        System.out.println("x>>>28=" + (x >>> 28) + " x>>28=" + (x >> 28));

        // Compound assignments with shifts.
        int y = 1;
        for (int i = 0; i < 34; i += 3) {
            y <<= 3;
            System.out.println("y <<= 3 -> " + y);
        }
        y = Integer.MIN_VALUE;
        for (int i = 0; i < 6; i++) {
            y >>= 7;
            System.out.println("y >>= 7 -> " + y);
        }
        y = Integer.MIN_VALUE;
        for (int i = 0; i < 6; i++) {
            y >>>= 7;
            System.out.println("y >>>= 7 -> " + y);
        }

        // A shift count computed from data, with and without masking.
        int mask = 0;
        for (int n = -3; n < 40; n += 5) {
            mask |= 1 << n;
            System.out.println("1<<" + n + " = " + (1 << n) + "  mask " + mask);
        }
        // Shifts combine into sign and zero extension.
        int w = 0x000089ab;
        System.out.println("sext16 = " + ((w << 16) >> 16) + "  zext8 = " + ((w << 24) >>> 24) + "  sext8 = " + ((w << 24) >> 24));
    }
}
