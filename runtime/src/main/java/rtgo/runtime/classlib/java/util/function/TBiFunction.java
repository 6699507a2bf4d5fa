package rtgo.runtime.classlib.java.util.function;

/**
 * java.util.function.BiFunction (an interface substitute): only the abstract method, which the
 * collections call; a lambda or class implementing java.util.function.BiFunction implements this.
 */
public interface TBiFunction<T, U, R> {
    R apply(T t, U u);
}
