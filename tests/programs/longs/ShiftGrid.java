// Long shifts by constants 0..65 and variable amounts -70..140; compound shifts on locals, statics and arr[k++].
public class ShiftGrid {
    static final long[] V = {0L, 1L, -1L, 0x80000000L, 0xFFFFFFFFL, 0x8000000000000000L, 0x7FFFFFFFFFFFFFFFL,
        0x123456789ABCDEF0L, 0xFEDCBA9876543210L, -2L, 0x00000001_80000001L};
    static long x; // static field target

    public static void main(String[] args) {
        for (int i = 0; i < V.length; i++) {
            long v = V[i];
            // constant shifts 0..63 (unrolled by hand for a few groups)
            System.out.println("v=" + v);
            System.out.println(" c0 " + (v << 0) + " " + (v >> 0) + " " + (v >>> 0));
            System.out.println(" c1 " + (v << 1) + " " + (v >> 1) + " " + (v >>> 1));
            System.out.println(" c15 " + (v << 15) + " " + (v >> 15) + " " + (v >>> 15));
            System.out.println(" c16 " + (v << 16) + " " + (v >> 16) + " " + (v >>> 16));
            System.out.println(" c31 " + (v << 31) + " " + (v >> 31) + " " + (v >>> 31));
            System.out.println(" c32 " + (v << 32) + " " + (v >> 32) + " " + (v >>> 32));
            System.out.println(" c33 " + (v << 33) + " " + (v >> 33) + " " + (v >>> 33));
            System.out.println(" c47 " + (v << 47) + " " + (v >> 47) + " " + (v >>> 47));
            System.out.println(" c48 " + (v << 48) + " " + (v >> 48) + " " + (v >>> 48));
            System.out.println(" c62 " + (v << 62) + " " + (v >> 62) + " " + (v >>> 62));
            System.out.println(" c63 " + (v << 63) + " " + (v >> 63) + " " + (v >>> 63));
            System.out.println(" c64 " + (v << 64) + " " + (v >> 64) + " " + (v >>> 64));
            System.out.println(" c65 " + (v << 65) + " " + (v >> 65) + " " + (v >>> 65));
            System.out.println(" c-1 " + (v << -1) + " " + (v >> -1) + " " + (v >>> -1));
            System.out.println(" c-32 " + (v << -32) + " " + (v >> -32) + " " + (v >>> -32));
            System.out.println(" c96 " + (v << 96) + " " + (v >> 96) + " " + (v >>> 96));
            // variable shifts
            for (int s = -70; s <= 140; s += 1) {
                if (s > -66 && s < -60) continue;
                long a = v << s, b = v >> s, c = v >>> s;
                System.out.println(" s" + s + " " + a + " " + b + " " + c);
            }
            // compound shift assignment on locals, statics, arrays
            long l = v; l <<= 3; l >>= 35; l >>>= i;
            x = v; x <<= i; x >>= 2; x >>>= 33;
            long[] arr = {v, v, v};
            int k = 0;
            arr[k++] <<= i + 30;
            arr[k++] >>= i + 30;
            arr[k] >>>= i + 30;
            System.out.println(" comp " + l + " " + x + " " + arr[0] + " " + arr[1] + " " + arr[2] + " k=" + k);
            // int shifted by long amounts: the shift amount is long -> l2i
            int iv = (int) v;
            long amt = i * 7L + 30;
            System.out.println(" intshift " + (iv << amt) + " " + (iv >> amt) + " " + (iv >>> amt));
        }
    }
}
