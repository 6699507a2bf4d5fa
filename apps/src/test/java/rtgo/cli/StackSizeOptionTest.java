package rtgo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rtgo.cli.RtgoCliTest.Outcome;

/**
 * {@code --stack-size} on the command line: the values it accepts (bytes, or KiB with K), and the
 * usage errors for the rest, which say what is wrong and what would do. Nothing here builds.
 */
class StackSizeOptionTest {
    @TempDir
    Path tmp;

    @Test
    void acceptsBytesAndKibibytes() {
        StackSize c = new StackSize();
        assertEquals(8192, c.convert("8192"));
        assertEquals(16384, c.convert("16K"));
        assertEquals(16384, c.convert("16k"));
        assertEquals(32768, c.convert("32KiB"));
    }

    @Test
    void badSizesAreUsageErrorsThatSayWhy() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("classes"));
        Files.write(dir.resolve("Main.class"), new byte[] {(byte) 0xCA, (byte) 0xFE});
        String[][] cases = {
            {"8193", "multiple of 8", "try 8192 or 8200"},
            {"512", "between 1024 and 262144", "not 512"},
            {"1M", "not a number of bytes", "16K"},
            {"99999999999", "between 1024 and 262144", "--stack-size"},
        };
        for (String[] c : cases) {
            for (String command : new String[] {"build", "run"}) {
                Outcome o = RtgoCliTest.rtgo(command, dir.toString(), "--stack-size=" + c[0]);
                assertEquals(ExitCodes.USAGE, o.code(), o::toString);
                assertTrue(o.err().contains(c[1]) && o.err().contains(c[2]), o::toString);
                assertTrue(o.err().contains("--stack-size"), o::toString);
            }
        }
    }

    @Test
    void anImageHasItsStackSizeAlready() throws IOException {
        Path image = Files.write(tmp.resolve("app.uf2"), new byte[512]);
        Outcome o = RtgoCliTest.rtgo("run", image.toString(), "--stack-size=16K");
        assertEquals(ExitCodes.USAGE, o.code(), o::toString);
        assertTrue(o.err().contains("already built"), o::toString);
    }

    @Test
    void helpShowsTheOptionAndItsDefault() {
        for (String command : new String[] {"build", "run"}) {
            Outcome o = RtgoCliTest.rtgo(command, "--help");
            assertTrue(o.out().contains("--stack-size=<bytes>"), o::toString);
            assertTrue(o.out().contains("Default: 8192"), o::toString);
        }
    }
}
