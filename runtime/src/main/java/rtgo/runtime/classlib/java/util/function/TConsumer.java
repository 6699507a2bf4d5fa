package rtgo.runtime.classlib.java.util.function;

/** java.util.function.Consumer (an interface substitute). */
@FunctionalInterface
public interface TConsumer<T> {
    void accept(T t);

    default TConsumer<T> andThen(TConsumer<? super T> after) {
        java.util.Objects.requireNonNull(after);
        return (T t) -> {
            accept(t);
            after.accept(t);
        };
    }
}
