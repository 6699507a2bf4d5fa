package rtgo.runtime.classlib.java.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/**
 * TShort and TByte against java.lang.Short and Byte: every value, the cache, and the parse checks'
 * texts (toString goes through StringConcat, which only runs on the device: the corpus covers it).
 */
class TShortByteTest {
    @Test
    void everyShortMatches() {
        for (int i = Short.MIN_VALUE; i <= Short.MAX_VALUE; i++) {
            short s = (short) i;
            assertEquals(Short.hashCode(s), TShort.hashCode(s));
            assertEquals(Short.toUnsignedInt(s), TShort.toUnsignedInt(s));
            assertEquals(Short.reverseBytes(s), TShort.reverseBytes(s));
            assertEquals(Short.compare(s, (short) 7), TShort.compare(s, (short) 7));
            assertEquals(Short.compareUnsigned(s, (short) -7), TShort.compareUnsigned(s, (short) -7));
            assertEquals(s, TShort.valueOf(s).shortValue());
            assertEquals(Short.valueOf(s).byteValue(), TShort.valueOf(s).byteValue());
            assertEquals(s, TShort.parseShort(Short.toString(s)));
        }
        assertSame(TShort.valueOf((short) 127), TShort.valueOf((short) 127));
        assertEquals(TShort.valueOf((short) 1000), TShort.valueOf((short) 1000));
    }

    @Test
    void everyByteMatches() {
        for (int i = Byte.MIN_VALUE; i <= Byte.MAX_VALUE; i++) {
            byte b = (byte) i;
            assertEquals(Byte.hashCode(b), TByte.hashCode(b));
            assertEquals(Byte.toUnsignedInt(b), TByte.toUnsignedInt(b));
            assertEquals(Byte.compare(b, (byte) -3), TByte.compare(b, (byte) -3));
            assertSame(TByte.valueOf(b), TByte.valueOf(b));
            assertEquals(b, TByte.parseByte(Byte.toString(b)));
            assertEquals(b, TByte.parseByte(Integer.toString(b, 16), 16));
            assertEquals(Byte.valueOf(b).hashCode(), TByte.valueOf(b).hashCode());
        }
    }

    @Test
    void outOfRangeTextsAreTheJdks() {
        String[][] cases = {{"40000", "10"}, {"-32769", "10"}, {"ff", "16"}, {"x", "10"}, {"128", "10"}};
        for (String[] c : cases) {
            int radix = Integer.parseInt(c[1]);
            assertEquals(message(() -> Short.parseShort(c[0], radix)), message(() -> TShort.parseShort(c[0], radix)));
            assertEquals(message(() -> Byte.parseByte(c[0], radix)), message(() -> TByte.parseByte(c[0], radix)));
        }
    }

    private static String message(Runnable r) {
        try {
            r.run();
            return "no exception";
        } catch (NumberFormatException e) {
            return e.getMessage();
        }
    }
}
