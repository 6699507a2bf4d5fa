package rtgo.runtime.classlib.java.util.function;

/** java.util.function.Function (an interface substitute): apply, compose, andThen and identity, as the JDK defines them. */
@FunctionalInterface
public interface TFunction<T, R> {
    R apply(T t);

    default <V> TFunction<V, R> compose(TFunction<? super V, ? extends T> before) {
        java.util.Objects.requireNonNull(before);
        return (V v) -> apply(before.apply(v));
    }

    default <V> TFunction<T, V> andThen(TFunction<? super R, ? extends V> after) {
        java.util.Objects.requireNonNull(after);
        return (T t) -> after.apply(apply(t));
    }

    static <T> TFunction<T, T> identity() {
        return t -> t;
    }
}
