package rtgo.runtime.classlib.java.util.function;

/** java.util.function.LongToDoubleFunction (an interface substitute). */
@FunctionalInterface
public interface TLongToDoubleFunction {
    double applyAsDouble(long value);
}
