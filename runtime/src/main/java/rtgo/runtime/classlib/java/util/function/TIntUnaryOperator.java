package rtgo.runtime.classlib.java.util.function;

/** java.util.function.IntUnaryOperator (an interface substitute). */
@FunctionalInterface
public interface TIntUnaryOperator {
    int applyAsInt(int operand);

    default TIntUnaryOperator compose(TIntUnaryOperator before) {
        java.util.Objects.requireNonNull(before);
        return (int v) -> applyAsInt(before.applyAsInt(v));
    }

    default TIntUnaryOperator andThen(TIntUnaryOperator after) {
        java.util.Objects.requireNonNull(after);
        return (int t) -> after.applyAsInt(applyAsInt(t));
    }

    static TIntUnaryOperator identity() {
        return t -> t;
    }
}
