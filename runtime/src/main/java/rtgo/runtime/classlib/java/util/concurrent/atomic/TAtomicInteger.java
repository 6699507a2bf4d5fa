package rtgo.runtime.classlib.java.util.concurrent.atomic;

import rtgo.runtime.classlib.java.lang.TNumber;
import rtgo.runtime.classlib.java.util.function.TIntBinaryOperator;
import rtgo.runtime.classlib.java.util.function.TIntUnaryOperator;

/*
 * TAtomicInteger: java.util.concurrent.atomic.AtomicInteger as a whole-class substitute.
 *
 * Design note. The device runs green threads on one core, so an atomic only has to keep a
 * read-modify-write from being split by a preemption: a 32-bit load or store is already atomic
 * (get and set are plain volatile accesses), and every read-modify-write holds the object's
 * monitor (synchronized methods: a monitor record found by hashing, no wake-up when uncontended).
 * The scheduler's interrupt-masking critical section (Sched.lock/unlock) would be cheaper still,
 * but it cannot run on the host JVM, where these classes are unit-tested with real threads; it is
 * the obvious next step if atomics show up in a profile. The functional updates (updateAndGet...) call the program's
 * function outside any lock and install its result with compareAndSet, retrying when another thread
 * got in between, as the JDK specifies: the function may run more than once and must be
 * side-effect free.
 */
public class TAtomicInteger extends TNumber {
    private volatile int value;

    /** An AtomicInteger holding 0. */
    public TAtomicInteger() {}

    /** An AtomicInteger holding initialValue. */
    public TAtomicInteger(int initialValue) {
        value = initialValue;
    }

    public final int get() {
        return value;
    }

    public final void set(int newValue) {
        value = newValue;
    }

    public final void lazySet(int newValue) {
        value = newValue;
    }

    public final int getPlain() {
        return value;
    }

    public final void setPlain(int newValue) {
        value = newValue;
    }

    public final int getOpaque() {
        return value;
    }

    public final void setOpaque(int newValue) {
        value = newValue;
    }

    public final int getAcquire() {
        return value;
    }

    public final void setRelease(int newValue) {
        value = newValue;
    }

    public final synchronized int getAndSet(int newValue) {
        int old = value;
        value = newValue;
        return old;
    }

    /** Sets newValue if the value is expectedValue; true if it did. */
    public final synchronized boolean compareAndSet(int expectedValue, int newValue) {
        if (value != expectedValue) {
            return false;
        }
        value = newValue;
        return true;
    }

    public final boolean weakCompareAndSet(int expectedValue, int newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    public final boolean weakCompareAndSetPlain(int expectedValue, int newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    public final boolean weakCompareAndSetVolatile(int expectedValue, int newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    public final boolean weakCompareAndSetAcquire(int expectedValue, int newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    public final boolean weakCompareAndSetRelease(int expectedValue, int newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    /** Sets newValue if the value is expectedValue; returns the value found (the witness). */
    public final synchronized int compareAndExchange(int expectedValue, int newValue) {
        int old = value;
        if (old == expectedValue) {
            value = newValue;
        }
        return old;
    }

    public final int compareAndExchangeAcquire(int expectedValue, int newValue) {
        return compareAndExchange(expectedValue, newValue);
    }

    public final int compareAndExchangeRelease(int expectedValue, int newValue) {
        return compareAndExchange(expectedValue, newValue);
    }

    public final synchronized int getAndAdd(int delta) {
        int old = value;
        value = old + delta;
        return old;
    }

    public final synchronized int addAndGet(int delta) {
        int v = value + delta;
        value = v;
        return v;
    }

    public final int getAndIncrement() {
        return getAndAdd(1);
    }

    public final int getAndDecrement() {
        return getAndAdd(-1);
    }

    public final int incrementAndGet() {
        return addAndGet(1);
    }

    public final int decrementAndGet() {
        return addAndGet(-1);
    }

    public final int getAndUpdate(TIntUnaryOperator updateFunction) {
        for (;;) {
            int prev = value;
            int next = updateFunction.applyAsInt(prev);
            if (compareAndSet(prev, next)) {
                return prev;
            }
        }
    }

    public final int updateAndGet(TIntUnaryOperator updateFunction) {
        for (;;) {
            int prev = value;
            int next = updateFunction.applyAsInt(prev);
            if (compareAndSet(prev, next)) {
                return next;
            }
        }
    }

    public final int getAndAccumulate(int x, TIntBinaryOperator accumulatorFunction) {
        for (;;) {
            int prev = value;
            int next = accumulatorFunction.applyAsInt(prev, x);
            if (compareAndSet(prev, next)) {
                return prev;
            }
        }
    }

    public final int accumulateAndGet(int x, TIntBinaryOperator accumulatorFunction) {
        for (;;) {
            int prev = value;
            int next = accumulatorFunction.applyAsInt(prev, x);
            if (compareAndSet(prev, next)) {
                return next;
            }
        }
    }

    public String toString() {
        return Integer.toString(value);
    }

    public int intValue() {
        return value;
    }

    public long longValue() {
        return value;
    }

    public float floatValue() {
        return value;
    }

    public double doubleValue() {
        return value;
    }
}
