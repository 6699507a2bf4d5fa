package rtgo.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** CRC-32/MPEG-2 against its published check value and two properties that catch common slips. */
class Crc32Mpeg2Test {
    @Test
    void checkValueOf123456789() {
        assertEquals(0x0376E6E7, Crc32Mpeg2.of("123456789".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void emptyInputGivesTheInitialValue() {
        // No final XOR: nothing processed leaves the register at all ones.
        assertEquals(0xFFFFFFFF, Crc32Mpeg2.of(new byte[0]));
    }

    @Test
    void rangeOverloadCoversOnlyTheRange() {
        byte[] padded = "xx123456789yy".getBytes(StandardCharsets.US_ASCII);
        assertEquals(0x0376E6E7, Crc32Mpeg2.of(padded, 2, 9));
    }
}
