package rtgo.runtime.classlib.java.util.function;

/** java.util.function.DoubleToLongFunction (an interface substitute). */
@FunctionalInterface
public interface TDoubleToLongFunction {
    long applyAsLong(double value);
}
