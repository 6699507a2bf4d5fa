package rtgo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * `rtgo run` on a ready-made image, so the run path (UART0 to stdout, the program's exit status as
 * rtgo's, limits as their own exit codes) is checked without the compiler. The image is eight
 * hand-assembled Thumb instructions placed where the bootrom runs boot2; it needs Node.js and
 * ci/emu, which ci/setup installs, and is skipped where Node.js is missing.
 */
class RunCommandTest {

    /**
     * Boot2 area code, run from SRAM 0x20041f00 after the bootrom's CRC check:
     * <pre>
     *   ldr  r1, =0x40034000   @ UART0 UARTDR (RP2040 datasheet 4.2.8)
     *   movs r2, #'H' ; str r2, [r1]
     *   movs r2, #'i' ; str r2, [r1]
     *   movs r2, #10  ; str r2, [r1]
     *   movs r0, #7            @ exit status
     *   bkpt #0                @ the exit breakpoint (docs/abi.md, exit protocol)
     *   .align 2 ; .word 0x40034000
     * </pre>
     */
    private static final int[] CODE = {
        0x04, 0x49, 0x48, 0x22, 0x0a, 0x60, 0x69, 0x22, 0x0a, 0x60, 0x0a, 0x22, 0x0a, 0x60,
        0x07, 0x20, 0x00, 0xbe, 0x00, 0x00, 0x00, 0x40, 0x03, 0x40,
    };

    @TempDir
    static Path tmp;

    static Path image;

    @BeforeAll
    static void writeImage() throws IOException {
        byte[] flash = new byte[256];
        for (int i = 0; i < CODE.length; i++) {
            flash[i] = (byte) CODE[i];
        }
        int crc = crc32Mpeg2(Arrays.copyOf(flash, 252));
        for (int i = 0; i < 4; i++) {
            flash[252 + i] = (byte) (crc >>> (8 * i));   // little-endian, as the bootrom reads it
        }
        image = Files.write(tmp.resolve("hi.bin"), flash);
    }

    /** CRC-32/MPEG-2 (poly 0x04C11DB7, init all ones, not reflected): the boot2 checksum. */
    static int crc32Mpeg2(byte[] data) {
        int crc = 0xFFFFFFFF;
        for (byte b : data) {
            crc ^= (b & 0xFF) << 24;
            for (int bit = 0; bit < 8; bit++) {
                crc = crc < 0 ? (crc << 1) ^ 0x04C11DB7 : crc << 1;
            }
        }
        return crc;
    }

    record Outcome(int code, String stdout, String err) {}

    /** Runs rtgo with System.out captured, since the UART goes straight to the process's stdout. */
    static Outcome rtgo(String... args) {
        assumeTrue(nodeAvailable(), "Node.js is not installed here; ci/setup says how");
        PrintStream saved = System.out;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            CommandLine cl = RtgoCli.commandLine();
            cl.setErr(new PrintWriter(err, true));
            int code = cl.execute(args);
            return new Outcome(code, stdout.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(saved);
        }
    }

    private static boolean nodeAvailable() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void uartGoesToStdoutAndTheProgramsStatusBecomesTheExitCode() {
        Outcome o = rtgo("run", image.toString());
        assertEquals("Hi\n", o.stdout(), () -> "stderr:\n" + o.err());
        assertEquals(7, o.code(), () -> "stderr:\n" + o.err());
        assertEquals("", o.err(), "nothing from rtgo itself when the program exits normally");
    }

    @Test
    void hittingTheCycleLimitHasItsOwnExitCodeAndAMessage() {
        Outcome o = rtgo("run", image.toString(), "--max-cycles=3");
        assertEquals(ExitCodes.CYCLE_LIMIT, o.code(), () -> "stderr:\n" + o.err());
        assertTrue(o.err().contains("--max-cycles"), o.err());
    }

    @Test
    void gpioInputIsPassedToTheHarnessAndAMalformedOneIsAUsageError() {
        Outcome ok = rtgo("run", image.toString(), "--gpio-in=14@100=0,14@200=1", "--gpio-in", "3@5=1");
        assertEquals(7, ok.code(), () -> "stderr:\n" + ok.err());
        assertEquals("Hi\n", ok.stdout());
        for (String bad : new String[] {"14@100", "30@1=0", "14@x=1", "14@100=2"}) {
            Outcome o = rtgo("run", image.toString(), "--gpio-in=" + bad);
            assertEquals(ExitCodes.USAGE, o.code(), () -> bad + ": stderr:\n" + o.err());
            assertTrue(o.err().contains("--gpio-in"), o.err());
        }
    }
}
