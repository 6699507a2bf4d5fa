package rtgo.runtime.classlib.java.util.function;

/** java.util.function.IntPredicate (an interface substitute). */
@FunctionalInterface
public interface TIntPredicate {
    boolean test(int value);

    default TIntPredicate and(TIntPredicate other) {
        java.util.Objects.requireNonNull(other);
        return (value) -> test(value) && other.test(value);
    }

    default TIntPredicate negate() {
        return (value) -> !test(value);
    }

    default TIntPredicate or(TIntPredicate other) {
        java.util.Objects.requireNonNull(other);
        return (value) -> test(value) || other.test(value);
    }
}
