package rtgo.runtime.classlib.java.util;

import java.util.NoSuchElementException;
import rtgo.runtime.classlib.java.lang.TRunnable;
import rtgo.runtime.classlib.java.util.function.TConsumer;
import rtgo.runtime.classlib.java.util.function.TFunction;
import rtgo.runtime.classlib.java.util.function.TPredicate;
import rtgo.runtime.classlib.java.util.function.TSupplier;

/*
 * TOptional: java.util.Optional on the device, a whole-class substitute.
 *
 * Design note. As the JDK's: a final class holding a value or null, with one shared empty
 * instance (so Optional.empty() == Optional.empty(), and map or filter returning nothing returns
 * it), created on first use rather than by a static initialiser. Null checks of the functional
 * arguments come first, as in the JDK (Objects.requireNonNull, no message), even when the optional
 * is empty; get and orElseThrow report "No value present". toString is "Optional[value]" or
 * "Optional.empty". Not here: stream() (no streams on the device).
 */
public final class TOptional<T> {
    private static TOptional<?> empty;

    private final T value;

    /** Package-private, not private: a non-private constructor makes this a whole-class substitute. */
    TOptional(T value) {
        this.value = value;
    }

    /** The shared empty optional. */
    @SuppressWarnings("unchecked")
    public static <T> TOptional<T> empty() {
        if (empty == null) {
            empty = new TOptional<>(null);
        }
        return (TOptional<T>) empty;
    }

    /** An optional holding {@code value}, which must not be null. */
    public static <T> TOptional<T> of(T value) {
        return new TOptional<>(java.util.Objects.requireNonNull(value));
    }

    /** An optional holding {@code value}, or the empty one for null. */
    public static <T> TOptional<T> ofNullable(T value) {
        return value == null ? empty() : new TOptional<>(value);
    }

    public T get() {
        if (value == null) {
            throw new NoSuchElementException("No value present");
        }
        return value;
    }

    public boolean isPresent() {
        return value != null;
    }

    public boolean isEmpty() {
        return value == null;
    }

    public void ifPresent(TConsumer<? super T> action) {
        if (value != null) {
            action.accept(value);
        }
    }

    public void ifPresentOrElse(TConsumer<? super T> action, TRunnable emptyAction) {
        if (value != null) {
            action.accept(value);
        } else {
            emptyAction.run();
        }
    }

    public TOptional<T> filter(TPredicate<? super T> predicate) {
        java.util.Objects.requireNonNull(predicate);
        if (value == null) {
            return this;
        }
        return predicate.test(value) ? this : empty();
    }

    public <U> TOptional<U> map(TFunction<? super T, ? extends U> mapper) {
        java.util.Objects.requireNonNull(mapper);
        if (value == null) {
            return empty();
        }
        return ofNullable(mapper.apply(value));
    }

    @SuppressWarnings("unchecked")
    public <U> TOptional<U> flatMap(TFunction<? super T, ? extends TOptional<? extends U>> mapper) {
        java.util.Objects.requireNonNull(mapper);
        if (value == null) {
            return empty();
        }
        TOptional<U> r = (TOptional<U>) mapper.apply(value);
        return java.util.Objects.requireNonNull(r);
    }

    @SuppressWarnings("unchecked")
    public TOptional<T> or(TSupplier<? extends TOptional<? extends T>> supplier) {
        java.util.Objects.requireNonNull(supplier);
        if (value != null) {
            return this;
        }
        TOptional<T> r = (TOptional<T>) supplier.get();
        return java.util.Objects.requireNonNull(r);
    }

    public T orElse(T other) {
        return value != null ? value : other;
    }

    public T orElseGet(TSupplier<? extends T> supplier) {
        return value != null ? value : supplier.get();
    }

    public T orElseThrow() {
        if (value == null) {
            throw new NoSuchElementException("No value present");
        }
        return value;
    }

    /** The value, or the exception {@code exceptionSupplier} makes, thrown. */
    public <X extends Throwable> T orElseThrow(TSupplier<? extends X> exceptionSupplier) throws X {
        if (value != null) {
            return value;
        }
        throw exceptionSupplier.get();
    }

    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof TOptional<?> other && java.util.Objects.equals(value, other.value);
    }

    public int hashCode() {
        return java.util.Objects.hashCode(value);
    }

    public String toString() {
        return value != null ? "Optional[" + value + "]" : "Optional.empty";
    }
}
