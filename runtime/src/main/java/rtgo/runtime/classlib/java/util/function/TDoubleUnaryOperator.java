package rtgo.runtime.classlib.java.util.function;

/** java.util.function.DoubleUnaryOperator (an interface substitute). */
@FunctionalInterface
public interface TDoubleUnaryOperator {
    double applyAsDouble(double operand);

    default TDoubleUnaryOperator compose(TDoubleUnaryOperator before) {
        java.util.Objects.requireNonNull(before);
        return (double v) -> applyAsDouble(before.applyAsDouble(v));
    }

    default TDoubleUnaryOperator andThen(TDoubleUnaryOperator after) {
        java.util.Objects.requireNonNull(after);
        return (double t) -> after.applyAsDouble(applyAsDouble(t));
    }

    static TDoubleUnaryOperator identity() {
        return t -> t;
    }
}
