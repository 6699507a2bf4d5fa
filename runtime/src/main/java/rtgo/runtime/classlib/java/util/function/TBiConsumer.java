package rtgo.runtime.classlib.java.util.function;

/** java.util.function.BiConsumer (an interface substitute). */
@FunctionalInterface
public interface TBiConsumer<T, U> {
    void accept(T t, U u);

    default TBiConsumer<T, U> andThen(TBiConsumer<? super T, ? super U> after) {
        java.util.Objects.requireNonNull(after);
        return (l, r) -> {
            accept(l, r);
            after.accept(l, r);
        };
    }
}
