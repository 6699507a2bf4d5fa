// Numeric: int/long overflow wrap, Math.*Exact exceptions, floorDiv/floorMod/ceilDiv, abs(MIN_VALUE), multiplyHigh
public class N06Overflow {
    interface Op { long run(); }
    static void tryIt(String name, Op op) {
        try { System.out.println(name + " = " + op.run()); }
        catch (ArithmeticException e) { System.out.println(name + " threw " + e.getMessage()); }
    }
    public static void main(String[] args) {
        int imax = Integer.MAX_VALUE, imin = Integer.MIN_VALUE;
        long lmax = Long.MAX_VALUE, lmin = Long.MIN_VALUE;
        System.out.println((imax + 1) + " " + (imin - 1) + " " + (imax * 2) + " " + (imin * -1) + " " + (imin / -1) + " " + (imin % -1));
        System.out.println((lmax + 1) + " " + (lmin - 1) + " " + (lmax * 3) + " " + (lmin * -1) + " " + (lmin / -1) + " " + (lmin % -1));
        System.out.println(Math.abs(imin) + " " + Math.abs(lmin) + " " + (-imin) + " " + (-lmin));
        tryIt("addExact", () -> Math.addExact(imax, 1));
        tryIt("addExactL", () -> Math.addExact(lmax, 1L));
        tryIt("subExact", () -> Math.subtractExact(imin, 1));
        tryIt("mulExact", () -> Math.multiplyExact(65536, 65536));
        tryIt("mulExactL", () -> Math.multiplyExact(1L << 32, 1L << 31));
        tryIt("mulExactLok", () -> Math.multiplyExact(3037000499L, 3037000499L));
        tryIt("negExact", () -> Math.negateExact(imin));
        tryIt("toIntExact", () -> Math.toIntExact(1L << 31));
        tryIt("toIntExactOk", () -> Math.toIntExact(-(1L << 31)));
        tryIt("incExact", () -> Math.incrementExact(lmax));
        tryIt("decExact", () -> Math.decrementExact(imin));
        tryIt("absExact", () -> Math.absExact(lmin));
        tryIt("div0", () -> 5 / (imax - imax));
        tryIt("mod0L", () -> 5L % (lmax - lmax));
        tryIt("floorDiv0", () -> Math.floorDiv(7, 0));
        int[][] pairs = { {7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 3}, {imin, -1}, {imin, 7}, {imax, -7} };
        for (int[] p : pairs) {
            int a = p[0], b = p[1];
            System.out.println(a + "," + b + ": / " + (a / b) + " % " + (a % b) + " fd " + Math.floorDiv(a, b) + " fm " + Math.floorMod(a, b)
                + " cd " + Math.ceilDiv(a, b) + " L fd " + Math.floorDiv((long) a * 3, (long) b) + " fm " + Math.floorMod((long) a * 5, (long) b));
        }
        System.out.println(Math.multiplyHigh(lmax, lmax) + " " + Math.multiplyHigh(lmin, 3) + " " + Math.multiplyFull(imax, imin));
        System.out.println(Math.clamp(5000000000L, 0, 100) + " " + Math.clamp(-5L, -3L, 3L) + " " + Math.floorMod(-7L, 3) + " " + Math.floorDiv(-7L, 2));
        long h = 1125899906842597L;
        for (int i = 0; i < 50; i++) h = 31 * h + i * 0x9E3779B97F4A7C15L;
        System.out.println("hash " + h + " " + (h >>> 7) + " " + (h >> 63) + " " + (int) (h ^ (h >>> 32)));
        int ih = 0;
        for (int i = 0; i < 100; i++) ih = ih * 1000003 ^ i;
        System.out.println("ihash " + ih + " " + (ih >>> 3) + " " + (ih << 29));
        short s = (short) 40000; char c = (char) 70000; byte bb = (byte) (127 + 1);
        System.out.println(s + " " + (int) c + " " + bb + " " + (s * s) + " " + (char) ('A' + 2));
    }
}
