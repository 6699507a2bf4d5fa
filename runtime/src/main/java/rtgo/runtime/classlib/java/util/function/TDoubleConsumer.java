package rtgo.runtime.classlib.java.util.function;

/** java.util.function.DoubleConsumer (an interface substitute). */
@FunctionalInterface
public interface TDoubleConsumer {
    void accept(double value);

    default TDoubleConsumer andThen(TDoubleConsumer after) {
        java.util.Objects.requireNonNull(after);
        return (double t) -> {
            accept(t);
            after.accept(t);
        };
    }
}
