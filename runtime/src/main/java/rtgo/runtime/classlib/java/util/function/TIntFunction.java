package rtgo.runtime.classlib.java.util.function;

/**
 * java.util.function.IntFunction (an interface substitute): only the abstract method, which the
 * collections call; a lambda or class implementing java.util.function.IntFunction implements this.
 */
public interface TIntFunction<R> {
    R apply(int value);
}
