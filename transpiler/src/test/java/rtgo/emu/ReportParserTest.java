package rtgo.emu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import rtgo.emu.RunResult.GpioChange;
import rtgo.emu.RunResult.Outcome;
import rtgo.emu.RunResult.UartLine;

/** The report format of ci/emu/README.md, read without the emulator. */
class ReportParserTest {
    private static final String SAMPLE = """
            rtgo-emu-report 1
            outcome EXITED
            exit-status -5
            pc 0x10000122
            cycles 5000000000
            slept-cycles 4000000000
            instructions 12
            wall-ms 3
            message exited%20with%20status%20-5
            uart-line 28 caf%C3%A9%20100%25
            uart-line 40\s
            uart-tail 52 %3E%0D
            gpio 25 1 60
            gpio 3 0 61
            something-new 1 2 3
            end
            """;

    @Test
    void readsEveryRecord() {
        RunResult r = ReportParser.parse(SAMPLE);
        assertEquals(Outcome.EXITED, r.outcome());
        assertEquals(-5, r.exitStatus());
        assertEquals(5_000_000_000L, r.cycles());
        assertEquals(4_000_000_000L, r.sleptCycles());
        assertEquals(1_000_000_000L, r.awakeCycles());
        assertEquals(List.of(new UartLine(28, "café 100%"), new UartLine(40, ""), new UartLine(52, ">\r")),
                r.uartLines());
        assertEquals("café 100%\n\n>\r", r.uart(), "terminated lines get their newline back, the tail not");
        assertEquals(List.of(new GpioChange(25, true, 60), new GpioChange(3, false, 61)), r.gpio());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void readsWarnings() {
        RunResult r = ReportParser.parse("""
                rtgo-emu-report 1
                outcome EMULATOR_WARNING
                warning [RP2040]%20Read%20from%20invalid%20memory%20address:%2030000000
                end
                """);
        assertEquals(Outcome.EMULATOR_WARNING, r.outcome());
        assertEquals(List.of("[RP2040] Read from invalid memory address: 30000000"), r.warnings());
    }

    @Test
    void sleepingCoreCountsAsCycleLimit() {
        assertEquals(Outcome.SLEEPING, ReportParser.parse("rtgo-emu-report 1\noutcome SLEEPING\nend\n").outcome());
    }

    @Test
    void rejectsBrokenReports() {
        assertThrows(IllegalArgumentException.class, () -> ReportParser.parse(""));
        assertThrows(IllegalArgumentException.class, () -> ReportParser.parse("rtgo-emu-report 2\noutcome EXITED\nend\n"));
        assertThrows(IllegalArgumentException.class, () -> ReportParser.parse("rtgo-emu-report 1\noutcome EXITED\n"),
                "cut short");
        assertThrows(IllegalArgumentException.class, () -> ReportParser.parse("rtgo-emu-report 1\nend\n"),
                "no outcome");
        assertThrows(IllegalArgumentException.class,
                () -> ReportParser.parse("rtgo-emu-report 1\noutcome EXITED\ngpio 1 2 3\nend\n"), "level 2");
        assertThrows(IllegalArgumentException.class,
                () -> ReportParser.parse("rtgo-emu-report 1\noutcome EXITED\nuart-line 1 a%4\nend\n"), "bad escape");
    }

    @Test
    void aReportWithoutSleptCyclesSaysTheCoreNeverSlept() {
        RunResult r = ReportParser.parse("rtgo-emu-report 1\noutcome EXITED\ncycles 10\nend\n");
        assertEquals(0, r.sleptCycles());
        assertEquals(10, r.awakeCycles());
    }

    @Test
    void gpioInputsParseAndPrintInTheHarnessSpelling() {
        List<RunOptions.GpioInput> in = RunOptions.GpioInput.parseList("14@2000000=1,,3@0=0");
        assertEquals(List.of(new RunOptions.GpioInput(14, 2_000_000, true), new RunOptions.GpioInput(3, 0, false)), in);
        assertEquals("14@2000000=1", in.get(0).toString());
        for (String bad : List.of("14@1", "14=1", "@1=1", "14@1=2", "30@1=1", "-1@1=1", "14@-5=0", "a@1=1")) {
            assertThrows(IllegalArgumentException.class, () -> RunOptions.GpioInput.parseList(bad), bad);
        }
    }
}
