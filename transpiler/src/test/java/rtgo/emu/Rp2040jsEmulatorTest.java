package rtgo.emu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rtgo.emu.RunResult.GpioChange;
import rtgo.emu.RunResult.Outcome;

/**
 * End-to-end checks of the rp2040js harness (ci/emu/run.mjs) through its Java client: tiny assembly
 * programs (src/test/resources/rtgo/emu/*.S) built at test time and run on the emulator. Each test
 * names the fixture it runs; to retry one by hand, build it as FixtureImages does and run
 * {@code node ci/emu/run.mjs <image> --report /dev/stdout}.
 */
class Rp2040jsEmulatorTest {
    private static final RunOptions OPTIONS = RunOptions.defaults().withTimeoutMillis(30_000);

    private final Emulator emulator = new Rp2040jsEmulator();

    @TempDir
    Path dir;

    private RunResult run(String fixture, RunOptions options) throws IOException {
        return emulator.run(FixtureImages.build(fixture, dir).elf(), options);
    }

    @Test
    void programWritesUartAndExitsWithItsStatus() throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        RunResult r = run("hello", OPTIONS.withUartSink(sink));
        assertEquals(Outcome.EXITED, r.outcome(), r::toString);
        assertEquals(3, r.exitStatus());
        assertEquals("hi\n", r.uart());
        assertEquals("hi\n", sink.toString(StandardCharsets.UTF_8), "bytes streamed to the UART sink");
        assertEquals(1, r.uartLines().size(), r::toString);
        RunResult.UartLine line = r.uartLines().get(0);
        assertEquals("hi", line.text());
        assertTrue(line.cycle() > 0 && line.cycle() < r.cycles(), () -> "line cycle inside the run: " + r);
        assertEquals(List.of(), r.warnings());
        assertEquals(List.of(), r.gpio(), "GPIO is only recorded on request");
    }

    @Test
    void invalidMemoryAccessStopsWithEmulatorWarning() throws IOException {
        RunResult r = run("bad_access", OPTIONS);
        assertEquals(Outcome.EMULATOR_WARNING, r.outcome(), r::toString);
        assertEquals(1, r.warnings().size(), r::toString);
        assertTrue(r.warnings().get(0).contains("30000000"), r.warnings()::toString);
    }

    @Test
    void endlessLoopStopsAtCycleLimit() throws IOException {
        RunResult r = run("spin", OPTIONS.withMaxCycles(100_000));
        assertEquals(Outcome.CYCLE_LIMIT, r.outcome(), r::toString);
        assertTrue(r.cycles() >= 100_000 && r.cycles() < 100_010, () -> "cycles " + r.cycles());
    }

    @Test
    void endlessLoopStopsAtTimeout() throws IOException {
        long started = System.nanoTime();
        RunResult r = run("spin", OPTIONS.withTimeoutMillis(300));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(Outcome.TIMEOUT, r.outcome(), r::toString);
        assertTrue(r.cycles() > 0, "the harness reports how far it got");
        assertTrue(millis < 10_000, () -> "took " + millis + " ms");
    }

    @Test
    void gpioTogglesAreRecordedWithIncreasingCycles() throws IOException {
        RunResult r = run("gpio_toggle", OPTIONS.withRecordGpio(true));
        assertEquals(Outcome.EXITED, r.outcome(), r::toString);
        List<Boolean> levels = r.gpio().stream().map(GpioChange::high).toList();
        assertEquals(List.of(false, true, false, true, false), levels, r::toString);
        assertTrue(r.gpio().stream().allMatch(c -> c.pin() == 25), r::toString);
        for (int i = 2; i < r.gpio().size(); i++) {
            long gap = r.gpio().get(i).cycle() - r.gpio().get(i - 1).cycle();
            assertTrue(gap >= 300, () -> "100 turns of a 3-cycle loop between toggles: " + r.gpio());
        }
        assertTrue(r.gpio().get(0).cycle() < r.gpio().get(1).cycle(), r::toString);
    }

    @Test
    void uf2AndBinGiveTheSameResultAsElf() throws IOException {
        for (String fixture : List.of("hello", "gpio_toggle")) {
            FixtureImages.Image image = FixtureImages.build(fixture, Files.createDirectory(dir.resolve(fixture)));
            RunOptions options = OPTIONS.withRecordGpio(true);
            RunResult elf = emulator.run(image.elf(), options);
            assertEquals(Outcome.EXITED, elf.outcome(), elf::toString);
            assertEquals(elf, emulator.run(image.bin(), options), fixture + ".bin");
            assertEquals(elf, emulator.run(image.uf2(), options), fixture + ".uf2");
        }
    }

    @Test
    void otherBreakpointNumbersAreNotExits() throws IOException {
        RunResult r = run("breakpoint", OPTIONS);
        assertEquals(Outcome.BREAKPOINT, r.outcome(), r::toString);
    }

    @Test
    void timerAdvancesWithExecutedCycles() throws IOException {
        RunResult r = run("timer_busy", OPTIONS);
        assertEquals(Outcome.EXITED, r.outcome(), r::toString);
        assertTrue(Math.abs(r.exitStatus() - 600) <= 1, () -> "75000 cycles at 125 MHz = 600 us, measured " + r);
    }

    @Test
    void sleepingCoreWakesAtTheTimerAlarm() throws IOException {
        RunResult r = run("timer_sleep", OPTIONS);
        assertEquals(Outcome.EXITED, r.outcome(), r::toString);
        // rp2040js schedules the alarm (target - now) whole microseconds ahead of a fractional now,
        // so it can fire up to 1 us early
        assertTrue(r.exitStatus() >= 999 && r.exitStatus() <= 1001, () -> "1000 us alarm: " + r);
        assertTrue(r.cycles() >= 124_800, () -> "slept cycles count: " + r);
    }

    @Test
    void sleepingWithNothingToWakeTheCoreEndsTheRun() throws IOException {
        RunResult r = run("sleep_forever", OPTIONS);
        assertEquals(Outcome.SLEEPING, r.outcome(), r::toString);
        assertTrue(r.cycles() < 100, () -> "stops when the core falls asleep, not at the limit: " + r);
    }

    @Test
    void boot2WithWrongCrcIsRefusedLikeTheBootrom() throws IOException {
        Path bin = FixtureImages.build("hello", dir).bin();
        byte[] flash = Files.readAllBytes(bin);
        flash[200] ^= 1; // inside boot2, covered by the CRC
        Files.write(bin, flash);
        // refused as bad input before the emulator starts (ImageCheck), as the bootrom would refuse it
        BadImageException e = assertThrows(BadImageException.class, () -> emulator.run(bin, OPTIONS));
        assertTrue(e.getMessage().contains("boot2") && e.getMessage().contains(bin.toString()), e::getMessage);
    }

    @Test
    void missingImageIsAnError() {
        assertThrows(NoSuchFileException.class, () -> emulator.run(dir.resolve("none.elf"), OPTIONS));
    }

    @Test
    void runsInParallel() throws Exception {
        FixtureImages.Image hello = FixtureImages.build("hello", Files.createDirectory(dir.resolve("a")));
        FixtureImages.Image gpio = FixtureImages.build("gpio_toggle", Files.createDirectory(dir.resolve("b")));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<RunResult> a = pool.submit(() -> new Rp2040jsEmulator().run(hello.elf(), OPTIONS));
            Future<RunResult> b = pool.submit(() -> new Rp2040jsEmulator().run(gpio.uf2(), OPTIONS.withRecordGpio(true)));
            RunResult first = a.get();
            RunResult second = b.get();
            assertEquals("hi\n", first.uart(), first::toString);
            assertEquals(5, second.gpio().size(), second::toString);
        } finally {
            pool.shutdownNow();
        }
    }
}
