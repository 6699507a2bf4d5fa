package rtgo.runtime.classlib.java.util.function;

/**
 * java.util.function.Function (an interface substitute): only the abstract method, which the
 * collections call; a lambda or class implementing java.util.function.Function implements this.
 */
public interface TFunction<T, R> {
    R apply(T t);
}
