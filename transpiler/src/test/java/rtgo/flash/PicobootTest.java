package rtgo.flash;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import rtgo.link.Uf2;

/**
 * PICOBOOT command packets byte for byte against the layout of RP2040 datasheet 2.8.5.2
 * (dMagic, dToken, bCmdId, bCmdSize, 2 unused, dTransferLength, 16 argument bytes; little-endian),
 * and a whole flash session against a fake link.
 */
class PicobootTest {
    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    @Test
    void commandPacketsMatchTheDatasheetLayout() {
        //                 magic       token       id sz pad  xfer       args (16 bytes)
        assertArrayEquals(hex("0bd11f43 01000000 01 01 0000 00000000 01000000000000000000000000000000"),
                Picoboot.exclusiveAccess(1, Picoboot.EXCLUSIVE));
        assertArrayEquals(hex("0bd11f43 02000000 06 00 0000 00000000 00000000000000000000000000000000"),
                Picoboot.exitXip(2));
        assertArrayEquals(hex("0bd11f43 03000000 03 08 0000 00000000 00000010 00200000 0000000000000000"),
                Picoboot.flashErase(3, 0x10000000, 0x2000));
        assertArrayEquals(hex("0bd11f43 04000000 05 08 0000 00010000 00100010 00010000 0000000000000000"),
                Picoboot.write(4, 0x10001000, 256));
        assertArrayEquals(hex("0bd11f43 05000000 84 08 0000 00040000 00000010 00040000 0000000000000000"),
                Picoboot.read(5, 0x10000000, 1024));
        assertArrayEquals(hex("0bd11f43 06000000 02 0c 0000 00000000 00000000 00200420 f4010000 00000000"),
                Picoboot.reboot(6, 0, 0x20042000, 500));
        assertArrayEquals(hex("0bd11f43 07000000 07 00 0000 00000000 00000000000000000000000000000000"),
                Picoboot.enterCmdXip(7));
        assertTrue(Picoboot.isIn(Picoboot.read(1, 0x10000000, 4)));
        assertFalse(Picoboot.isIn(Picoboot.write(1, 0x10000000, 256)));
    }

    @Test
    void statusIsDecoded() {
        Picoboot.Status s = Picoboot.Status.parse(hex("09000000 04000000 03 00 000000000000"));
        assertEquals(new Picoboot.Status(9, 4, 3, false), s);
        assertEquals("INVALID_ADDRESS", s.codeName());
    }

    /** Records every transfer; answers IN transfers with empty packets; can fail one OUT packet. */
    static final class FakeLink implements PicobootLink {
        final List<String> log = new ArrayList<>();
        final ArrayDeque<byte[]> statusReplies = new ArrayDeque<>();
        int failOnCommand = -1;
        int commands;

        @Override
        public void bulkOut(byte[] data) throws IOException {
            if (data.length == Picoboot.COMMAND_SIZE && (data[0] & 0xff) == 0x0b) {
                commands++;
                log.add("cmd " + HexFormat.of().formatHex(data, 8, 9) + " " + HexFormat.of().formatHex(data, 16, 24));
                if (commands == failOnCommand) {
                    throw new IOException("endpoint stalled");
                }
            } else {
                log.add("out " + data.length);
            }
        }

        @Override
        public byte[] bulkIn(int length) {
            log.add("in " + length);
            return new byte[length];
        }

        @Override
        public void controlOut(int request) {
            log.add("control " + Integer.toHexString(request));
        }

        @Override
        public byte[] controlIn(int request, int length) {
            log.add("control-in " + Integer.toHexString(request));
            return statusReplies.isEmpty() ? new byte[16] : statusReplies.pop();
        }

        @Override
        public void close() {
            log.add("close");
        }
    }

    @Test
    void aSessionResetsTakesExclusiveAccessExitsXipErasesWritesAndReboots() throws Exception {
        FlashPlan plan = FlashPlan.of(Uf2File.parse(Uf2.fromBinary(new byte[4096 + 512], 0x10000000), "t.uf2"));
        FakeLink link = new FakeLink();
        List<String> said = new ArrayList<>();
        new PicobootSession(link).program(plan, said::add);
        assertEquals(List.of(
                "control 41",
                "cmd 01 0100000000000000", "in 0",
                "cmd 06 0000000000000000", "in 0",
                "cmd 03 0000001000200000", "in 0",
                "cmd 05 0000001000100000", "out 4096", "in 0",
                "cmd 05 0010001000020000", "out 512", "in 0",
                "cmd 02 0000000000200420", "in 0"), link.log);
        assertEquals("written 4,608 of 4,608 bytes", said.get(said.size() - 1));
    }

    @Test
    void aRejectedCommandIsReportedWithTheBootromsReason() throws Exception {
        FlashPlan plan = FlashPlan.of(Uf2File.parse(Uf2.fromBinary(new byte[256], 0x10000000), "t.uf2"));
        FakeLink link = new FakeLink();
        link.failOnCommand = 3; // the erase
        link.statusReplies.push(hex("03000000 05000000 03 00 000000000000"));
        FlashException e = assertThrows(FlashException.class, () -> new PicobootSession(link).program(plan, s -> { }));
        assertEquals("PICOBOOT FLASH_ERASE 0x10000000+4096 failed: the bootrom says BAD_ALIGNMENT", e.getMessage());
    }

    @Test
    void aReadSendsTheAcknowledgementOut() throws Exception {
        FakeLink link = new FakeLink();
        byte[] got = new PicobootSession(link).run(Picoboot.read(1, 0x10000000, 16), null, "READ");
        assertEquals(16, got.length);
        assertEquals(List.of("cmd 84 0000001010000000", "in 16", "out 0"), link.log);
    }
}
