package rtgo.runtime.classlib.java.util.function;

/** java.util.function.LongConsumer (an interface substitute). */
@FunctionalInterface
public interface TLongConsumer {
    void accept(long value);

    default TLongConsumer andThen(TLongConsumer after) {
        java.util.Objects.requireNonNull(after);
        return (long t) -> {
            accept(t);
            after.accept(t);
        };
    }
}
