package rtgo.runtime.classlib.java.util;

import rtgo.runtime.classlib.java.util.function.TFunction;
import rtgo.runtime.classlib.java.util.function.TToIntFunction;

/**
 * java.util.Comparator (an interface substitute): compare, the default reversed and thenComparing,
 * and the natural/reverse-order and comparing factories (as small classes of TCollections, since
 * lambdas are not compiled inside the runtime).
 */
public interface TComparator<T> {
    int compare(T a, T b);

    default TComparator<T> reversed() {
        return TCollections.reverseOrder(this);
    }

    default TComparator<T> thenComparing(TComparator<? super T> other) {
        if (other == null) {
            throw new NullPointerException();
        }
        return new TCollections.Then<T>(this, other);
    }

    default <U> TComparator<T> thenComparing(TFunction<? super T, ? extends U> key) {
        return thenComparing(comparing(key));
    }

    default <U> TComparator<T> thenComparing(TFunction<? super T, ? extends U> key, TComparator<? super U> keyComparator) {
        return thenComparing(comparing(key, keyComparator));
    }

    default TComparator<T> thenComparingInt(TToIntFunction<? super T> key) {
        return thenComparing(comparingInt(key));
    }

    @SuppressWarnings("unchecked")
    static <T> TComparator<T> naturalOrder() {
        return TCollections.natural();
    }

    static <T> TComparator<T> reverseOrder() {
        return TCollections.reverseOrder();
    }

    static <T, U> TComparator<T> comparing(TFunction<? super T, ? extends U> key) {
        if (key == null) {
            throw new NullPointerException();
        }
        return new TCollections.ByKey<T>(key, null);
    }

    static <T, U> TComparator<T> comparing(TFunction<? super T, ? extends U> key, TComparator<? super U> keyComparator) {
        if (key == null || keyComparator == null) {
            throw new NullPointerException();
        }
        return new TCollections.ByKey<T>(key, keyComparator);
    }

    /** Comparator.nullsFirst: null before everything, others by {@code comparator} (or equal). */
    static <T> TComparator<T> nullsFirst(TComparator<? super T> comparator) {
        return new TCollections.Nulls<T>(true, comparator);
    }

    static <T> TComparator<T> nullsLast(TComparator<? super T> comparator) {
        return new TCollections.Nulls<T>(false, comparator);
    }

    static <T> TComparator<T> comparingLong(rtgo.runtime.classlib.java.util.function.TToLongFunction<? super T> key) {
        if (key == null) {
            throw new NullPointerException();
        }
        return (a, b) -> Long.compare(key.applyAsLong(a), key.applyAsLong(b));
    }

    static <T> TComparator<T> comparingDouble(rtgo.runtime.classlib.java.util.function.TToDoubleFunction<? super T> key) {
        if (key == null) {
            throw new NullPointerException();
        }
        return (a, b) -> Double.compare(key.applyAsDouble(a), key.applyAsDouble(b));
    }

    default TComparator<T> thenComparingLong(rtgo.runtime.classlib.java.util.function.TToLongFunction<? super T> key) {
        return thenComparing(comparingLong(key));
    }

    default TComparator<T> thenComparingDouble(rtgo.runtime.classlib.java.util.function.TToDoubleFunction<? super T> key) {
        return thenComparing(comparingDouble(key));
    }

    static <T> TComparator<T> comparingInt(TToIntFunction<? super T> key) {
        if (key == null) {
            throw new NullPointerException();
        }
        return new TCollections.ByIntKey<T>(key);
    }
}
