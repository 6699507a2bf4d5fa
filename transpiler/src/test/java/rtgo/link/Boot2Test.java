package rtgo.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rtgo.diag.BuildException;

/** The boot2 block: built from boot2.S, small enough, padded, and carrying a CRC the bootrom accepts. */
class Boot2Test {
    @TempDir
    Path dir;

    @Test
    void builtBlockFitsAndCarriesItsCrc() throws Exception {
        byte[] block = Boot2.build(Binutils.locate(), dir);
        assertEquals(256, block.length);

        byte[] code = Files.readAllBytes(dir.resolve("boot2.bin"));
        assertTrue(code.length <= 252, "boot2 code is " + code.length + " bytes, limit 252");
        assertTrue(code.length >= 16, "boot2 code suspiciously small: " + code.length + " bytes");
        for (int i = code.length; i < 252; i++) {
            assertEquals(0, block[i], "padding byte " + i);
        }
        int stored = ByteBuffer.wrap(block).order(ByteOrder.LITTLE_ENDIAN).getInt(252);
        assertEquals(Crc32Mpeg2.of(block, 0, 252), stored);
        assertTrue(Boot2.crcMatches(block));
    }

    @Test
    void corruptedBlockFailsTheCrcCheck() throws Exception {
        byte[] block = Boot2.withCrc(new byte[] {1, 2, 3, 4});
        assertTrue(Boot2.crcMatches(block));
        block[2] ^= 0x10;
        assertFalse(Boot2.crcMatches(block));
    }

    @Test
    void codeBeyond252BytesIsABuildError() {
        BuildException e = assertThrows(BuildException.class, () -> Boot2.withCrc(new byte[253]));
        assertTrue(e.getMessage().contains("252"), e.getMessage());
    }

    @Test
    void generatedAssemblyHoldsEveryByte() throws Exception {
        byte[] block = Boot2.withCrc(new byte[] {(byte) 0xAB, 0x00, (byte) 0xFF});
        Path s = dir.resolve("b.s");
        Boot2.writeAssembly(block, s);
        String text = Files.readString(s);
        assertTrue(text.contains(".section .boot2"), text);
        assertEquals(256, text.split("0x", -1).length - 1, "one 0x.. per byte");
        assertTrue(text.contains(".byte 0xab, 0x00, 0xff, 0x00"), text);
    }
}
