package rtgo.runtime.classlib.java.util.function;

/**
 * java.util.function.ToIntFunction (an interface substitute): only the abstract method, which the
 * collections call; a lambda or class implementing java.util.function.ToIntFunction implements this.
 */
public interface TToIntFunction<T> {
    int applyAsInt(T value);
}
