package rtgo.runtime.classlib.java.util.function;

/** java.util.function.IntConsumer (an interface substitute). */
@FunctionalInterface
public interface TIntConsumer {
    void accept(int value);

    default TIntConsumer andThen(TIntConsumer after) {
        java.util.Objects.requireNonNull(after);
        return (int t) -> {
            accept(t);
            after.accept(t);
        };
    }
}
