package rtgo.flash;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rtgo.link.Uf2;

/** Which way Flasher takes: a mounted drive, picotool, the USB loader, or a message listing them. */
class FlasherTest {
    @TempDir
    Path tmp;

    private Path uf2() throws Exception {
        Path f = tmp.resolve("app.uf2");
        Files.write(f, Uf2.fromBinary(new byte[1000], 0x10000000));
        return f;
    }

    private Path drive(Path root, String name, String info) throws Exception {
        Path d = Files.createDirectories(root.resolve(name));
        Files.writeString(d.resolve(BootDrive.INFO_FILE), info);
        return d;
    }

    @Test
    void aMountedDriveGetsTheFile() throws Exception {
        Path media = Files.createDirectories(tmp.resolve("media"));
        drive(media, "USBSTICK", "UF2 Bootloader v1.0\nBoard-ID: SOMETHING-ELSE\n");
        Path pico = drive(media, "RPI-RP2", "UF2 Bootloader v3.0\nModel: Raspberry Pi RP2\nBoard-ID: RPI-RP2\n");
        Flasher f = new Flasher(List.of(tmp.resolve("nothing"), media), null, Optional::empty, 25);
        Flasher.Result r = f.flashImage(uf2(), s -> { });
        assertEquals(new Flasher.Result(Flasher.Method.DRIVE, pico.toString()), r);
        assertArrayEquals(Files.readAllBytes(uf2()), Files.readAllBytes(pico.resolve("app.uf2")));
    }

    @Test
    void picotoolOnThePathLoadsWithExecute() throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path args = tmp.resolve("args.txt");
        Path tool = bin.resolve("picotool");
        Files.writeString(tool, "#!/bin/sh\necho \"$@\" > '" + args + "'\necho Loading into Flash: done\n");
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> said = new ArrayList<>();
        Flasher.Result r = new Flasher(List.of(), "/nonexistent:" + bin, Optional::empty, 25).flashImage(uf2(), said::add);
        assertEquals(Flasher.Method.PICOTOOL, r.method());
        assertEquals("load -x " + uf2(), Files.readString(args).strip());
        assertTrue(said.contains("picotool: Loading into Flash: done"), said.toString());
    }

    @Test
    void theUsbLoaderProgramsTheBoardWhenNothingElseIsThere() throws Exception {
        PicobootTest.FakeLink link = new PicobootTest.FakeLink();
        PicobootUsb usb = () -> Optional.of(link);
        Flasher.Result r = new Flasher(List.of(), "", () -> Optional.of(usb), 22).flashImage(uf2(), s -> { });
        assertEquals(Flasher.Method.PICOBOOT, r.method());
        assertTrue(link.log.contains("cmd 02 0000000000200420"), "rebooted: " + link.log);
        assertEquals("close", link.log.get(link.log.size() - 1));
    }

    @Test
    void withoutABoardTheMessageSaysWhatWasLookedFor() throws Exception {
        Path uf2 = uf2();
        String m = assertThrows(FlashException.class, () -> new Flasher(List.of(tmp.resolve("media")), "",
                () -> Optional.of(Optional::empty), 25).flashImage(uf2, s -> { })).getMessage();
        assertTrue(m.startsWith("no Pico in BOOTSEL mode found"), m);
        assertTrue(m.contains("RPI-RP2 drive (a directory with INFO_UF2.TXT) in or under " + tmp.resolve("media")), m);
        assertTrue(m.contains("picotool on the PATH: not there"), m);
        assertTrue(m.contains("no USB device 2e8a:0003"), m);
        assertTrue(m.contains("hold the BOOTSEL button"), m);
    }

    @Test
    void onJava21TheUsbLoaderIsNotTriedAndTheMessageSaysWhy() throws Exception {
        Path uf2 = uf2();
        String m = assertThrows(FlashException.class, () -> new Flasher(List.of(), "",
                () -> { throw new AssertionError("must not load the USB back end on Java 21"); }, 21)
                .flashImage(uf2, s -> { })).getMessage();
        assertTrue(m.contains("needs Java 22 or newer, and this is Java 21"), m);
    }

    @Test
    void aBadFileNeverReachesTheBoard() throws Exception {
        Path bad = tmp.resolve("bad.uf2");
        Files.write(bad, new byte[512]);
        Path media = Files.createDirectories(tmp.resolve("media"));
        Path pico = drive(media, "RPI-RP2", "Board-ID: RPI-RP2\n");
        assertThrows(FlashException.class, () -> new Flasher(List.of(media), null, Optional::empty, 25)
                .flashImage(bad, s -> { }));
        assertTrue(Files.notExists(pico.resolve("bad.uf2")));
    }
}
