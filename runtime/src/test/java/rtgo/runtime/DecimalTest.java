package rtgo.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Decimal against Integer.toString and Long.toString: same text, exact length, nothing written outside its slot. */
class DecimalTest {
    @Test
    void edgeValuesMatchIntegerToString() {
        int[] values = {0, 1, -1, 9, -9, 10, -10, 99, 100, -100, 999_999_999, 1_000_000_000,
                -999_999_999, -1_000_000_000, Integer.MAX_VALUE, Integer.MIN_VALUE,
                Integer.MAX_VALUE - 1, Integer.MIN_VALUE + 1};
        for (int value : values) {
            assertFormats(value);
        }
    }

    @Test
    void everyPowerOfTenAndItsNeighboursMatch() {
        for (int power = 1; power <= 1_000_000_000 && power > 0; power *= 10) {
            for (int delta = -1; delta <= 1; delta++) {
                assertFormats(power + delta);
                assertFormats(-(power + delta));
            }
        }
    }

    @Test
    void reciprocalDividesExactlyOverItsWholeRange() {
        for (int m = 0; m < Decimal.RECIPROCAL_LIMIT; m++) {
            int quotient = (m * Decimal.RECIPROCAL) >>> Decimal.RECIPROCAL_SHIFT;
            if (quotient != m / 10) {
                throw new AssertionError(m + " / 10 gave " + quotient);
            }
        }
        // and the limit is tight: the first value past it is wrong, so the constant is not loose
        int m = Decimal.RECIPROCAL_LIMIT;
        assertEquals(false, ((m * Decimal.RECIPROCAL) >>> Decimal.RECIPROCAL_SHIFT) == m / 10);
    }

    @Test
    void everyValueAroundTheReciprocalLimitMatches() {
        for (int value = -Decimal.RECIPROCAL_LIMIT - 200; value <= Decimal.RECIPROCAL_LIMIT + 200; value++) {
            assertFormats(value);
        }
    }

    @Test
    void randomValuesMatch() {
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            // Mix full-range values with short ones, which random ints rarely are.
            int value = random.nextInt();
            assertFormats(i % 2 == 0 ? value : value >> random.nextInt(32));
        }
    }

    @Test
    void longsMatchLongToString() {
        Random random = new Random(11);
        long[] edges = {0, 1, -1, Long.MAX_VALUE, Long.MIN_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE - 1L,
                Integer.MAX_VALUE + 1L, 1_000_000_000L, 999_999_999_999_999_999L, 1_000_000_000_000_000_000L,
                -1_000_000_000_000_000_000L, 1_000_000_000_000_000_001L, 10_000_000_000L, -10_000_000_009L};
        for (long value : edges) {
            assertFormatsLong(value);
        }
        for (int i = 0; i < 200_000; i++) {
            long value = random.nextLong();
            assertFormatsLong(i % 2 == 0 ? value : value >> random.nextInt(64));
        }
    }

    private static void assertFormatsLong(long value) {
        String expected = Long.toString(value);
        assertEquals(expected.length(), Decimal.length(value), () -> "length of " + value);
        char[] buffer = new char[30];
        Arrays.fill(buffer, '#');
        int first = Decimal.getChars(value, buffer, 25);
        assertEquals(25 - expected.length(), first, () -> "first index for " + value);
        assertEquals("#".repeat(first) + expected + "#####", new String(buffer), () -> "buffer for " + value);
    }

    private static void assertFormats(int value) {
        String expected = Integer.toString(value);
        assertEquals(expected.length(), Decimal.length(value), () -> "length of " + value);
        char[] buffer = new char[20];
        Arrays.fill(buffer, '#');
        int end = 15;
        int first = Decimal.getChars(value, buffer, end);
        assertEquals(end - expected.length(), first, () -> "first index for " + value);
        String padding = "#".repeat(first);
        assertEquals(padding + expected + "#####", new String(buffer), () -> "buffer for " + value);
    }
}
