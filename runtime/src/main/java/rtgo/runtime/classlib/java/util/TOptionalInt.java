package rtgo.runtime.classlib.java.util;

import java.util.NoSuchElementException;
import rtgo.runtime.classlib.java.lang.TRunnable;
import rtgo.runtime.classlib.java.util.function.TIntConsumer;
import rtgo.runtime.classlib.java.util.function.TIntSupplier;
import rtgo.runtime.classlib.java.util.function.TSupplier;

/*
 * TOptionalInt: java.util.OptionalInt on the device, a whole-class substitute.
 *
 * Design note. As the JDK's: an int and a flag, with one shared empty instance (made on first
 * use, not by a static initialiser); getAsInt and orElseThrow report "No value present"; equal
 * when both are empty or both hold the same value; the hash is Integer.hashCode of the value, 0 when
 * empty; toString is "OptionalInt[5]" or "OptionalInt.empty". Not here: stream().
 */
public final class TOptionalInt {
    private static TOptionalInt empty;

    private final boolean isPresent;
    private final int value;

    /** Package-private, not private: a non-private constructor makes this a whole-class substitute. */
    TOptionalInt(boolean isPresent, int value) {
        this.isPresent = isPresent;
        this.value = value;
    }

    /** The shared empty optional. */
    public static TOptionalInt empty() {
        if (empty == null) {
            empty = new TOptionalInt(false, 0);
        }
        return empty;
    }

    public static TOptionalInt of(int value) {
        return new TOptionalInt(true, value);
    }

    public int getAsInt() {
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

    public void ifPresent(TIntConsumer action) {
        if (isPresent) {
            action.accept(value);
        }
    }

    public void ifPresentOrElse(TIntConsumer action, TRunnable emptyAction) {
        if (isPresent) {
            action.accept(value);
        } else {
            emptyAction.run();
        }
    }

    public int orElse(int other) {
        return isPresent ? value : other;
    }

    public int orElseGet(TIntSupplier supplier) {
        return isPresent ? value : supplier.getAsInt();
    }

    public int orElseThrow() {
        if (!isPresent) {
            throw new NoSuchElementException("No value present");
        }
        return value;
    }

    /** The value, or the exception {@code exceptionSupplier} makes, thrown. */
    public <X extends Throwable> int orElseThrow(TSupplier<? extends X> exceptionSupplier) throws X {
        if (isPresent) {
            return value;
        }
        throw exceptionSupplier.get();
    }

    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof TOptionalInt other
                && (isPresent && other.isPresent ? value == other.value : isPresent == other.isPresent);
    }

    public int hashCode() {
        return isPresent ? value : 0;
    }

    public String toString() {
        return isPresent ? "OptionalInt[" + value + "]" : "OptionalInt.empty";
    }
}
