package rtgo.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import rtgo.emu.Rp2040jsEmulator;
import rtgo.emu.RunOptions;
import rtgo.emu.RunResult;

/**
 * Boots the linked startup_check.s on rp2040js the way the bootrom would (boot2 copied to
 * 0x20041f00 after its CRC is checked) and compares its UART0 transcript: it proves that boot2 set
 * up XIP and entered the vector table, that crt0 copied .data, zeroed .bss and called rtgo_start,
 * and that the exception stubs reach the Java-side handlers with the right arguments.
 */
class StartupEmulatorTest {
    private static final String EXPECTED = """
            ok data
            ok bss
            ok sp
            ok vtor
            ok ssi
            ok svc
            ok irq0
            ok irq25
            ok hardfault-msp
            ok hardfault-psp
            """;

    @TempDir(cleanup = CleanupMode.ON_SUCCESS) // a failed run keeps app.elf for the retry command
    Path dir;

    @Test
    void bootsThroughBoot2AndCrt0IntoTheProgram() throws Exception {
        LinkResult linked = new Linker().link(LinkerTest.resource(LinkerTest.PROGRAM, dir), dir, "app", List.of());
        // The program needs a few thousand cycles; a tight limit turns a hang into a quick failure.
        RunOptions options = RunOptions.defaults().withMaxCycles(5_000_000).withTimeoutMillis(60_000);

        RunResult run = new Rp2040jsEmulator().run(linked.elf(), options);

        String retry = "retry: node ci/emu/run.mjs " + linked.elf();
        assertEquals(EXPECTED, run.uart(), retry);
        assertEquals(RunResult.Outcome.EXITED, run.outcome(), retry + "\nwarnings: " + run.warnings());
        assertEquals(0, run.exitStatus(), "number of failed checks");
    }

    @Test
    void theUf2ImageBootsToo() throws Exception {
        LinkResult linked = new Linker().link(LinkerTest.resource(LinkerTest.PROGRAM, dir), dir, "app", List.of());
        RunOptions options = RunOptions.defaults().withMaxCycles(5_000_000).withTimeoutMillis(60_000);

        RunResult run = new Rp2040jsEmulator().run(linked.uf2(), options);

        String retry = "retry: node ci/emu/run.mjs " + linked.uf2();
        assertEquals(EXPECTED, run.uart(), retry);
        assertEquals(RunResult.Outcome.EXITED, run.outcome(), retry + "\nwarnings: " + run.warnings());
        assertEquals(0, run.exitStatus());
    }
}
