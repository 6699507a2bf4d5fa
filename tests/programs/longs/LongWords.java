// Each long operation in its own method (no constant folding), over a grid of edge values, printed
// word by word: the carry and borrow between words, lcmp on signed high and unsigned low words.
public class LongWords {
    static long add(long a, long b) { return a + b; }
    static long sub(long a, long b) { return a - b; }
    static long neg(long a) { return -a; }
    static int cmp(long a, long b) { return a < b ? -1 : a > b ? 1 : 0; }
    static long shl(long a) { return a << 1; }
    static long ushr(long a) { return a >>> 1; }
    static long mul(long a, long b) { return a * b; }
    static void p(long v) { System.out.println((int) (v >>> 32) + " " + (int) v); }
    public static void main(String[] args) {
        long[] vs = {0, 1, -1, 0xFFFFFFFFL, 0x100000000L, -0x100000000L, 1234567890123L, Long.MIN_VALUE, Long.MAX_VALUE, 7};
        for (long a : vs) for (long b : vs) {
            p(add(a, b)); p(sub(a, b)); System.out.println(cmp(a, b)); p(mul(a, b));
        }
        for (long a : vs) { p(neg(a)); p(shl(a)); p(ushr(a)); }
    }
}
