package rtgo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rtgo.cli.RtgoCliTest.Outcome;

/**
 * `rtgo flash` at the command line. Only cases that stop before looking for a board: a test must
 * never flash the board of whoever runs it. Finding and programming boards is tested in
 * rtgo.flash (FlasherTest, PicobootTest) against fakes.
 */
class FlashCommandTest {
    @TempDir
    Path tmp;

    @Test
    void helpSaysHowToPutTheBoardInBootselMode() {
        Outcome o = RtgoCliTest.rtgo("flash", "--help");
        assertEquals(0, o.code(), o::toString);
        assertTrue(o.out().contains("hold the") && o.out().contains("BOOTSEL"), o::toString);
        assertTrue(o.out().contains("picotool"), o::toString);
    }

    @Test
    void aBrokenUf2IsRefusedBeforeAnyBoardIsLookedFor() throws Exception {
        Path bad = Files.write(tmp.resolve("bad.uf2"), new byte[512]);
        Outcome o = RtgoCliTest.rtgo("flash", bad.toString());
        assertEquals(ExitCodes.BUILD_ERROR, o.code(), o::toString);
        assertTrue(o.err().contains("block 0: bad magic numbers: this is not a UF2 file"), o::toString);
        assertTrue(!o.err().contains("BOOTSEL mode found"), o::toString);
    }

    @Test
    void anElfIsAUsageErrorNamingTheUf2() throws Exception {
        Path elf = Files.write(tmp.resolve("app.elf"), new byte[64]);
        Outcome o = RtgoCliTest.rtgo("flash", elf.toString());
        assertEquals(ExitCodes.USAGE, o.code(), o::toString);
        assertTrue(o.err().contains("rtgo flash takes the .uf2 image"), o::toString);
    }

    @Test
    void mainWithAnImageIsAUsageError() throws Exception {
        Path uf2 = Files.write(tmp.resolve("app.uf2"), new byte[512]);
        Outcome o = RtgoCliTest.rtgo("flash", uf2.toString(), "--main=A");
        assertEquals(ExitCodes.USAGE, o.code(), o::toString);
    }
}
