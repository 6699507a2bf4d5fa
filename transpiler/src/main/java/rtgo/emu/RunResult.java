package rtgo.emu;

import java.util.List;

/**
 * How a run ended and what it produced.
 *
 * @param outcome    why the run stopped
 * @param exitStatus the program's exit status (r0 at {@code bkpt #0}); meaningful for EXITED only
 * @param cycles     clk_sys cycles elapsed (executed, plus time asleep in wfi)
 * @param sleptCycles how many of {@code cycles} the core spent asleep in wfi/wfe (0 from harnesses
 *                   that do not say)
 * @param uart       every byte written to UART0, decoded as UTF-8
 * @param uartLines  each UART0 line with the cycle its first byte was written
 * @param gpio       GPIO output changes, when recorded
 * @param warnings   what the emulator warned about (any warning makes the outcome EMULATOR_WARNING)
 */
public record RunResult(Outcome outcome, int exitStatus, long cycles, long sleptCycles, String uart, List<UartLine> uartLines,
                        List<GpioChange> gpio, List<String> warnings) {

    /**
     * EXITED: {@code bkpt #0}; CYCLE_LIMIT / TIMEOUT: a limit passed first; SLEEPING: the core waits
     * (wfi/wfe) with nothing left that could wake it; EMULATOR_WARNING: something rp2040js cannot
     * emulate; BREAKPOINT: a {@code bkpt} other than the exit one.
     */
    public enum Outcome { EXITED, CYCLE_LIMIT, TIMEOUT, SLEEPING, EMULATOR_WARNING, BREAKPOINT }

    /** A line of UART0 output (without its newline) and the cycle its first byte was written. */
    public record UartLine(long cycle, String text) {}

    /** A GPIO pin's output level changed at the given cycle. */
    public record GpioChange(int pin, boolean high, long cycle) {}

    /** A result that does not say how long the core slept. */
    public RunResult(Outcome outcome, int exitStatus, long cycles, String uart, List<UartLine> uartLines,
                     List<GpioChange> gpio, List<String> warnings) {
        this(outcome, exitStatus, cycles, 0, uart, uartLines, gpio, warnings);
    }

    /** Cycles the core was awake: executing, or stalled in an instruction. */
    public long awakeCycles() {
        return cycles - sleptCycles;
    }

    public boolean exited() {
        return outcome == Outcome.EXITED;
    }

    /**
     * Why the run ended other than by the program exiting, in one sentence for a person, or null
     * when it exited. {@code timeLimit} words the wall-clock limit as the front end set it ("5 s
     * (--timeout)"), {@code cycleLimit} names the cycle limit's option ("--max-cycles").
     */
    public String stopReason(String timeLimit, String cycleLimit) {
        String at = String.format(java.util.Locale.ROOT, "%,d", cycles);
        return switch (outcome) {
            case EXITED -> null;
            case TIMEOUT -> "stopped after " + timeLimit + " at cycle " + at + ": the program had not exited";
            case CYCLE_LIMIT -> "stopped after " + at + " cycles (" + cycleLimit + "): the program had not exited";
            case SLEEPING -> "the core went to sleep (wfi/wfe) at cycle " + at
                    + " with nothing left that could wake it: the program would never finish";
            case EMULATOR_WARNING -> "the emulator stopped at cycle " + at
                    + ": it met something it cannot emulate (see below)";
            case BREAKPOINT -> "the program hit a breakpoint that is not the exit breakpoint (bkpt #0) at cycle " + at;
        };
    }
}
