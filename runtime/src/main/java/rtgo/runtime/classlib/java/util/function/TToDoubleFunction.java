package rtgo.runtime.classlib.java.util.function;

/** java.util.function.ToDoubleFunction (an interface substitute). */
@FunctionalInterface
public interface TToDoubleFunction<T> {
    double applyAsDouble(T value);
}
