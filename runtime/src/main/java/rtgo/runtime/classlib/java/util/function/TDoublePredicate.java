package rtgo.runtime.classlib.java.util.function;

/** java.util.function.DoublePredicate (an interface substitute). */
@FunctionalInterface
public interface TDoublePredicate {
    boolean test(double value);

    default TDoublePredicate and(TDoublePredicate other) {
        java.util.Objects.requireNonNull(other);
        return (value) -> test(value) && other.test(value);
    }

    default TDoublePredicate negate() {
        return (value) -> !test(value);
    }

    default TDoublePredicate or(TDoublePredicate other) {
        java.util.Objects.requireNonNull(other);
        return (value) -> test(value) || other.test(value);
    }
}
