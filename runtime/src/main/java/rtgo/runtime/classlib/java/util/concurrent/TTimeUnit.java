package rtgo.runtime.classlib.java.util.concurrent;

import rtgo.runtime.classlib.java.lang.TEnum;

/*
 * TTimeUnit: java.util.concurrent.TimeUnit as a whole-class substitute: the enum written out as a
 * class extending TEnum (the device's java.lang.Enum), with the constants, values() and
 * valueOf(String) that javac would generate. It is not declared as an enum because an enum's
 * constructor is private, and the transpiler takes a runtime class for a whole-class substitute
 * (one that stands for the JDK class in descriptors, as values() and switches need) only when it
 * has a non-private constructor.
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
public final class TTimeUnit extends TEnum<TTimeUnit> {
    public static final TTimeUnit NANOSECONDS = new TTimeUnit("NANOSECONDS", 0, 1L);
    public static final TTimeUnit MICROSECONDS = new TTimeUnit("MICROSECONDS", 1, 1000L);
    public static final TTimeUnit MILLISECONDS = new TTimeUnit("MILLISECONDS", 2, 1000_000L);
    public static final TTimeUnit SECONDS = new TTimeUnit("SECONDS", 3, 1000_000_000L);
    public static final TTimeUnit MINUTES = new TTimeUnit("MINUTES", 4, 60_000_000_000L);
    public static final TTimeUnit HOURS = new TTimeUnit("HOURS", 5, 3600_000_000_000L);
    public static final TTimeUnit DAYS = new TTimeUnit("DAYS", 6, 86400_000_000_000L);
    private static final TTimeUnit[] VALUES = {NANOSECONDS, MICROSECONDS, MILLISECONDS, SECONDS, MINUTES, HOURS, DAYS};

    /** The unit's length in nanoseconds. */
    private final long scale;

    TTimeUnit(String name, int ordinal, long scale) {
        super(name, ordinal);
        this.scale = scale;
    }

    /** The seven units, shortest first (a new array each call, as for any enum). */
    public static TTimeUnit[] values() {
        return VALUES.clone();
    }

    /** The unit named name: "No enum constant java.util.concurrent.TimeUnit.X" otherwise. */
    public static TTimeUnit valueOf(String name) {
        if (name == null) {
            throw new NullPointerException("Name is null");
        }
        for (TTimeUnit u : VALUES) {
            if (u.name().equals(name)) {
                return u;
            }
        }
        throw new IllegalArgumentException("No enum constant java.util.concurrent.TimeUnit." + name);
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
