package rtgo.runtime.classlib.java.util.concurrent.atomic;

import rtgo.runtime.classlib.java.util.function.TIntBinaryOperator;
import rtgo.runtime.classlib.java.util.function.TIntUnaryOperator;

/*
 * TAtomicIntegerArray: java.util.concurrent.atomic.AtomicIntegerArray as a whole-class substitute.
 *
 * Design note. An int[] whose elements are read and written as TAtomicInteger's value is: plain
 * word accesses for get and set, the object's monitor around each read-modify-write. An index out
 * of range fails on the array access itself, so the exception and its message are the array's
 * ("Index 5 out of bounds for length 3"), which is also what HotSpot's reports.
 */
public class TAtomicIntegerArray {
    private final int[] array;

    /** length elements, all 0. */
    public TAtomicIntegerArray(int length) {
        array = new int[length];
    }

    /** A copy of array. */
    public TAtomicIntegerArray(int[] array) {
        this.array = array.clone();
    }

    public final int length() {
        return array.length;
    }

    public final int get(int i) {
        return array[i];
    }

    public final void set(int i, int newValue) {
        array[i] = newValue;
    }

    public final void lazySet(int i, int newValue) {
        array[i] = newValue;
    }

    public final int getPlain(int i) {
        return array[i];
    }

    public final void setPlain(int i, int newValue) {
        array[i] = newValue;
    }

    public final int getOpaque(int i) {
        return array[i];
    }

    public final void setOpaque(int i, int newValue) {
        array[i] = newValue;
    }

    public final int getAcquire(int i) {
        return array[i];
    }

    public final void setRelease(int i, int newValue) {
        array[i] = newValue;
    }

    public final synchronized int getAndSet(int i, int newValue) {
        int[] a = array;
        int old = a[i];
        a[i] = newValue;
        return old;
    }

    public final synchronized boolean compareAndSet(int i, int expectedValue, int newValue) {
        int[] a = array;
        if (a[i] != expectedValue) {
            return false;
        }
        a[i] = newValue;
        return true;
    }

    public final boolean weakCompareAndSet(int i, int expectedValue, int newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    public final boolean weakCompareAndSetPlain(int i, int expectedValue, int newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    public final boolean weakCompareAndSetVolatile(int i, int expectedValue, int newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    public final synchronized int compareAndExchange(int i, int expectedValue, int newValue) {
        int[] a = array;
        int old = a[i];
        if (old == expectedValue) {
            a[i] = newValue;
        }
        return old;
    }

    public final synchronized int getAndAdd(int i, int delta) {
        int[] a = array;
        int old = a[i];
        a[i] = old + delta;
        return old;
    }

    public final synchronized int addAndGet(int i, int delta) {
        int[] a = array;
        int v = a[i] + delta;
        a[i] = v;
        return v;
    }

    public final int getAndIncrement(int i) {
        return getAndAdd(i, 1);
    }

    public final int getAndDecrement(int i) {
        return getAndAdd(i, -1);
    }

    public final int incrementAndGet(int i) {
        return addAndGet(i, 1);
    }

    public final int decrementAndGet(int i) {
        return addAndGet(i, -1);
    }

    public final int getAndUpdate(int i, TIntUnaryOperator updateFunction) {
        for (;;) {
            int prev = array[i];
            int next = updateFunction.applyAsInt(prev);
            if (compareAndSet(i, prev, next)) {
                return prev;
            }
        }
    }

    public final int updateAndGet(int i, TIntUnaryOperator updateFunction) {
        for (;;) {
            int prev = array[i];
            int next = updateFunction.applyAsInt(prev);
            if (compareAndSet(i, prev, next)) {
                return next;
            }
        }
    }

    public final int getAndAccumulate(int i, int x, TIntBinaryOperator accumulatorFunction) {
        for (;;) {
            int prev = array[i];
            int next = accumulatorFunction.applyAsInt(prev, x);
            if (compareAndSet(i, prev, next)) {
                return prev;
            }
        }
    }

    public final int accumulateAndGet(int i, int x, TIntBinaryOperator accumulatorFunction) {
        for (;;) {
            int prev = array[i];
            int next = accumulatorFunction.applyAsInt(prev, x);
            if (compareAndSet(i, prev, next)) {
                return next;
            }
        }
    }

    /** "[1, 2, 3]", as Arrays.toString. */
    public String toString() {
        int[] a = array;
        if (a.length == 0) {
            return "[]";
        }
        StringBuilder sb = new StringBuilder();
        sb.append('[');
        for (int i = 0;; i++) {
            sb.append(a[i]);
            if (i == a.length - 1) {
                return sb.append(']').toString();
            }
            sb.append(',').append(' ');
        }
    }
}
