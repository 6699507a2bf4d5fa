package rtgo.runtime.classlib.java.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/**
 * TLong and the long members of TMath against java.lang.Long and java.lang.Math: edge values
 * (0, ±1, the word boundaries, MIN/MAX) crossed with each other, and random values, including the
 * exceptions and their messages.
 */
class TLongTest {
    private static List<Long> values() {
        List<Long> v = new ArrayList<>(List.of(0L, 1L, -1L, 2L, -2L, 7L, -7L, 10L, 127L, 128L, -128L, -129L,
                0xFFFFFFFFL, 0x100000000L, -0x100000000L, 0x7FFFFFFFL, 0x80000000L, -0x80000000L, -0x80000001L,
                Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1, 1234567890123456789L,
                -999999999999L, 1L << 62, 3037000499L, 3037000500L, -3037000500L));
        Random r = new Random(42);
        for (int i = 0; i < 300; i++) {
            long x = r.nextLong();
            v.add(x >> r.nextInt(64));
        }
        return v;
    }

    @Test
    void bitsAndTextMatchTheJdk() {
        for (long x : values()) {
            String w = Long.toString(x);
            assertEquals(Long.hashCode(x), TLong.hashCode(x), w);
            assertEquals(Long.signum(x), TLong.signum(x), w);
            assertEquals(Long.bitCount(x), TLong.bitCount(x), w);
            assertEquals(Long.numberOfLeadingZeros(x), TLong.numberOfLeadingZeros(x), w);
            assertEquals(Long.numberOfTrailingZeros(x), TLong.numberOfTrailingZeros(x), w);
            assertEquals(Long.highestOneBit(x), TLong.highestOneBit(x), w);
            assertEquals(Long.lowestOneBit(x), TLong.lowestOneBit(x), w);
            assertEquals(Long.reverse(x), TLong.reverse(x), w);
            assertEquals(Long.reverseBytes(x), TLong.reverseBytes(x), w);
            assertEquals(Long.toHexString(x), TLong.toHexString(x), w);
            assertEquals(Long.toOctalString(x), TLong.toOctalString(x), w);
            assertEquals(Long.toBinaryString(x), TLong.toBinaryString(x), w);
            assertEquals(Long.toUnsignedString(x), TLong.toUnsignedString(x), w);
            assertEquals(Math.abs(x), TMath.abs(x), w);
            call(() -> TMath.toIntExact(x), () -> Math.toIntExact(x));
            call(() -> TMath.negateExact(x), () -> Math.negateExact(x));
            call(() -> TMath.absExact(x), () -> Math.absExact(x));
            for (int radix : new int[] {2, 7, 10, 16, 36, 1, 37}) {
                assertEquals(Long.toString(x, radix), TLong.toString(x, radix), w + " radix " + radix);
                String text = Long.toString(x, radix < 2 || radix > 36 ? 10 : radix);
                int rr = radix < 2 || radix > 36 ? 10 : radix;
                assertEquals(Long.parseLong(text, rr), TLong.parseLong(text, rr), text);
            }
            for (int d : new int[] {0, 1, 13, 31, 32, 33, 63, 64, -1, -33}) {
                assertEquals(Long.rotateLeft(x, d), TLong.rotateLeft(x, d), w + " rotl " + d);
                assertEquals(Long.rotateRight(x, d), TLong.rotateRight(x, d), w + " rotr " + d);
            }
        }
    }

    @Test
    void pairsMatchTheJdk() {
        List<Long> v = values().subList(0, 60);
        for (long x : v) {
            for (long y : v) {
                String w = x + ", " + y;
                assertEquals(Long.compare(x, y), TLong.compare(x, y), w);
                assertEquals(Long.compareUnsigned(x, y), TLong.compareUnsigned(x, y), w);
                assertEquals(Math.min(x, y), TMath.min(x, y), w);
                assertEquals(Math.max(x, y), TMath.max(x, y), w);
                assertEquals(Math.multiplyHigh(x, y), TMath.multiplyHigh(x, y), w);
                call(() -> TMath.addExact(x, y), () -> Math.addExact(x, y));
                call(() -> TMath.subtractExact(x, y), () -> Math.subtractExact(x, y));
                call(() -> TMath.multiplyExact(x, y), () -> Math.multiplyExact(x, y));
                if (y != 0) {
                    assertEquals(Math.floorDiv(x, y), TMath.floorDiv(x, y), w);
                    assertEquals(Math.floorMod(x, y), TMath.floorMod(x, y), w);
                    assertEquals(Math.ceilDiv(x, y), TMath.ceilDiv(x, y), w);
                    assertEquals(Long.divideUnsigned(x, y), TLong.divideUnsigned(x, y), w);
                    assertEquals(Long.remainderUnsigned(x, y), TLong.remainderUnsigned(x, y), w);
                }
                int xi = (int) x;
                int yi = (int) y;
                call(() -> TMath.multiplyExact(xi, yi), () -> Math.multiplyExact(xi, yi));
                call(() -> TMath.addExact(xi, yi), () -> Math.addExact(xi, yi));
                call(() -> TMath.subtractExact(xi, yi), () -> Math.subtractExact(xi, yi));
                if (yi != 0) {
                    assertEquals(Math.floorDiv(xi, yi), TMath.floorDiv(xi, yi), w);
                    assertEquals(Math.floorMod(xi, yi), TMath.floorMod(xi, yi), w);
                    assertEquals(Math.floorMod(x, yi), TMath.floorMod(x, yi), w);
                    assertEquals(Math.floorDiv(x, yi), TMath.floorDiv(x, yi), w);
                }
            }
        }
    }

    @Test
    void parseErrorsMatchTheJdk() {
        for (String s : new String[] {"", "-", "+", "12x", "9223372036854775808", "-9223372036854775809",
                "99999999999999999999", " 1", "0x10", "--1"}) {
            String expected = assertThrows(NumberFormatException.class, () -> Long.parseLong(s)).getMessage();
            assertEquals(expected, assertThrows(NumberFormatException.class, () -> TLong.parseLong(s)).getMessage());
        }
        assertEquals(Long.parseLong("-9223372036854775808"), TLong.parseLong("-9223372036854775808"));
        assertEquals(Long.parseLong("+9223372036854775807"), TLong.parseLong("+9223372036854775807"));
        String expected = assertThrows(NumberFormatException.class, () -> Long.parseLong(null)).getMessage();
        assertEquals(expected, assertThrows(NumberFormatException.class, () -> TLong.parseLong(null)).getMessage());
        expected = assertThrows(NumberFormatException.class, () -> Long.parseLong("zz", 16)).getMessage();
        assertEquals(expected, assertThrows(NumberFormatException.class, () -> TLong.parseLong("zz", 16)).getMessage());
    }

    /** The result of {@code device}, or the message of the ArithmeticException both throw. */
    private static Object call(Supplier<Object> device, Supplier<Object> jdk) {
        String jdkMessage = null;
        Object jdkResult = null;
        try {
            jdkResult = jdk.get();
        } catch (ArithmeticException e) {
            jdkMessage = e.getMessage();
        }
        try {
            Object r = device.get();
            assertEquals(jdkResult, r);
            return r;
        } catch (ArithmeticException e) {
            assertEquals(jdkMessage, e.getMessage());
            return "thrown: " + e.getMessage();
        }
    }
}
