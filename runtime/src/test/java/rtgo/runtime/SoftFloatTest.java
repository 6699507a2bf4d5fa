package rtgo.runtime;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;

/**
 * SoftFloat against the host's hardware float arithmetic, compared as raw bits: edge operands
 * pairwise, then random bit patterns and random operands with close exponents (cancellation,
 * rounding). NaN payloads must match too, except where HotSpot itself is inconsistent: add and
 * mul with two NaN operands return the first NaN when compiled and the second when interpreted,
 * so either is accepted there.
 */
class SoftFloatTest {
    private static final int RANDOM_PAIRS = 4_000_000;

    static float f(int bits) {
        return Float.intBitsToFloat(bits);
    }

    static int bits(float value) {
        return Float.floatToRawIntBits(value);
    }

    static boolean isNaN(int x) {
        return (x & 0x7fffffff) > 0x7f800000;
    }

    static int[] edges() {
        int[] base = {0, 1, 2, 3, 0x7fffff, 0x7ffffe, 0x400000, 0x400001, 0x3fffff, 0x800000,
                0x800001, 0x7f7fffff, 0x7f7ffffe, 0x7f000000, 0x7f800000, 0x7f800001, 0x7fc00000,
                0x7fc00001, 0x7fa00000, 0x7fffffff, 0x3f800000, 0x3f800001, 0x3f7fffff,
                0x3f000000, 0x3fc00000, 0x40000000, 0x40400000, 0x3eaaaaab, 0x4b800000,
                0x4b7fffff, 0x4b800001, 0x4b000000, 0x4b000001, 0x4effffff, 0x4f000000, 0x4f000001,
                0x5effffff, 0x5f000000, 0x5f000001, 0x33800000, 0x33800001, 0x337fffff, 0x34000000,
                0x00ffffff, 0x01000000, 0x0c000000, 0x3effffff, 0x3f000001, 0x3fbfffff, 0x3fc00001,
                0x3f400000, 0x40200000, 0x40600000, 0x4b400000, 0x4b400001, 0x3fffffff,
                0x7e800000, 0x00000010, 0x00100000, 0x34800000, 0x26800000};
        int[] all = new int[base.length * 2];
        for (int i = 0; i < base.length; i++) {
            all[2 * i] = base[i];
            all[2 * i + 1] = base[i] ^ 0x80000000;
        }
        return all;
    }

    /** A random float: raw bits, or with an exponent near {@code near}'s, or few significand bits. */
    static int randomOperand(SplittableRandom random, int near) {
        int kind = random.nextInt(12);
        int x = random.nextInt();
        int en = (near >>> 23) & 0xff;
        switch (kind) {
            case 8, 9, 10, 11: {
                // products and quotients near the subnormal range and near overflow
                int[] targets = {127 - en, 381 - en, en + 127, en - 127};
                int e = targets[kind - 8] + random.nextInt(-25, 4);
                e = Math.max(0, Math.min(0xff, e));
                return (x & 0x807fffff) | (e << 23);
            }
            case 0, 1, 2:
                return x;
            case 3, 4, 5: {
                int e = ((near >>> 23) & 0xff) + random.nextInt(-26, 27);
                e = Math.max(0, Math.min(0xff, e));
                return (x & 0x807fffff) | (e << 23);
            }
            case 6: {
                // few significand bits set: exact results, ties
                int e = random.nextInt(256);
                int m = (x & 0x7fffff) & (0x7fffff << random.nextInt(24));
                return (x & 0x80000000) | (e << 23) | m;
            }
            default: {
                int e = random.nextInt(3) == 0 ? 0 : random.nextInt(1, 40);
                return (x & 0x807fffff) | (e << 23);
            }
        }
    }

    private static String hex(int x) {
        return String.format("0x%08x", x);
    }

    private static void checkBinary(String name, IntBinaryOperator soft, IntBinaryOperator hard,
            boolean eitherNaN, int a, int b) {
        int expected = hard.applyAsInt(a, b);
        int actual = soft.applyAsInt(a, b);
        if (actual == expected) {
            return;
        }
        if (eitherNaN && isNaN(a) && isNaN(b)
                && (actual == (a | 0x400000) || actual == (b | 0x400000))
                && (expected == (a | 0x400000) || expected == (b | 0x400000))) {
            return;
        }
        fail(name + "(" + hex(a) + ", " + hex(b) + "): expected " + hex(expected) + " but was "
                + hex(actual) + " [" + f(a) + " " + name + " " + f(b) + " = " + f(expected) + "]");
    }

    private static long binary(String name, IntBinaryOperator soft, IntBinaryOperator hard,
            boolean eitherNaN) {
        long count = 0;
        int[] edges = edges();
        for (int a : edges) {
            for (int b : edges) {
                checkBinary(name, soft, hard, eitherNaN, a, b);
                count++;
            }
        }
        SplittableRandom random = new SplittableRandom(name.hashCode());
        for (int i = 0; i < RANDOM_PAIRS; i++) {
            int a = random.nextInt(4) == 0 ? edges[random.nextInt(edges.length)] : random.nextInt();
            int b = randomOperand(random, a);
            if (random.nextBoolean()) {
                int t = a;
                a = b;
                b = t;
            }
            checkBinary(name, soft, hard, eitherNaN, a, b);
            count++;
        }
        System.out.println("SoftFloat." + name + ": " + count + " cases");
        return count;
    }

    @Test
    void add() {
        binary("add", SoftFloat::add, (a, b) -> bits(f(a) + f(b)), true);
    }

    @Test
    void sub() {
        binary("sub", SoftFloat::sub, (a, b) -> bits(f(a) - f(b)), false);
    }

    @Test
    void mul() {
        binary("mul", SoftFloat::mul, (a, b) -> bits(f(a) * f(b)), true);
    }

    @Test
    void div() {
        binary("div", SoftFloat::div, (a, b) -> bits(f(a) / f(b)), false);
    }

    @Test
    void rem() {
        binary("rem", SoftFloat::rem, (a, b) -> bits(f(a) % f(b)), false);
    }

    @Test
    void compare() {
        binary("cmpl", SoftFloat::cmpl, (a, b) -> {
            float x = f(a);
            float y = f(b);
            return x > y ? 1 : x == y ? 0 : -1; // javac compiles this to fcmpl
        }, false);
        binary("cmpg", SoftFloat::cmpg, (a, b) -> {
            float x = f(a);
            float y = f(b);
            return x < y ? -1 : x == y ? 0 : 1; // fcmpg
        }, false);
    }

    private static void unary(String name, IntUnaryOperator soft, IntUnaryOperator hard,
            int[] operands) {
        for (int a : operands) {
            int expected = hard.applyAsInt(a);
            int actual = soft.applyAsInt(a);
            if (actual != expected) {
                fail(name + "(" + hex(a) + "): expected " + hex(expected) + " but was " + hex(actual)
                        + " [" + f(a) + "]");
            }
        }
    }

    private static void unaryLong(String name, ToLongFunction<Integer> soft,
            ToLongFunction<Integer> hard, int[] operands) {
        for (int a : operands) {
            long expected = hard.applyAsLong(a);
            long actual = soft.applyAsLong(a);
            if (actual != expected) {
                fail(name + "(" + hex(a) + "): expected " + Long.toHexString(expected) + " but was "
                        + Long.toHexString(actual) + " [" + f(a) + "]");
            }
        }
    }

    /** Edge floats, every float around the conversion limits, and random ones. */
    static int[] floatOperands(long seed) {
        List<Integer> list = new ArrayList<>();
        for (int e : edges()) {
            list.add(e);
        }
        int[] centres = {0x3f000000, 0x3f800000, 0x4b000000, 0x4b800000, 0x4f000000, 0x5f000000,
                0x3fc00000, 0x40200000, 0x00800000, 0x00000000, 0x7f800000, 0x4e800000};
        for (int c : centres) {
            for (int d = -300; d <= 300; d++) {
                list.add(c + d);
                list.add((c + d) ^ 0x80000000);
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 1_000_000; i++) {
            list.add(i % 2 == 0 ? random.nextInt() : randomOperand(random, 0x4b000000));
        }
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }

    @Test
    void toIntToLongRound() {
        int[] operands = floatOperands(1);
        unary("toInt", SoftFloat::toInt, a -> (int) f(a), operands);
        unary("round", SoftFloat::round, a -> Math.round(f(a)), operands);
        unaryLong("toLong", a -> SoftFloat.toLong(a), a -> (long) f(a), operands);
        System.out.println("SoftFloat.toInt/round/toLong: " + operands.length + " cases each");
    }

    @Test
    void toDouble() {
        int[] operands = floatOperands(2);
        unaryLong("toDouble", a -> SoftFloat.toDouble(a),
                a -> Double.doubleToRawLongBits((double) f(a)), operands);
        System.out.println("SoftFloat.toDouble: " + operands.length + " cases");
    }

    @Test
    void conversionsOfEveryFloatAndIntInAStride() {
        // 16.7 million floats spread over all bit patterns (the stride is odd, so every low-bit
        // pattern occurs)
        long count = 0;
        for (long bits = 0; bits <= 0xffffffffL; bits += 257) {
            int a = (int) bits;
            float x = f(a);
            if (SoftFloat.toInt(a) != (int) x || SoftFloat.round(a) != Math.round(x)
                    || SoftFloat.toLong(a) != (long) x
                    || SoftFloat.toDouble(a) != Double.doubleToRawLongBits((double) x)) {
                fail("conversion of " + hex(a) + " [" + x + "]: toInt " + SoftFloat.toInt(a)
                        + ", round " + SoftFloat.round(a) + ", toLong " + SoftFloat.toLong(a)
                        + ", toDouble " + Long.toHexString(SoftFloat.toDouble(a)));
            }
            if (SoftFloat.fromInt(a) != bits((float) a)) {
                fail("fromInt(" + a + "): expected " + hex(bits((float) a)) + " but was "
                        + hex(SoftFloat.fromInt(a)));
            }
            count++;
        }
        System.out.println("SoftFloat.toInt/round/toLong/toDouble/fromInt, strided: " + count
                + " cases each");
    }

    @Test
    void roundAtHalves() {
        // n + 1/2 and its neighbours for every size of n
        for (int n = 0; n < (1 << 24); n += 1 + (n >>> 6)) {
            int half = bits(n + 0.5f);
            for (int delta = -2; delta <= 2; delta++) {
                for (int sign = 0; sign <= 1; sign++) {
                    int x = (half + delta) ^ (sign << 31);
                    if (SoftFloat.round(x) != Math.round(f(x))) {
                        fail("round(" + hex(x) + "): expected " + Math.round(f(x)) + " but was "
                                + SoftFloat.round(x));
                    }
                }
            }
        }
    }

    @Test
    void fromIntAndLong() {
        List<Long> values = new ArrayList<>();
        for (int shift = 0; shift < 64; shift++) {
            for (long d = -70; d <= 70; d++) {
                long p = 1L << shift;
                values.add(p + d);
                values.add(-p + d);
                values.add((p + d) << 7);
                values.add(p + (d << Math.max(0, shift - 26)));
            }
        }
        values.add(Long.MIN_VALUE);
        values.add(Long.MAX_VALUE);
        values.add((long) Integer.MIN_VALUE);
        values.add((long) Integer.MAX_VALUE);
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 1_000_000; i++) {
            long x = random.nextLong();
            values.add(x >> random.nextInt(64));
        }
        for (long l : values) {
            int i = (int) l;
            int expectedI = bits((float) i);
            int actualI = SoftFloat.fromInt(i);
            if (expectedI != actualI) {
                fail("fromInt(" + i + "): expected " + hex(expectedI) + " but was " + hex(actualI));
            }
            int expectedL = bits((float) l);
            int actualL = SoftFloat.fromLong(l);
            if (expectedL != actualL) {
                fail("fromLong(" + l + "): expected " + hex(expectedL) + " but was " + hex(actualL));
            }
        }
        System.out.println("SoftFloat.fromInt/fromLong: " + values.size() + " cases each");
    }

    @Test
    void clz() {
        SplittableRandom random = new SplittableRandom(4);
        for (int i = 0; i < 100_000; i++) {
            int x = random.nextInt() >>> random.nextInt(33 - 1);
            if (SoftFloat.clz(x) != Integer.numberOfLeadingZeros(x)) {
                fail("clz(" + hex(x) + ")");
            }
        }
        if (SoftFloat.clz(0) != 32) {
            fail("clz(0)");
        }
    }
}
