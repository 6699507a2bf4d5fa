package rtgo.runtime.classlib.java.util.function;

/** java.util.function.ToLongFunction (an interface substitute). */
@FunctionalInterface
public interface TToLongFunction<T> {
    long applyAsLong(T value);
}
