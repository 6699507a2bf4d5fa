package rtgo.runtime.classlib.java.util.function;

/** java.util.function.BiFunction (an interface substitute). */
@FunctionalInterface
public interface TBiFunction<T, U, R> {
    R apply(T t, U u);

    default <V> TBiFunction<T, U, V> andThen(TFunction<? super R, ? extends V> after) {
        java.util.Objects.requireNonNull(after);
        return (T t, U u) -> after.apply(apply(t, u));
    }
}
