package rtgo.runtime.classlib.java.util.function;

/** java.util.function.ToIntFunction (an interface substitute). */
@FunctionalInterface
public interface TToIntFunction<T> {
    int applyAsInt(T value);
}
