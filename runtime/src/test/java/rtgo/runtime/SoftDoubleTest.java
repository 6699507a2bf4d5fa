package rtgo.runtime;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * SoftDouble against the host's hardware double arithmetic, compared as raw bits: edge operands
 * pairwise, then random bit patterns and random operands with close exponents (cancellation,
 * rounding). NaN payloads must match too, except where HotSpot itself is inconsistent: add and
 * mul with two NaN operands (first NaN when compiled, second when interpreted), and floor, ceil
 * and rint of a NaN (returned as is or quieted, sign kept or cleared, by StrictMath's Java code
 * and by C2's roundsd).
 */
class SoftDoubleTest {
    private static final int RANDOM_PAIRS = 3_000_000;
    private static final long QUIET = 0x0008000000000000L;

    static double d(long bits) {
        return Double.longBitsToDouble(bits);
    }

    static long bits(double value) {
        return Double.doubleToRawLongBits(value);
    }

    static boolean isNaN(long x) {
        return (x & 0x7fffffffffffffffL) > 0x7ff0000000000000L;
    }

    static long[] edges() {
        long[] base = {0, 1, 2, 3, 0x000fffffffffffffL, 0x000ffffffffffffeL, 0x0008000000000000L,
                0x0008000000000001L, 0x0007ffffffffffffL, 0x0010000000000000L, 0x0010000000000001L,
                0x7fefffffffffffffL, 0x7feffffffffffffeL, 0x7fe0000000000000L, 0x7ff0000000000000L,
                0x7ff0000000000001L, 0x7ff8000000000000L, 0x7ff8000000000001L, 0x7ff4000000000000L,
                0x7fffffffffffffffL, 0x3ff0000000000000L, 0x3ff0000000000001L, 0x3fefffffffffffffL,
                0x3fe0000000000000L, 0x3ff8000000000000L, 0x4000000000000000L, 0x4008000000000000L,
                0x3fd5555555555555L, 0x4340000000000000L, 0x433fffffffffffffL, 0x4340000000000001L,
                0x4330000000000000L, 0x4330000000000001L, 0x432fffffffffffffL, 0x41dfffffffc00000L,
                0x41e0000000000000L, 0x41dfffffffffffffL, 0x41e0000000000001L, 0x43dfffffffffffffL,
                0x43e0000000000000L, 0x43e0000000000001L, 0x3ca0000000000000L, 0x3ca0000000000001L,
                0x3c9fffffffffffffL, 0x3cb0000000000000L, 0x001fffffffffffffL, 0x0020000000000000L,
                0x3fdfffffffffffffL, 0x3fe0000000000001L, 0x3ff7ffffffffffffL, 0x3ff8000000000001L,
                0x3fe8000000000000L, 0x4004000000000000L, 0x400c000000000000L, 0x4338000000000000L,
                0x4338000000000001L, 0x3fffffffffffffffL, 0x7fd0000000000000L, 0x10, 0x0000100000000000L,
                0x3690000000000000L, 0x36a0000000000000L, 0x3810000000000000L, 0x380fffffffffffffL,
                0x47efffffe0000000L, 0x47efffffefffffffL, 0x47effffff0000000L, 0x47f0000000000000L,
                0x36a0000000000001L, 0x369fffffffffffffL, 0x3680000000000000L, 0x3e70000000000000L,
                0x3ff0000010000000L, 0x3ff0000030000000L, 0x3ff0000010000001L};
        long[] all = new long[base.length * 2];
        for (int i = 0; i < base.length; i++) {
            all[2 * i] = base[i];
            all[2 * i + 1] = base[i] ^ 0x8000000000000000L;
        }
        return all;
    }

    /** A random double: raw bits, or with an exponent near {@code near}'s, or few significand bits. */
    static long randomOperand(SplittableRandom random, long near) {
        int kind = random.nextInt(12);
        long x = random.nextLong();
        long en = (near >>> 52) & 0x7ff;
        switch (kind) {
            case 8, 9, 10, 11: {
                // products and quotients near the subnormal range and near overflow
                long[] targets = {1023 - en, 3069 - en, en + 1023, en - 1023};
                long e = targets[kind - 8] + random.nextInt(-54, 4);
                e = Math.max(0, Math.min(0x7ff, e));
                return (x & 0x800fffffffffffffL) | (e << 52);
            }
            case 0, 1, 2:
                return x;
            case 3, 4, 5: {
                long e = ((near >>> 52) & 0x7ff) + random.nextInt(-60, 61);
                e = Math.max(0, Math.min(0x7ff, e));
                return (x & 0x800fffffffffffffL) | (e << 52);
            }
            case 6: {
                long e = random.nextInt(0x800);
                long m = (x & 0x000fffffffffffffL) & (0x000fffffffffffffL << random.nextInt(53));
                return (x & 0x8000000000000000L) | (e << 52) | m;
            }
            default: {
                long e = random.nextInt(3) == 0 ? 0 : random.nextInt(1, 70);
                return (x & 0x800fffffffffffffL) | (e << 52);
            }
        }
    }

    private static String hex(long x) {
        return String.format("0x%016x", x);
    }

    private static void checkBinary(String name, LongBinaryOperator soft, LongBinaryOperator hard,
            boolean eitherNaN, long a, long b) {
        long expected = hard.applyAsLong(a, b);
        long actual = soft.applyAsLong(a, b);
        if (actual == expected) {
            return;
        }
        if (eitherNaN && isNaN(a) && isNaN(b)
                && (actual == (a | QUIET) || actual == (b | QUIET))
                && (expected == (a | QUIET) || expected == (b | QUIET))) {
            return;
        }
        fail(name + "(" + hex(a) + ", " + hex(b) + "): expected " + hex(expected) + " but was "
                + hex(actual) + " [" + d(a) + " " + name + " " + d(b) + " = " + d(expected) + "]");
    }

    private static void binary(String name, LongBinaryOperator soft, LongBinaryOperator hard,
            boolean eitherNaN, int randomPairs) {
        long count = 0;
        long[] edges = edges();
        for (long a : edges) {
            for (long b : edges) {
                checkBinary(name, soft, hard, eitherNaN, a, b);
                count++;
            }
        }
        SplittableRandom random = new SplittableRandom(name.hashCode());
        for (int i = 0; i < randomPairs; i++) {
            long a = random.nextInt(4) == 0 ? edges[random.nextInt(edges.length)] : random.nextLong();
            long b = randomOperand(random, a);
            if (random.nextBoolean()) {
                long t = a;
                a = b;
                b = t;
            }
            checkBinary(name, soft, hard, eitherNaN, a, b);
            count++;
        }
        System.out.println("SoftDouble." + name + ": " + count + " cases");
    }

    @Test
    void add() {
        binary("add", SoftDouble::add, (a, b) -> bits(d(a) + d(b)), true, RANDOM_PAIRS);
    }

    @Test
    void sub() {
        binary("sub", SoftDouble::sub, (a, b) -> bits(d(a) - d(b)), false, RANDOM_PAIRS);
    }

    @Test
    void mul() {
        binary("mul", SoftDouble::mul, (a, b) -> bits(d(a) * d(b)), true, RANDOM_PAIRS);
    }

    @Test
    void div() {
        binary("div", SoftDouble::div, (a, b) -> bits(d(a) / d(b)), false, RANDOM_PAIRS);
    }

    @Test
    void rem() {
        binary("rem", SoftDouble::rem, (a, b) -> bits(d(a) % d(b)), false, RANDOM_PAIRS);
    }

    @Test
    void compare() {
        binary("cmpl", (a, b) -> SoftDouble.cmpl(a, b), (a, b) -> {
            double x = d(a);
            double y = d(b);
            return x > y ? 1 : x == y ? 0 : -1; // javac compiles this to dcmpl
        }, false, RANDOM_PAIRS / 2);
        binary("cmpg", (a, b) -> SoftDouble.cmpg(a, b), (a, b) -> {
            double x = d(a);
            double y = d(b);
            return x < y ? -1 : x == y ? 0 : 1; // dcmpg
        }, false, RANDOM_PAIRS / 2);
    }

    /** Edge doubles, every double around the conversion limits, and random ones. */
    static long[] doubleOperands(long seed) {
        List<Long> list = new ArrayList<>();
        for (long e : edges()) {
            list.add(e);
        }
        long[] centres = {0x3fe0000000000000L, 0x3ff0000000000000L, 0x4330000000000000L,
                0x4340000000000000L, 0x41e0000000000000L, 0x43e0000000000000L, 0x3ff8000000000000L,
                0x4004000000000000L, 0x0010000000000000L, 0, 0x7ff0000000000000L,
                0x41d0000000000000L, 0x47efffffe0000000L, 0x47f0000000000000L, 0x3810000000000000L,
                0x36a0000000000000L, 0x3690000000000000L, 0x3ff0000010000000L, 0x4338000000000000L,
                0x7fefffffffffffffL, 0x3ff0000000000001L};
        for (long c : centres) {
            for (long delta = -300; delta <= 300; delta++) {
                list.add(c + delta);
                list.add((c + delta) ^ 0x8000000000000000L);
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 1_000_000; i++) {
            long x = i % 2 == 0 ? random.nextLong() : randomOperand(random, 0x4330000000000000L);
            if (i % 7 == 0) {
                // near float's range and halfway cases for d2f
                x = (x & 0x801fffffffffffffL) | ((long) random.nextInt(0x360, 0x480) << 52);
                x &= ~((1L << random.nextInt(30)) - 1);
            }
            list.add(x);
        }
        long[] out = new long[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }

    private interface Check {
        boolean accept(long operand, long expected, long actual);
    }

    private static void unary(String name, LongUnaryOperator soft, LongUnaryOperator hard,
            long[] operands, Check nanRule) {
        for (long a : operands) {
            long expected = hard.applyAsLong(a);
            long actual = soft.applyAsLong(a);
            if (actual != expected && !(nanRule != null && nanRule.accept(a, expected, actual))) {
                fail(name + "(" + hex(a) + "): expected " + hex(expected) + " but was " + hex(actual)
                        + " [" + d(a) + "]");
            }
        }
    }

    @Test
    void conversions() {
        long[] operands = doubleOperands(1);
        unary("toInt", a -> SoftDouble.toInt(a), a -> (int) d(a), operands, null);
        unary("toLong", SoftDouble::toLong, a -> (long) d(a), operands, null);
        unary("round", SoftDouble::round, a -> Math.round(d(a)), operands, null);
        unary("toFloat", a -> SoftDouble.toFloat(a), a -> Float.floatToRawIntBits((float) d(a)),
                operands, null);
        System.out.println("SoftDouble.toInt/toLong/round/toFloat: " + operands.length + " cases each");
    }

    @Test
    void floorCeilRintSqrt() {
        long[] operands = doubleOperands(2);
        Check nan = (a, expected, actual) -> isNaN(a)
                && (actual == a || actual == (a | QUIET) || actual == ((a | QUIET) & Long.MAX_VALUE))
                && (expected == a || expected == (a | QUIET)
                        || expected == ((a | QUIET) & Long.MAX_VALUE));
        unary("floor", SoftDouble::floor, a -> bits(Math.floor(d(a))), operands, nan);
        unary("ceil", SoftDouble::ceil, a -> bits(Math.ceil(d(a))), operands, nan);
        unary("rint", SoftDouble::rint, a -> bits(Math.rint(d(a))), operands, nan);
        unary("sqrt", SoftDouble::sqrt, a -> bits(Math.sqrt(d(a))), operands, null);
        // sqrt of random positive doubles (most of the above are negative half the time)
        long[] positive = new long[operands.length];
        for (int i = 0; i < operands.length; i++) {
            positive[i] = operands[i] & Long.MAX_VALUE;
        }
        unary("sqrt", SoftDouble::sqrt, a -> bits(Math.sqrt(d(a))), positive, null);
        System.out.println("SoftDouble.floor/ceil/rint: " + operands.length + " cases each, sqrt: "
                + 2 * operands.length);
    }

    @Test
    void roundingToIntegersAtHalves() {
        // n + 1/2 and its neighbours for every size of n: ties for rint and round, and the
        // boundaries of floor and ceil
        SplittableRandom random = new SplittableRandom(7);
        long count = 0;
        for (int i = 0; i < 200_000; i++) {
            long n = random.nextLong(1L << 53) >>> random.nextInt(54);
            long half = bits(n + 0.5);
            for (long delta = -2; delta <= 2; delta++) {
                for (long sign = 0; sign <= 1; sign++) {
                    long x = (half + delta) ^ (sign << 63);
                    double v = d(x);
                    check("floor", SoftDouble.floor(x), bits(Math.floor(v)), x);
                    check("ceil", SoftDouble.ceil(x), bits(Math.ceil(v)), x);
                    check("rint", SoftDouble.rint(x), bits(Math.rint(v)), x);
                    check("round", SoftDouble.round(x), Math.round(v), x);
                    count++;
                }
            }
        }
        System.out.println("SoftDouble.floor/ceil/rint/round at halves: " + count + " cases each");
    }

    private static void check(String name, long actual, long expected, long operand) {
        if (actual != expected) {
            fail(name + "(" + hex(operand) + "): expected " + hex(expected) + " but was "
                    + hex(actual) + " [" + d(operand) + "]");
        }
    }

    @Test
    void sqrtOfSquaresAndTheirNeighbours() {
        SplittableRandom random = new SplittableRandom(6);
        long count = 0;
        for (int i = 0; i < 300_000; i++) {
            // k^2 is exact for k < 2^26; its neighbours have roots just off an integer
            long k = random.nextLong(1, 1L << 26) >>> random.nextInt(20);
            long square = bits((double) (k * k));
            long scale = (long) (random.nextInt(-500, 500) * 2) << 52;
            for (long delta = -2; delta <= 2; delta++) {
                long x = square + delta + scale;
                long expected = bits(Math.sqrt(d(x)));
                long actual = SoftDouble.sqrt(x);
                if (expected != actual) {
                    fail("sqrt(" + hex(x) + "): expected " + hex(expected) + " but was " + hex(actual));
                }
                count++;
            }
        }
        System.out.println("SoftDouble.sqrt of squares: " + count + " cases");
    }

    @Test
    void fromIntAndLong() {
        List<Long> values = new ArrayList<>();
        for (int shift = 0; shift < 64; shift++) {
            for (long delta = -70; delta <= 70; delta++) {
                long p = 1L << shift;
                values.add(p + delta);
                values.add(-p + delta);
                values.add((p + delta) << 10);
                values.add(p + (delta << Math.max(0, shift - 55)));
            }
        }
        values.add(Long.MIN_VALUE);
        values.add(Long.MAX_VALUE);
        values.add((long) Integer.MIN_VALUE);
        values.add((long) Integer.MAX_VALUE);
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 1_000_000; i++) {
            values.add(random.nextLong() >> random.nextInt(64));
        }
        for (long l : values) {
            int i = (int) l;
            long expectedI = bits((double) i);
            long actualI = SoftDouble.fromInt(i);
            if (expectedI != actualI) {
                fail("fromInt(" + i + "): expected " + hex(expectedI) + " but was " + hex(actualI));
            }
            long expectedL = bits((double) l);
            long actualL = SoftDouble.fromLong(l);
            if (expectedL != actualL) {
                fail("fromLong(" + l + "): expected " + hex(expectedL) + " but was " + hex(actualL));
            }
        }
        System.out.println("SoftDouble.fromInt/fromLong: " + values.size() + " cases each");
    }

    @Test
    void mul32() {
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 200_000; i++) {
            int x = random.nextInt();
            int y = random.nextInt() >>> random.nextInt(32);
            long expected = (x & 0xffffffffL) * (y & 0xffffffffL);
            if (SoftDouble.mul32(x, y) != expected) {
                fail("mul32(" + x + ", " + y + ")");
            }
        }
    }
}
