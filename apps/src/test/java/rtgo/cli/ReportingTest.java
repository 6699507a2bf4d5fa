package rtgo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rtgo.driver.BuildReport;
import rtgo.driver.BuildResult;
import rtgo.emu.RunResult;
import rtgo.emu.RunResult.Outcome;

/**
 * The small decisions the CLI makes on its own: what an input is, what the output is called by
 * default, how sizes read, and which exit code a run ends with.
 */
class ReportingTest {

    @TempDir
    Path tmp;

    @Test
    void inputsAreClassifiedByWhatTheyHold() throws Exception {
        Path classes = Files.createDirectories(tmp.resolve("classes/demo"));
        Files.write(classes.resolve("Main.class"), new byte[4]);
        Files.writeString(classes.resolve("Main.java"), "stale source beside its class");
        assertEquals(ProgramInput.Kind.CLASSES, ProgramInput.of(tmp.resolve("classes")).kind());

        Path hello = Files.createDirectories(tmp.resolve("examples/hello"));
        Files.writeString(hello.resolve("Hello.java"), "class Hello {}");
        ProgramInput sources = ProgramInput.of(hello);
        assertEquals(ProgramInput.Kind.SOURCES, sources.kind());
        assertEquals("hello", sources.baseName());

        ProgramInput jar = ProgramInput.of(Files.write(tmp.resolve("app.jar"), new byte[4]));
        assertEquals(ProgramInput.Kind.JAR, jar.kind());
        assertEquals("app", jar.baseName());
        Path elf = Files.write(tmp.resolve("a.elf"), new byte[4]);
        assertEquals(ProgramInput.Kind.IMAGE, ProgramInput.of(elf).kind());
    }

    @Test
    void aSingleClassFileIsRefusedWithTheDirectoryToGiveInstead() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("out"));
        Path cls = Files.write(dir.resolve("Main.class"), new byte[4]);
        var e = assertThrows(ProgramInput.BadInputException.class, () -> ProgramInput.of(cls));
        assertTrue(e.getMessage().contains("give the directory"), e.getMessage());
    }

    @Test
    void sizesReadAsBytesKibAndShare() {
        assertEquals("512 bytes", BuildReport.bytes(512));
        assertEquals("12,345 bytes (12.1 KiB)", BuildReport.bytes(12345));
        assertEquals("<0.1% of 2 MiB", BuildReport.share(100, BuildReport.PICO_FLASH_BYTES, "2 MiB"));
        assertEquals("50.0% of 2 MiB", BuildReport.share(1 << 20, BuildReport.PICO_FLASH_BYTES, "2 MiB"));
    }

    @Test
    void buildReportListsEveryFileWrittenAndBothSizes() {
        Path base = tmp.resolve("hello");
        BuildResult kept = new BuildResult(base.resolveSibling("hello.uf2"), base.resolveSibling("hello.elf"),
                base.resolveSibling("hello.bin"), base.resolveSibling("hello.s"), 20480, 300, 42, List.of(), List.of());
        String text = String.join("\n", Report.build(kept));
        for (String s : new String[] {"hello.uf2", "hello.elf", "hello.bin", "hello.s", "42 methods",
                "20,480 bytes (20.0 KiB)", "300 bytes", "264 KiB"}) {
            assertTrue(text.contains(s), () -> s + " missing from:\n" + text);
        }
        BuildResult plain = new BuildResult(kept.uf2(), kept.elf(), kept.bin(), null, 20480, 300, 42, List.of(), List.of());
        assertTrue(Report.build(plain).stream().noneMatch(l -> l.contains("assembly")));
    }

    @Test
    void runExitCodeIsTheProgramsStatusOrTheLimitsCode() {
        assertEquals(0, ExitCodes.of(result(Outcome.EXITED, 0)));
        assertEquals(3, ExitCodes.of(result(Outcome.EXITED, 3)));
        assertEquals(255, ExitCodes.of(result(Outcome.EXITED, -1)), "System.exit(-1) is 255 on Linux too");
        assertEquals(ExitCodes.TIMEOUT, ExitCodes.of(result(Outcome.TIMEOUT, 0)));
        assertEquals(ExitCodes.CYCLE_LIMIT, ExitCodes.of(result(Outcome.CYCLE_LIMIT, 0)));
        assertEquals(ExitCodes.EMULATOR_STOPPED, ExitCodes.of(result(Outcome.EMULATOR_WARNING, 0)));
        assertEquals(ExitCodes.EMULATOR_STOPPED, ExitCodes.of(result(Outcome.BREAKPOINT, 0)));
    }

    private static RunResult result(Outcome outcome, int status) {
        return new RunResult(outcome, status, 1000, "", List.of(), List.of(), List.of());
    }
}
