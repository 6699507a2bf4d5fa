package rtgo.runtime.classlib.java.util.function;

/** java.util.function.IntToDoubleFunction (an interface substitute). */
@FunctionalInterface
public interface TIntToDoubleFunction {
    double applyAsDouble(int value);
}
