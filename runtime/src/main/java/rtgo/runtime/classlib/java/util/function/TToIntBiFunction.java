package rtgo.runtime.classlib.java.util.function;

/** java.util.function.ToIntBiFunction (an interface substitute). */
@FunctionalInterface
public interface TToIntBiFunction<T, U> {
    int applyAsInt(T t, U u);
}
