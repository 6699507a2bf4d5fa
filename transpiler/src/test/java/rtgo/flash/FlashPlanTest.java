package rtgo.flash;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;
import rtgo.link.Uf2;

/** The UF2-to-flash plan: which sectors are erased, which pages written, and bad files refused. */
class FlashPlanTest {

    private static byte[] image(int bytes) {
        byte[] b = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            b[i] = (byte) (i * 7 + i / 256);
        }
        return b;
    }

    @Test
    void anImageOfTenAndAHalfPagesErasesOneSectorAndWritesElevenPages() throws Exception {
        byte[] bin = image(10 * 256 + 100);
        FlashPlan plan = FlashPlan.of(Uf2File.parse(Uf2.fromBinary(bin, 0x10000000), "t.uf2"));
        assertEquals(List.of(0x10000000), plan.sectors());
        assertEquals(11, plan.pages().size());
        assertEquals(0x10000000 + 10 * 256, plan.pages().get(10));
        assertEquals(List.of(new FlashPlan.Erase(0x10000000, 4096)), plan.erases());
        byte[] written = plan.writes().get(0).data();
        assertArrayEquals(java.util.Arrays.copyOf(bin, 11 * 256), written, "the last page padded with zeros");
    }

    @Test
    void anImageAcrossSectorsErasesEachOnceAndWritesOneCommandPerSector() throws Exception {
        FlashPlan plan = FlashPlan.of(Uf2File.parse(Uf2.fromBinary(image(4096 * 2 + 256), 0x10000000), "t.uf2"));
        assertEquals(List.of(0x10000000, 0x10001000, 0x10002000), plan.sectors());
        assertEquals(List.of(new FlashPlan.Erase(0x10000000, 3 * 4096)), plan.erases(), "neighbours in one erase");
        assertEquals(3, plan.writes().size());
        assertEquals(List.of(0x10002000), plan.writes().get(2).pages());
        assertEquals(4096 * 2 + 256, plan.bytes());
    }

    @Test
    void scatteredPagesEraseTheirSectorsSeparately() throws Exception {
        byte[] a = Uf2.fromBinary(image(256), 0x10000100);
        byte[] b = Uf2.fromBinary(image(512), 0x10005f00);
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(b, 0, both, 0, b.length);        // out of order on purpose
        System.arraycopy(a, 0, both, b.length, a.length);
        FlashPlan plan = FlashPlan.of(Uf2File.parse(both, "t.uf2"));
        assertEquals(List.of(new FlashPlan.Erase(0x10000000, 4096), new FlashPlan.Erase(0x10005000, 8192)),
                plan.erases());
        assertEquals(List.of(0x10000100, 0x10005f00, 0x10006000), plan.pages());
        assertEquals(3, plan.writes().size(), "0x10005f00 and 0x10006000 lie in different sectors");
    }

    @Test
    void blocksMarkedNotMainFlashAreSkipped() throws Exception {
        byte[] uf2 = Uf2.fromBinary(image(512), 0x10000000);
        ByteBuffer.wrap(uf2).order(ByteOrder.LITTLE_ENDIAN).putInt(512 + 8, Uf2File.FLAG_NOT_MAIN_FLASH);
        assertEquals(List.of(0x10000000), FlashPlan.of(Uf2File.parse(uf2, "t.uf2")).pages());
    }

    private static String rejected(byte[] uf2) {
        return assertThrows(FlashException.class, () -> Uf2File.parse(uf2, "bad.uf2")).getMessage();
    }

    @Test
    void badFilesAreRejectedWithTheBlockAndTheReason() {
        assertTrue(rejected(new byte[100]).contains("not a whole number of 512-byte blocks"));
        assertTrue(rejected(new byte[0]).contains("not a UF2 file"));

        byte[] notUf2 = new byte[512];
        assertTrue(rejected(notUf2).contains("block 0: bad magic numbers"));

        byte[] truncatedEnd = Uf2.fromBinary(image(512), 0x10000000);
        truncatedEnd[512 + 508] = 0;
        assertTrue(rejected(truncatedEnd).contains("block 1: bad magic numbers"), rejected(truncatedEnd));

        byte[] otherChip = Uf2.fromBinary(image(256), 0x10000000);
        ByteBuffer.wrap(otherChip).order(ByteOrder.LITTLE_ENDIAN).putInt(28, 0xe48bff59);
        assertTrue(rejected(otherChip).contains("made for another chip (family ID 0xe48bff59"), rejected(otherChip));

        byte[] ram = Uf2.fromBinary(image(256), 0x20000000);
        assertTrue(rejected(ram).contains("address 0x20000000 is not in flash"), rejected(ram));

        byte[] unaligned = Uf2.fromBinary(image(256), 0x10000000);
        ByteBuffer.wrap(unaligned).order(ByteOrder.LITTLE_ENDIAN).putInt(12, 0x10000080);
        assertTrue(rejected(unaligned).contains("not at the start of a 256-byte flash page"));

        byte[] shortPayload = Uf2.fromBinary(image(256), 0x10000000);
        ByteBuffer.wrap(shortPayload).order(ByteOrder.LITTLE_ENDIAN).putInt(16, 128);
        assertTrue(rejected(shortPayload).contains("carries 128 bytes"));

        byte[] twice = Uf2.fromBinary(image(512), 0x10000000);
        ByteBuffer.wrap(twice).order(ByteOrder.LITTLE_ENDIAN).putInt(512 + 12, 0x10000000);
        assertTrue(rejected(twice).contains("block 1: writes the page at 0x10000000 that block 0 writes already"));

        byte[] onlyOther = Uf2.fromBinary(image(256), 0x10000000);
        ByteBuffer.wrap(onlyOther).order(ByteOrder.LITTLE_ENDIAN).putInt(8, Uf2File.FLAG_NOT_MAIN_FLASH);
        assertTrue(rejected(onlyOther).contains("holds no blocks for the RP2040's flash"));
    }
}
