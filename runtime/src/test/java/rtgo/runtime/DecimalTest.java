package rtgo.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Decimal against Integer.toString: same text, exact length, nothing written outside its slot. */
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
    void randomValuesMatch() {
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            // Mix full-range values with short ones, which random ints rarely are.
            int value = random.nextInt();
            assertFormats(i % 2 == 0 ? value : value >> random.nextInt(32));
        }
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
