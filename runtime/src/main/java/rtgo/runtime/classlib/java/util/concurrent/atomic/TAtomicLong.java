package rtgo.runtime.classlib.java.util.concurrent.atomic;

import rtgo.runtime.classlib.java.lang.TNumber;
import rtgo.runtime.classlib.java.util.function.TLongBinaryOperator;
import rtgo.runtime.classlib.java.util.function.TLongUnaryOperator;

/*
 * TAtomicLong: java.util.concurrent.atomic.AtomicLong as a whole-class substitute.
 *
 * Design note. The device runs green threads on one core, so an atomic only has to keep a
 * read-modify-write from being split by a preemption. A long is two words, so unlike
 * AtomicInteger even get and set hold the object's monitor (a preemption between the two word
 * accesses would tear the value), as every read-modify-write does (synchronized methods: a
 * monitor record found by hashing, no wake-up when uncontended). The scheduler's
 * interrupt-masking critical section (Sched.lock/unlock) would be cheaper still, but it cannot run
 * on the host JVM, where these classes are unit-tested with real threads; it is the obvious next
 * step if atomics show up in a profile. The functional updates (updateAndGet...) call the program's
 * function outside any lock and install its result with compareAndSet, retrying when another thread
 * got in between, as the JDK specifies: the function may run more than once and must be
 * side-effect free.
 */
public class TAtomicLong extends TNumber {
    private volatile long value;

    /** An AtomicLong holding 0. */
    public TAtomicLong() {}

    /** An AtomicLong holding initialValue. */
    public TAtomicLong(long initialValue) {
        value = initialValue;
    }

    public final synchronized long get() {
        return value;
    }

    public final synchronized void set(long newValue) {
        value = newValue;
    }

    public final synchronized void lazySet(long newValue) {
        value = newValue;
    }

    public final synchronized long getPlain() {
        return value;
    }

    public final synchronized void setPlain(long newValue) {
        value = newValue;
    }

    public final synchronized long getOpaque() {
        return value;
    }

    public final synchronized void setOpaque(long newValue) {
        value = newValue;
    }

    public final synchronized long getAcquire() {
        return value;
    }

    public final synchronized void setRelease(long newValue) {
        value = newValue;
    }

    public final synchronized long getAndSet(long newValue) {
        long old = value;
        value = newValue;
        return old;
    }

    /** Sets newValue if the value is expectedValue; true if it did. */
    public final synchronized boolean compareAndSet(long expectedValue, long newValue) {
        if (value != expectedValue) {
            return false;
        }
        value = newValue;
        return true;
    }

    public final boolean weakCompareAndSet(long expectedValue, long newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    public final boolean weakCompareAndSetPlain(long expectedValue, long newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    public final boolean weakCompareAndSetVolatile(long expectedValue, long newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    public final boolean weakCompareAndSetAcquire(long expectedValue, long newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    public final boolean weakCompareAndSetRelease(long expectedValue, long newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    /** Sets newValue if the value is expectedValue; returns the value found (the witness). */
    public final synchronized long compareAndExchange(long expectedValue, long newValue) {
        long old = value;
        if (old == expectedValue) {
            value = newValue;
        }
        return old;
    }

    public final long compareAndExchangeAcquire(long expectedValue, long newValue) {
        return compareAndExchange(expectedValue, newValue);
    }

    public final long compareAndExchangeRelease(long expectedValue, long newValue) {
        return compareAndExchange(expectedValue, newValue);
    }

    public final synchronized long getAndAdd(long delta) {
        long old = value;
        value = old + delta;
        return old;
    }

    public final synchronized long addAndGet(long delta) {
        long v = value + delta;
        value = v;
        return v;
    }

    public final long getAndIncrement() {
        return getAndAdd(1);
    }

    public final long getAndDecrement() {
        return getAndAdd(-1);
    }

    public final long incrementAndGet() {
        return addAndGet(1);
    }

    public final long decrementAndGet() {
        return addAndGet(-1);
    }

    public final long getAndUpdate(TLongUnaryOperator updateFunction) {
        for (;;) {
            long prev = get();
            long next = updateFunction.applyAsLong(prev);
            if (compareAndSet(prev, next)) {
                return prev;
            }
        }
    }

    public final long updateAndGet(TLongUnaryOperator updateFunction) {
        for (;;) {
            long prev = get();
            long next = updateFunction.applyAsLong(prev);
            if (compareAndSet(prev, next)) {
                return next;
            }
        }
    }

    public final long getAndAccumulate(long x, TLongBinaryOperator accumulatorFunction) {
        for (;;) {
            long prev = get();
            long next = accumulatorFunction.applyAsLong(prev, x);
            if (compareAndSet(prev, next)) {
                return prev;
            }
        }
    }

    public final long accumulateAndGet(long x, TLongBinaryOperator accumulatorFunction) {
        for (;;) {
            long prev = get();
            long next = accumulatorFunction.applyAsLong(prev, x);
            if (compareAndSet(prev, next)) {
                return next;
            }
        }
    }

    public String toString() {
        return Long.toString(get());
    }

    public int intValue() {
        return (int) get();
    }

    public long longValue() {
        return get();
    }

    public float floatValue() {
        return get();
    }

    public double doubleValue() {
        return get();
    }
}
