// Loop-carried values updated by commutative two-address ops (eors, orrs, ands, muls) in every
// operand order: the allocator swaps the operands so the new value takes its phi's register, which
// must never happen when the other operand is still needed after the op, when both operands are
// the same value, or when two phis swap through the op. Each result is printed and compared.
public class Stress3CarriedOps {
    static final int POLY = 0xEDB88320;

    static int crc(int crc, int n) {
        for (int i = 0; i < n; i++) {
            crc = (crc >>> 1) ^ (POLY & -(crc & 1));
        }
        return crc;
    }

    // the shifted value is used again after the xor: swapping must keep it
    static int keepOther(int x, int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            int t = x >>> 3;
            x = t ^ (x * 7);
            s += t;
        }
        return x + s;
    }

    // two carried values that trade places through commutative ops
    static long swapPair(int a, int b, int n) {
        for (int i = 0; i < n; i++) {
            int na = (b * 3) | (a >>> 5);
            int nb = (a + 1) & (b ^ 0x5A5A5A5A);
            a = nb;
            b = na;
        }
        return ((long) a << 32) ^ (b & 0xFFFFFFFFL);
    }

    // x op x, and a value that is an operand twice over a loop
    static int selfOps(int x, int n) {
        for (int i = 0; i < n; i++) {
            x = (x ^ x) + (x | x) + (x & (x >>> 1)) + (x * x) + i;
        }
        return x;
    }

    // many carried values at once, so registers run short and some live in slots
    static int many(int[] a) {
        int h0 = 1, h1 = 2, h2 = 3, h3 = 4, h4 = 5, h5 = 6, h6 = 7, h7 = 8, h8 = 9;
        for (int i = 0; i < a.length; i++) {
            int v = a[i];
            h0 = (v * 31) ^ (h0 >>> 1);
            h1 = (h0 + v) | (h1 << 1);
            h2 = (h1 - v) & (h2 ^ v);
            h3 = (h2 * 3) * (h3 | 1);
            h4 = (h3 >>> 2) ^ (h4 * 5);
            h5 = (h4 & v) | (h5 >>> 7);
            h6 = (h5 ^ h0) ^ (h6 + 1);
            h7 = (h6 | h1) & (h7 - 3);
            h8 = (h7 * h2) ^ (h8 >>> 4);
        }
        return h0 ^ h1 ^ h2 ^ h3 ^ h4 ^ h5 ^ h6 ^ h7 ^ h8;
    }

    // bytes and shorts through extensions the peephole pass drops when redundant
    static int narrow(byte[] b, short[] s) {
        int acc = 0;
        for (int i = 0; i < b.length; i++) {
            byte x = (byte) b[i];
            short y = (short) (byte) s[i];
            char c = (char) (b[i] & 0xFF);
            acc = acc * 17 + x + y + (short) c + (byte) (short) s[i] + ((x & ~y) ^ (~acc & c));
        }
        return acc;
    }

    public static void main(String[] args) {
        System.out.println(crc(0xFFFFFFFF, 1000));
        System.out.println(crc(0, 33));
        System.out.println(keepOther(0x12345678, 100));
        System.out.println(swapPair(7, -9, 77));
        System.out.println(selfOps(3, 50));
        int[] a = new int[200];
        for (int i = 0; i < a.length; i++) {
            a[i] = i * 0x9E3779B9;
        }
        System.out.println(many(a));
        byte[] b = new byte[300];
        short[] s = new short[300];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i * 37);
            s[i] = (short) (i * 1237 - 20000);
        }
        System.out.println(narrow(b, s));
    }
}
