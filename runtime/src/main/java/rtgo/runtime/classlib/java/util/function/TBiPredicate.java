package rtgo.runtime.classlib.java.util.function;

/** java.util.function.BiPredicate (an interface substitute). */
@FunctionalInterface
public interface TBiPredicate<T, U> {
    boolean test(T t, U u);

    default TBiPredicate<T, U> and(TBiPredicate<? super T, ? super U> other) {
        java.util.Objects.requireNonNull(other);
        return (T t, U u) -> test(t, u) && other.test(t, u);
    }

    default TBiPredicate<T, U> negate() {
        return (T t, U u) -> !test(t, u);
    }

    default TBiPredicate<T, U> or(TBiPredicate<? super T, ? super U> other) {
        java.util.Objects.requireNonNull(other);
        return (T t, U u) -> test(t, u) || other.test(t, u);
    }
}
