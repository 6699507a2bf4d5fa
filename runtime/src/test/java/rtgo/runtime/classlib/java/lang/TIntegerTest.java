package rtgo.runtime.classlib.java.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/** TInteger's bit manipulations against java.lang.Integer on edge cases, every single bit and random values. */
class TIntegerTest {
    private static final int[] VALUES = values();

    @Test
    void bitCount() {
        assertSameAsJdk("bitCount", TInteger::bitCount, Integer::bitCount);
    }

    @Test
    void numberOfLeadingZeros() {
        assertSameAsJdk("numberOfLeadingZeros", TInteger::numberOfLeadingZeros, Integer::numberOfLeadingZeros);
    }

    @Test
    void numberOfTrailingZeros() {
        assertSameAsJdk("numberOfTrailingZeros", TInteger::numberOfTrailingZeros, Integer::numberOfTrailingZeros);
    }

    @Test
    void reverse() {
        assertSameAsJdk("reverse", TInteger::reverse, Integer::reverse);
    }

    @Test
    void reverseBytes() {
        assertSameAsJdk("reverseBytes", TInteger::reverseBytes, Integer::reverseBytes);
    }

    @Test
    void signum() {
        assertSameAsJdk("signum", TInteger::signum, Integer::signum);
    }

    @Test
    void highestOneBit() {
        assertSameAsJdk("highestOneBit", TInteger::highestOneBit, Integer::highestOneBit);
    }

    @Test
    void lowestOneBit() {
        assertSameAsJdk("lowestOneBit", TInteger::lowestOneBit, Integer::lowestOneBit);
    }

    /** Distances outside 0..31 included: Java uses only their low five bits. */
    @Test
    void rotationsForEveryDistance() {
        for (int value : VALUES) {
            for (int distance = -70; distance <= 70; distance++) {
                int d = distance;
                assertEquals(Integer.rotateLeft(value, d), TInteger.rotateLeft(value, d),
                        () -> "rotateLeft(" + value + ", " + d + ")");
                assertEquals(Integer.rotateRight(value, d), TInteger.rotateRight(value, d),
                        () -> "rotateRight(" + value + ", " + d + ")");
            }
            assertEquals(Integer.rotateLeft(value, Integer.MIN_VALUE), TInteger.rotateLeft(value, Integer.MIN_VALUE));
            assertEquals(Integer.rotateRight(value, Integer.MAX_VALUE), TInteger.rotateRight(value, Integer.MAX_VALUE));
        }
    }

    @Test
    void compare() {
        Random random = new Random(3);
        for (int x : VALUES) {
            int y = random.nextBoolean() ? x : VALUES[random.nextInt(VALUES.length)];
            assertEquals(Integer.compare(x, y), TInteger.compare(x, y), () -> "compare(" + x + ", " + y + ")");
            assertEquals(Integer.compare(y, x), TInteger.compare(y, x), () -> "compare(" + y + ", " + x + ")");
        }
    }

    private static void assertSameAsJdk(String name, IntUnaryOperator ours, IntUnaryOperator jdk) {
        for (int value : VALUES) {
            assertEquals(jdk.applyAsInt(value), ours.applyAsInt(value), () -> name + "(" + value + ")");
        }
    }

    /** 0, ±1, the extremes, every single bit, every run of ones from either end, and random ints. */
    @Test
    void textInEveryRadix() {
        for (int v : VALUES) {
            assertEquals(Integer.toHexString(v), TInteger.toHexString(v), "toHexString " + v);
            assertEquals(Integer.toOctalString(v), TInteger.toOctalString(v), "toOctalString " + v);
            assertEquals(Integer.toBinaryString(v), TInteger.toBinaryString(v), "toBinaryString " + v);
            for (int radix = -1; radix <= 40; radix += (v & 7) + 1) {
                assertEquals(Integer.toString(v, radix), TInteger.toString(v, radix), "toString " + v + " radix " + radix);
            }
        }
    }

    @Test
    void parseIntRoundTrips() {
        for (int v : VALUES) {
            for (int radix = 2; radix <= 36; radix += (v & 3) + 1) {
                String text = Integer.toString(v, radix);
                assertEquals(v, TInteger.parseInt(text, radix), "parseInt " + text + " radix " + radix);
                assertEquals(v, TInteger.parseInt(text.toUpperCase(), radix), "parseInt " + text.toUpperCase() + " radix " + radix);
            }
            assertEquals(v, TInteger.parseInt(Integer.toString(v)));
        }
        String[] texts = { "+0", "-0", "007", "+2147483647", "-2147483648", "\u0661\u0662", "\uff11\uff12", "-\u0e55" };
        for (String t : texts) {
            assertEquals(Integer.parseInt(t), TInteger.parseInt(t), "parseInt " + t);
        }
        assertEquals(Integer.parseInt("-80000000", 16), TInteger.parseInt("-80000000", 16));
        assertEquals(Integer.parseInt("\uff21\uff5a", 36), TInteger.parseInt("\uff21\uff5a", 36));
    }

    @Test
    void smallHelpers() {
        for (int v : VALUES) {
            assertEquals(Integer.sum(v, 12345), TInteger.sum(v, 12345));
            assertEquals(Integer.max(v, -7), TInteger.max(v, -7));
            assertEquals(Integer.min(v, -7), TInteger.min(v, -7));
        }
    }

    private static int[] values() {
        int[] values = new int[4 + 32 * 3 + 20_000];
        int n = 0;
        values[n++] = 0;
        values[n++] = -1;
        values[n++] = Integer.MAX_VALUE;
        values[n++] = Integer.MIN_VALUE;
        for (int bit = 0; bit < 32; bit++) {
            values[n++] = 1 << bit;
            values[n++] = -1 << bit;
            values[n++] = -1 >>> bit;
        }
        Random random = new Random(11);
        while (n < values.length) {
            // Shifted values give long runs of zeros at either end, where the searches branch.
            int value = random.nextInt();
            switch (n % 3) {
                case 0 -> values[n++] = value;
                case 1 -> values[n++] = value >>> random.nextInt(32);
                default -> values[n++] = value << random.nextInt(32);
            }
        }
        return values;
    }
}
