package rtgo.emu;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Limits, sinks and outside stimuli for one emulator run.
 *
 * @param maxCycles     stop after this many executed cycles (outcome CYCLE_LIMIT)
 * @param timeoutMillis stop after this much wall-clock time (outcome TIMEOUT)
 * @param uartSink      where UART0 bytes go as they are written, or null to only collect them
 * @param recordGpio    record every GPIO output change with its cycle
 * @param gpioInputs    input levels the harness drives onto pins at given cycles (a button, a sensor)
 * @param uartInput     bytes for UART0's receiver as they become available (a terminal), or null: none.
 *                      While it is open, a core that sleeps with nothing else pending waits for it
 *                      instead of ending the run as asleep for ever.
 */
public record RunOptions(long maxCycles, long timeoutMillis, OutputStream uartSink, boolean recordGpio,
                         List<GpioInput> gpioInputs, InputStream uartInput) {
    public static final long DEFAULT_MAX_CYCLES = 2_000_000_000L;
    public static final long DEFAULT_TIMEOUT_MILLIS = 120_000L;
    /** The harness counts cycles in a JavaScript number: exact up to 2^53 - 1. */
    public static final long MAX_CYCLES = (1L << 53) - 1;
    /**
     * A day: longer runs are surely a mistake, and the limit keeps the timeout plus the client's
     * grace period far from overflowing a long.
     */
    public static final long MAX_TIMEOUT_MILLIS = 24L * 60 * 60 * 1000;

    /**
     * From {@code cycle} on (elapsed clk_sys cycles, asleep included, as {@link RunResult#cycles()}
     * counts them) the pad of {@code pin} (0..29) sees {@code high}: an edge for the pin's interrupts
     * if the level changes. Written {@code pin@cycle=level} on the harness's command line.
     */
    public record GpioInput(int pin, long cycle, boolean high) {
        public GpioInput {
            if (pin < 0 || pin > 29 || cycle < 0 || cycle > MAX_CYCLES) {
                throw new IllegalArgumentException("GPIO input needs a pin in 0..29 and a cycle in 0.."
                        + MAX_CYCLES + ": pin " + pin + ", cycle " + cycle);
            }
        }

        /**
         * Parses {@code 14@2000000=1,14@3000000=0}: comma-separated {@code pin@cycle=level} items,
         * level 0 or 1. Throws IllegalArgumentException saying what is wrong.
         */
        public static List<GpioInput> parseList(String text) {
            List<GpioInput> inputs = new ArrayList<>();
            for (String item : text.split(",")) {
                if (item.isEmpty()) {
                    continue;
                }
                int at = item.indexOf('@');
                int eq = item.indexOf('=');
                if (at <= 0 || eq <= at + 1 || eq != item.length() - 2
                        || (item.charAt(eq + 1) != '0' && item.charAt(eq + 1) != '1')) {
                    throw new IllegalArgumentException("expected pin@cycle=level (level 0 or 1), got '" + item + "'");
                }
                try {
                    inputs.add(new GpioInput(Integer.parseInt(item.substring(0, at)),
                            Long.parseLong(item.substring(at + 1, eq)), item.charAt(eq + 1) == '1'));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("expected pin@cycle=level with decimal numbers, got '" + item + "'");
                }
            }
            return List.copyOf(inputs);
        }

        /** The harness's spelling, {@code pin@cycle=level}. */
        @Override
        public String toString() {
            return pin + "@" + cycle + "=" + (high ? 1 : 0);
        }
    }

    public RunOptions {
        gpioInputs = gpioInputs == null ? List.of() : List.copyOf(gpioInputs);
    }

    /** Options without GPIO input. */
    public RunOptions(long maxCycles, long timeoutMillis, OutputStream uartSink, boolean recordGpio) {
        this(maxCycles, timeoutMillis, uartSink, recordGpio, List.of());
    }

    /** Options without UART input. */
    public RunOptions(long maxCycles, long timeoutMillis, OutputStream uartSink, boolean recordGpio,
                      List<GpioInput> gpioInputs) {
        this(maxCycles, timeoutMillis, uartSink, recordGpio, gpioInputs, null);
    }

    /** These options with {@code in} feeding UART0's receiver. */
    public RunOptions withUartInput(InputStream in) {
        return new RunOptions(maxCycles, timeoutMillis, uartSink, recordGpio, gpioInputs, in);
    }

    public static RunOptions defaults() {
        return new RunOptions(DEFAULT_MAX_CYCLES, DEFAULT_TIMEOUT_MILLIS, null, false, List.of());
    }

    public RunOptions withMaxCycles(long n) {
        return new RunOptions(n, timeoutMillis, uartSink, recordGpio, gpioInputs, uartInput);
    }

    public RunOptions withTimeoutMillis(long ms) {
        return new RunOptions(maxCycles, ms, uartSink, recordGpio, gpioInputs, uartInput);
    }

    public RunOptions withUartSink(OutputStream s) {
        return new RunOptions(maxCycles, timeoutMillis, s, recordGpio, gpioInputs, uartInput);
    }

    public RunOptions withRecordGpio(boolean r) {
        return new RunOptions(maxCycles, timeoutMillis, uartSink, r, gpioInputs, uartInput);
    }

    /** These options with {@code inputs} driven onto the pins (replacing any given before). */
    public RunOptions withGpioInputs(List<GpioInput> inputs) {
        return new RunOptions(maxCycles, timeoutMillis, uartSink, recordGpio, inputs, uartInput);
    }
}
