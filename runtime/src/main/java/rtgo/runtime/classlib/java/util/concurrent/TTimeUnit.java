package rtgo.runtime.classlib.java.util.concurrent;

/*
 * TTimeUnit: java.util.concurrent.TimeUnit as a whole-class substitute (an enum of the runtime,
 * so its constants are TEnum objects named and ordered as the JDK's).
 *
 * Design note. Each unit holds its length in nanoseconds. A conversion to a coarser unit divides by
 * the ratio of the two lengths (truncating toward zero, as the JDK does); to a finer one it
 * multiplies by the ratio and saturates at Long.MAX_VALUE / Long.MIN_VALUE when the product would
 * overflow (the JDK's documented behaviour). The long divisions run in LongOps on the device; the
 * common unit pairs (a ratio of 1) do no arithmetic at all. sleep, timedWait and timedJoin go
 * through the millisecond calls of Thread and Object, rounding a positive timeout up to whole
 * milliseconds (the device's timer counts microseconds, but Thread.sleep(long, int) is not part of
 * the scheduler contract): a program may sleep a little longer than asked, never shorter.
 */
public enum TTimeUnit {
    NANOSECONDS(1L),
    MICROSECONDS(1000L),
    MILLISECONDS(1000_000L),
    SECONDS(1000_000_000L),
    MINUTES(60_000_000_000L),
    HOURS(3600_000_000_000L),
    DAYS(86400_000_000_000L);

    /** The unit's length in nanoseconds. */
    private final long scale;

    TTimeUnit(long scale) {
        this.scale = scale;
    }

    /** d units of scale {@code from} in units of scale {@code to}, saturated. */
    private static long cvt(long d, long to, long from) {
        if (from == to) {
            return d;
        }
        if (from < to) {
            return d / (to / from);
        }
        long ratio = from / to;
        long max = Long.MAX_VALUE / ratio;
        if (d > max) {
            return Long.MAX_VALUE;
        }
        if (d < -max) {
            return Long.MIN_VALUE;
        }
        return d * ratio;
    }

    /** sourceDuration of sourceUnit in this unit. */
    public long convert(long sourceDuration, TTimeUnit sourceUnit) {
        return cvt(sourceDuration, scale, sourceUnit.scale);
    }

    public long toNanos(long duration) {
        return cvt(duration, 1L, scale);
    }

    public long toMicros(long duration) {
        return cvt(duration, 1000L, scale);
    }

    public long toMillis(long duration) {
        return cvt(duration, 1000_000L, scale);
    }

    public long toSeconds(long duration) {
        return cvt(duration, 1000_000_000L, scale);
    }

    public long toMinutes(long duration) {
        return cvt(duration, 60_000_000_000L, scale);
    }

    public long toHours(long duration) {
        return cvt(duration, 3600_000_000_000L, scale);
    }

    public long toDays(long duration) {
        return cvt(duration, 86400_000_000_000L, scale);
    }

    /** A positive timeout in whole milliseconds, rounded up (0 for a timeout <= 0). */
    long ceilMillis(long timeout) {
        if (timeout <= 0) {
            return 0;
        }
        long ms = toMillis(timeout);
        if (ms != Long.MAX_VALUE && cvt(ms, scale, 1000_000L) < timeout) {
            ms++;
        }
        return ms;
    }

    /** Thread.sleep for this many units (nothing for a timeout <= 0). */
    public void sleep(long timeout) throws InterruptedException {
        if (timeout > 0) {
            Thread.sleep(ceilMillis(timeout));
        }
    }

    /** obj.wait for this many units (nothing for a timeout <= 0); the caller holds obj's monitor. */
    public void timedWait(Object obj, long timeout) throws InterruptedException {
        if (timeout > 0) {
            obj.wait(ceilMillis(timeout));
        }
    }

    /** thread.join for this many units (nothing for a timeout <= 0). */
    public void timedJoin(Thread thread, long timeout) throws InterruptedException {
        if (timeout > 0) {
            thread.join(ceilMillis(timeout));
        }
    }
}
