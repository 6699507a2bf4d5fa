package rtgo.emu;

import java.io.OutputStream;

/**
 * Limits and sinks for one emulator run.
 *
 * @param maxCycles     stop after this many executed cycles (outcome CYCLE_LIMIT)
 * @param timeoutMillis stop after this much wall-clock time (outcome TIMEOUT)
 * @param uartSink      where UART0 bytes go as they are written, or null to only collect them
 * @param recordGpio    record every GPIO output change with its cycle
 */
public record RunOptions(long maxCycles, long timeoutMillis, OutputStream uartSink, boolean recordGpio) {
    public static final long DEFAULT_MAX_CYCLES = 2_000_000_000L;
    public static final long DEFAULT_TIMEOUT_MILLIS = 120_000L;
    /** The harness counts cycles in a JavaScript number: exact up to 2^53 - 1. */
    public static final long MAX_CYCLES = (1L << 53) - 1;
    /**
     * A day: longer runs are surely a mistake, and the limit keeps the timeout plus the client's
     * grace period far from overflowing a long.
     */
    public static final long MAX_TIMEOUT_MILLIS = 24L * 60 * 60 * 1000;

    public static RunOptions defaults() {
        return new RunOptions(DEFAULT_MAX_CYCLES, DEFAULT_TIMEOUT_MILLIS, null, false);
    }

    public RunOptions withMaxCycles(long n) {
        return new RunOptions(n, timeoutMillis, uartSink, recordGpio);
    }

    public RunOptions withTimeoutMillis(long ms) {
        return new RunOptions(maxCycles, ms, uartSink, recordGpio);
    }

    public RunOptions withUartSink(OutputStream s) {
        return new RunOptions(maxCycles, timeoutMillis, s, recordGpio);
    }

    public RunOptions withRecordGpio(boolean r) {
        return new RunOptions(maxCycles, timeoutMillis, uartSink, r);
    }
}
