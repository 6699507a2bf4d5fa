package rtgo.runtime.classlib.java.util.function;

/** java.util.function.LongUnaryOperator (an interface substitute). */
@FunctionalInterface
public interface TLongUnaryOperator {
    long applyAsLong(long operand);

    default TLongUnaryOperator compose(TLongUnaryOperator before) {
        java.util.Objects.requireNonNull(before);
        return (long v) -> applyAsLong(before.applyAsLong(v));
    }

    default TLongUnaryOperator andThen(TLongUnaryOperator after) {
        java.util.Objects.requireNonNull(after);
        return (long t) -> after.applyAsLong(applyAsLong(t));
    }

    static TLongUnaryOperator identity() {
        return t -> t;
    }
}
