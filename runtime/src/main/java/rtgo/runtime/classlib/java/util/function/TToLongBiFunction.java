package rtgo.runtime.classlib.java.util.function;

/** java.util.function.ToLongBiFunction (an interface substitute). */
@FunctionalInterface
public interface TToLongBiFunction<T, U> {
    long applyAsLong(T t, U u);
}
