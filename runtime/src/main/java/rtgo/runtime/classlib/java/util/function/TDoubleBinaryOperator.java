package rtgo.runtime.classlib.java.util.function;

/** java.util.function.DoubleBinaryOperator (an interface substitute). */
@FunctionalInterface
public interface TDoubleBinaryOperator {
    double applyAsDouble(double left, double right);
}
