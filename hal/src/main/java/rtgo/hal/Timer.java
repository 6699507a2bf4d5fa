package rtgo.hal;

import rtgo.hal.regs.TIMER;

/**
 * Microsecond time and busy-wait sleeps over the RP2040's 64-bit TIMER.
 *
 * <p>Design note. The TIMER counts the 1 MHz tick that {@link Clocks#init} sets up from clk_ref
 * (datasheet 4.6, Timer; 4.7, Watchdog, tick generation), so its count is microseconds since boot,
 * independent of clk_sys. We read only the low word through TIMERAWL: it needs no latching (the
 * TIMELR/TIMEHR pair latches the high word on a read of the low one, which would race with any
 * other reader), and without {@code long} a 32-bit count is what the program can hold anyway.
 *
 * <p>The low word wraps every 2^32 µs (71.6 minutes), so no time here is ever compared directly.
 * Every wait computes elapsed time as {@code now - start} in int arithmetic, which is exact modulo
 * 2^32, and compares that against a duration below 2^31: correct across a wrap as long as a single
 * wait is shorter than 35 minutes. {@link #sleepMillis} keeps that promise for any int argument by
 * waiting in chunks of 1,000,000 ms (10^9 µs, still an int), each measured from the previous
 * chunk's planned end, not from when the loop noticed it, so chunking adds no drift.
 *
 * <p>Busy waiting is deliberate for this milestone: there are no interrupts or threads to give
 * the time to, and polling the counter keeps sleeps exact to about a microsecond.
 */
public final class Timer {
    private Timer() {}

    /** Longest single wait in milliseconds; times 1000 it is still below 2^31. */
    private static final int MAX_CHUNK_MS = 1_000_000;
    private static final int MICROS_PER_MILLI = 1000;

    /** Microseconds since boot, modulo 2^32 (wraps after 71.6 minutes; compare only differences). */
    public static int micros() {
        return Reg.read(TIMER.TIMERAWL);
    }

    /**
     * Microseconds since boot, all 64 bits: the raw high word, the low word, and the high word again
     * (datasheet 4.6.2: the raw registers do not latch), repeated if the low word wrapped between.
     */
    public static long micros64() {
        int hi = Reg.read(TIMER.TIMERAWH);
        while (true) {
            int lo = Reg.read(TIMER.TIMERAWL);
            int again = Reg.read(TIMER.TIMERAWH);
            if (again == hi) {
                return (long) hi << 32 | lo & 0xFFFFFFFFL;
            }
            hi = again;
        }
    }

    /** Waits {@code us} microseconds (returns at once for {@code us <= 0}). */
    public static void sleepMicros(int us) {
        waitElapsed(micros(), us);
    }

    /** Waits {@code ms} milliseconds (returns at once for {@code ms <= 0}); any int is safe. */
    public static void sleepMillis(int ms) {
        if (ms <= 0) {
            return; // and ms * 1000 below cannot overflow into a positive wait
        }
        int start = micros();
        while (ms > MAX_CHUNK_MS) {
            waitElapsed(start, MAX_CHUNK_MS * MICROS_PER_MILLI);
            start += MAX_CHUNK_MS * MICROS_PER_MILLI;
            ms -= MAX_CHUNK_MS;
        }
        waitElapsed(start, ms * MICROS_PER_MILLI);
    }

    /**
     * Waits until {@link #micros} reaches {@code deadline}, which must lie less than 2^31 µs ahead.
     * Stepping a deadline by a fixed period gives a loop a fixed rate however long its body takes.
     */
    public static void sleepUntil(int deadline) {
        while (deadline - micros() > 0) {
            // Not there yet; deadline - now stays positive until the deadline passes, across a wrap.
        }
    }

    /** Whether {@code us} microseconds have passed since {@code start} (wrap-safe, {@code us < 2^31}). */
    public static boolean elapsed(int start, int us) {
        return micros() - start >= us;
    }

    private static void waitElapsed(int start, int us) {
        while (micros() - start < us) {
            // Spin on the counter.
        }
    }
}
