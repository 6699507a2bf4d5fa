package rtgo.runtime.classlib.java.util.function;

/** java.util.function.LongPredicate (an interface substitute). */
@FunctionalInterface
public interface TLongPredicate {
    boolean test(long value);

    default TLongPredicate and(TLongPredicate other) {
        java.util.Objects.requireNonNull(other);
        return (value) -> test(value) && other.test(value);
    }

    default TLongPredicate negate() {
        return (value) -> !test(value);
    }

    default TLongPredicate or(TLongPredicate other) {
        java.util.Objects.requireNonNull(other);
        return (value) -> test(value) || other.test(value);
    }
}
