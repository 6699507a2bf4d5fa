// Long's static methods and boxed Longs, Math's long and exact methods, System.nanoTime's
// monotonicity: printed for edge values and a pseudo-random walk (xorshift64*).
public class LongMethods {
    static long seed = 0x9E3779B97F4A7C15L;

    static long next() {
        seed ^= seed >>> 12;
        seed ^= seed << 25;
        seed ^= seed >>> 27;
        return seed * 0x2545F4914F6CDD1DL;
    }

    static void show(long x) {
        System.out.println(x + " hex=" + Long.toHexString(x) + " oct=" + Long.toOctalString(x) + " bits=" + Long.bitCount(x)
                + " nlz=" + Long.numberOfLeadingZeros(x) + " ntz=" + Long.numberOfTrailingZeros(x)
                + " hi=" + Long.highestOneBit(x) + " lo=" + Long.lowestOneBit(x) + " sig=" + Long.signum(x)
                + " hash=" + Long.hashCode(x) + " rev=" + Long.reverse(x) + " revb=" + Long.reverseBytes(x)
                + " rotl=" + Long.rotateLeft(x, 17) + " rotr=" + Long.rotateRight(x, 45) + " r36=" + Long.toString(x, 36)
                + " abs=" + Math.abs(x) + " u=" + Long.toUnsignedString(x));
    }

    static String exact(long a, long b) {
        StringBuilder sb = new StringBuilder();
        try { sb.append(Math.addExact(a, b)); } catch (ArithmeticException e) { sb.append(e.getMessage()); }
        sb.append(' ');
        try { sb.append(Math.subtractExact(a, b)); } catch (ArithmeticException e) { sb.append(e.getMessage()); }
        sb.append(' ');
        try { sb.append(Math.multiplyExact(a, b)); } catch (ArithmeticException e) { sb.append(e.getMessage()); }
        sb.append(' ');
        try { sb.append(Math.toIntExact(a)); } catch (ArithmeticException e) { sb.append(e.getMessage()); }
        if (b != 0) {
            sb.append(' ').append(Math.floorDiv(a, b)).append(' ').append(Math.floorMod(a, b));
            sb.append(' ').append(Long.divideUnsigned(a, b)).append(' ').append(Long.remainderUnsigned(a, b));
        }
        sb.append(' ').append(Math.multiplyHigh(a, b)).append(' ').append(Long.compare(a, b))
          .append(' ').append(Long.compareUnsigned(a, b)).append(' ').append(Math.max(a, b)).append(' ').append(Math.min(a, b));
        return sb.toString();
    }

    public static void main(String[] args) {
        long[] edges = {0, 1, -1, 255, 0xFFFFFFFFL, 0x100000000L, Long.MAX_VALUE, Long.MIN_VALUE, -0x80000000L, 1000000007L};
        for (long e : edges) show(e);
        for (int i = 0; i < 12; i++) show(next());
        for (long a : edges) for (long b : edges) System.out.println(a + " " + b + ": " + exact(a, b));
        String[] texts = {"0", "-0", "+42", "9223372036854775807", "-9223372036854775808", "9223372036854775808", "12a", "", "-"};
        for (String t : texts) {
            try { System.out.println(t + " -> " + Long.parseLong(t)); } catch (NumberFormatException e) { System.out.println(e); }
        }
        System.out.println(Long.parseLong("-ff", 16) + " " + Long.parseLong("zzzzzzzzzzzz", 36) + " " + Long.valueOf("77"));
        Long boxed = 127L, other = 127L, big = 128L, big2 = 128L;
        System.out.println((boxed == other) + " " + (big == big2) + " " + big.equals(big2) + " " + big.hashCode() + " " + boxed.compareTo(big));
        long sum = 0;
        for (Long v : new Long[] {1L, 2L, 3L}) sum += v;
        System.out.println(sum + " " + Long.MAX_VALUE + " " + Long.MIN_VALUE + " " + Long.SIZE + " " + Long.BYTES);
        long t1 = System.nanoTime();
        long acc = 0;
        for (int i = 0; i < 1000; i++) acc += next() & 1;
        long t2 = System.nanoTime();
        System.out.println("monotonic " + (t2 >= t1) + " " + (acc > 0) + " " + (System.currentTimeMillis() >= 0));
    }
}
