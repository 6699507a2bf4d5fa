package rtgo.runtime.classlib.java.util.function;

/** java.util.function.DoubleToIntFunction (an interface substitute). */
@FunctionalInterface
public interface TDoubleToIntFunction {
    int applyAsInt(double value);
}
