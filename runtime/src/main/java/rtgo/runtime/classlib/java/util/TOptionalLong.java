package rtgo.runtime.classlib.java.util;

import java.util.NoSuchElementException;
import rtgo.runtime.classlib.java.lang.TRunnable;
import rtgo.runtime.classlib.java.util.function.TLongConsumer;
import rtgo.runtime.classlib.java.util.function.TLongSupplier;
import rtgo.runtime.classlib.java.util.function.TSupplier;

/*
 * TOptionalLong: java.util.OptionalLong on the device, a whole-class substitute.
 *
 * Design note. As the JDK's: an long and a flag, with one shared empty instance (made on first
 * use, not by a static initialiser); getAsLong and orElseThrow report "No value present"; equal
 * when both are empty or both hold the same value; the hash is Long.hashCode of the value, 0 when
 * empty; toString is "OptionalLong[5]" or "OptionalLong.empty". Not here: stream().
 */
public final class TOptionalLong {
    private static TOptionalLong empty;

    private final boolean isPresent;
    private final long value;

    /** Package-private, not private: a non-private constructor makes this a whole-class substitute. */
    TOptionalLong(boolean isPresent, long value) {
        this.isPresent = isPresent;
        this.value = value;
    }

    /** The shared empty optional. */
    public static TOptionalLong empty() {
        if (empty == null) {
            empty = new TOptionalLong(false, 0);
        }
        return empty;
    }

    public static TOptionalLong of(long value) {
        return new TOptionalLong(true, value);
    }

    public long getAsLong() {
        if (!isPresent) {
            throw new NoSuchElementException("No value present");
        }
        return value;
    }

    public boolean isPresent() {
        return isPresent;
    }

    public boolean isEmpty() {
        return !isPresent;
    }

    public void ifPresent(TLongConsumer action) {
        if (isPresent) {
            action.accept(value);
        }
    }

    public void ifPresentOrElse(TLongConsumer action, TRunnable emptyAction) {
        if (isPresent) {
            action.accept(value);
        } else {
            emptyAction.run();
        }
    }

    public long orElse(long other) {
        return isPresent ? value : other;
    }

    public long orElseGet(TLongSupplier supplier) {
        return isPresent ? value : supplier.getAsLong();
    }

    public long orElseThrow() {
        if (!isPresent) {
            throw new NoSuchElementException("No value present");
        }
        return value;
    }

    /** The value, or the exception {@code exceptionSupplier} makes, thrown. */
    public <X extends Throwable> long orElseThrow(TSupplier<? extends X> exceptionSupplier) throws X {
        if (isPresent) {
            return value;
        }
        throw exceptionSupplier.get();
    }

    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof TOptionalLong other
                && (isPresent && other.isPresent ? value == other.value : isPresent == other.isPresent);
    }

    public int hashCode() {
        return isPresent ? (int) (value ^ (value >>> 32)) : 0;
    }

    public String toString() {
        return isPresent ? "OptionalLong[" + value + "]" : "OptionalLong.empty";
    }
}
