// Numeric: Integer/Long bit tricks: bitCount, leading/trailing zeros, highest/lowestOneBit, reverse, rotate, shifts >= width
public class N08BitTricks {
    static int nextPow2(int x) { return x <= 1 ? 1 : Integer.highestOneBit(x - 1) << 1; }
    static long gray(long x) { return x ^ (x >>> 1); }
    static long ungray(long g) { long x = g; for (int s = 1; s < 64; s <<= 1) x ^= x >>> s; return x; }
    public static void main(String[] args) {
        int[] is = { 0, 1, -1, 6, 0x80000000, 0x7FFFFFFF, 0x00F0F000, 12345678, -12345678 };
        for (int i : is) {
            System.out.println(i + ": bc=" + Integer.bitCount(i) + " nlz=" + Integer.numberOfLeadingZeros(i) + " ntz=" + Integer.numberOfTrailingZeros(i)
                + " hob=" + Integer.highestOneBit(i) + " lob=" + Integer.lowestOneBit(i) + " rev=" + Integer.reverse(i) + " rb=" + Integer.reverseBytes(i)
                + " rl5=" + Integer.rotateLeft(i, 5) + " rr37=" + Integer.rotateRight(i, 37) + " sig=" + Integer.signum(i) + " np2=" + nextPow2(i & 0xFFFF));
        }
        long[] ls = { 0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 0x00FF00FF00FF00FFL, 1L << 40, -(1L << 40) + 3, 0x123456789ABCDEFL };
        for (long l : ls) {
            System.out.println(l + ": bc=" + Long.bitCount(l) + " nlz=" + Long.numberOfLeadingZeros(l) + " ntz=" + Long.numberOfTrailingZeros(l)
                + " hob=" + Long.highestOneBit(l) + " lob=" + Long.lowestOneBit(l) + " rev=" + Long.reverse(l) + " rb=" + Long.reverseBytes(l)
                + " rl13=" + Long.rotateLeft(l, 13) + " rr-3=" + Long.rotateRight(l, -3) + " sig=" + Long.signum(l) + " g=" + gray(l) + " ug=" + (ungray(gray(l)) == l));
        }
        int x = 0xDEADBEEF;
        for (int s = 0; s < 70; s += 9) {
            System.out.println("shift " + s + ": " + (x << s) + " " + (x >> s) + " " + (x >>> s) + " " + ((long) x << s) + " " + ((long) x >>> s) + " " + (-1L >>> s));
        }
        long v = 0;
        for (int i = 0; i < 64; i += 3) v |= 1L << i;
        System.out.println("set bits " + Long.toBinaryString(v) + " " + Long.bitCount(v));
        int cnt = 0;
        for (long w = v; w != 0; w &= w - 1) cnt++;
        System.out.println("kernighan " + cnt + " swar " + swar(0xF0F0F0F0) + " parity " + (Long.bitCount(v) & 1));
        System.out.println(Short.reverseBytes((short) 0x1234) + " " + Integer.toHexString(Short.reverseBytes((short) 0x80FF)) + " " + (byte) 0x80 + " " + ((byte) 0x80 >>> 4) + " " + (((byte) 0x80 & 0xFF) >>> 4));
    }
    static int swar(int i) {
        i = i - ((i >>> 1) & 0x55555555);
        i = (i & 0x33333333) + ((i >>> 2) & 0x33333333);
        i = (i + (i >>> 4)) & 0x0f0f0f0f;
        return (i * 0x01010101) >>> 24;
    }
}
