package rtgo.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Writes UF2 and reads it back with an independent parser that checks every header field of every
 * block against the UF2 specification's constants (written out here, not taken from {@link Uf2}).
 */
class Uf2Test {
    @Test
    void roundTripOfAnImageThatEndsMidPage() {
        byte[] image = new byte[3 * 256 + 100];
        new Random(42).nextBytes(image);
        byte[] uf2 = Uf2.fromBinary(image, 0x10000000);

        assertEquals(4 * 512, uf2.length);
        byte[] back = parse(uf2, 0x10000000);
        assertArrayEquals(image, Arrays.copyOf(back, image.length));
        for (int i = image.length; i < back.length; i++) {
            assertEquals(0, back[i], "padding of the last page must be zero at " + i);
        }
    }

    @Test
    void exactPageMultipleHasNoExtraBlock() {
        byte[] image = new byte[2 * 256];
        Arrays.fill(image, (byte) 0xA5);
        byte[] uf2 = Uf2.fromBinary(image, 0x10000000);
        assertEquals(2 * 512, uf2.length);
        assertArrayEquals(image, parse(uf2, 0x10000000));
    }

    /** Parses {@code uf2}, asserting the format, and returns the flat image it describes. */
    private static byte[] parse(byte[] uf2, int base) {
        assertEquals(0, uf2.length % 512, "UF2 files are whole 512-byte blocks");
        int blocks = uf2.length / 512;
        byte[] image = new byte[blocks * 256];
        ByteBuffer b = ByteBuffer.wrap(uf2).order(ByteOrder.LITTLE_ENDIAN);
        for (int n = 0; n < blocks; n++) {
            int at = n * 512;
            assertEquals(0x0A324655, b.getInt(at), "first magic, block " + n);
            assertEquals(0x9E5D5157, b.getInt(at + 4), "second magic, block " + n);
            assertEquals(0x00002000, b.getInt(at + 8), "flags: family ID present, block " + n);
            assertEquals(base + n * 256, b.getInt(at + 12), "target address, block " + n);
            assertEquals(256, b.getInt(at + 16), "payload size, block " + n);
            assertEquals(n, b.getInt(at + 20), "block number");
            assertEquals(blocks, b.getInt(at + 24), "number of blocks, block " + n);
            assertEquals(0xE48BFF56, b.getInt(at + 28), "RP2040 family ID, block " + n);
            for (int i = at + 32 + 256; i < at + 508; i++) {
                assertEquals(0, uf2[i], "unused data area must be zero, block " + n);
            }
            assertEquals(0x0AB16F30, b.getInt(at + 508), "final magic, block " + n);
            System.arraycopy(uf2, at + 32, image, n * 256, 256);
        }
        return image;
    }
}
