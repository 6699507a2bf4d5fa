// Bit-counting and bit-manipulation tricks written out by hand (Integer.bitCount and friends are
// not available on the device): Kernighan's loop, the SWAR popcount, leading and trailing zero
// counts by binary search, bit reversal, next power of two, and the next permutation of bits.
public class BitTricks {
    static int popKernighan(int x) {
        int n = 0;
        while (x != 0) {
            x &= x - 1;
            n++;
        }
        return n;
    }

    static int popSwar(int x) {
        x = x - ((x >>> 1) & 0x55555555);
        x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
        x = (x + (x >>> 4)) & 0x0f0f0f0f;
        return (x * 0x01010101) >>> 24;
    }

    static int nlz(int x) {
        if (x == 0) return 32;
        int n = 0;
        if ((x & 0xffff0000) == 0) { n += 16; x <<= 16; }
        if ((x & 0xff000000) == 0) { n += 8; x <<= 8; }
        if ((x & 0xf0000000) == 0) { n += 4; x <<= 4; }
        if ((x & 0xc0000000) == 0) { n += 2; x <<= 2; }
        if ((x & 0x80000000) == 0) { n += 1; }
        return n;
    }

    static int ntz(int x) {
        if (x == 0) return 32;
        return 31 - nlz(x & -x);
    }

    static int reverse(int x) {
        x = (x & 0x55555555) << 1 | (x >>> 1) & 0x55555555;
        x = (x & 0x33333333) << 2 | (x >>> 2) & 0x33333333;
        x = (x & 0x0f0f0f0f) << 4 | (x >>> 4) & 0x0f0f0f0f;
        x = (x << 24) | ((x & 0xff00) << 8) | ((x >>> 8) & 0xff00) | (x >>> 24);
        return x;
    }

    static int nextPow2(int x) {
        x--;
        x |= x >>> 1;
        x |= x >>> 2;
        x |= x >>> 4;
        x |= x >>> 8;
        x |= x >>> 16;
        return x + 1;
    }

    static int nextSameBits(int x) {
        int smallest = x & -x;
        int ripple = x + smallest;
        int ones = ((x ^ ripple) >>> 2) / smallest;
        return ripple | ones;
    }

    public static void main(String[] a) {
        int[] xs = { 0, 1, 2, 3, 0x80000000, -1, 0x7fffffff, 0x00f00f00, 0x12345678, 0xdeadbeef, 1 << 16, 96 };
        for (int x : xs) {
            System.out.println(x + ": pop " + popKernighan(x) + "/" + popSwar(x) + " nlz " + nlz(x) + " ntz " + ntz(x)
                    + " rev " + reverse(x) + " nextPow2 " + nextPow2(x) + " isPow2 " + (x != 0 && (x & (x - 1)) == 0));
        }
        int agree = 0;
        int s = 1;
        for (int i = 0; i < 500; i++) {
            s = s * 747796405 + 0xac564b05;
            if (popKernighan(s) == popSwar(s) && reverse(reverse(s)) == s && nlz(s) + ntz(reverse(s)) == 2 * nlz(s)) agree++;
        }
        System.out.println("agree " + agree + " of 500");
        System.out.print("5-bit subsets of 7 bits:");
        int count = 0;
        for (int x = 0x1f; x < 0x80; x = nextSameBits(x)) {
            if (count < 8) System.out.print(" " + x);
            count++;
        }
        System.out.println(" ... " + count + " in all");
        System.out.println("sign of -5: " + (-5 >> 31) + ", abs via mask: " + ((-5 ^ (-5 >> 31)) - (-5 >> 31)));
        int p = 13, q = -8;
        System.out.println("min without branch: " + (q ^ ((p ^ q) & -(p < q ? 1 : 0))) + ", opposite signs: " + ((p ^ q) < 0));
    }
}
