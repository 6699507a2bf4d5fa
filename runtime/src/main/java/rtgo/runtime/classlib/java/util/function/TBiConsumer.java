package rtgo.runtime.classlib.java.util.function;

/**
 * java.util.function.BiConsumer (an interface substitute): only the abstract method, which the
 * collections call; a lambda or class implementing java.util.function.BiConsumer implements this.
 */
public interface TBiConsumer<T, U> {
    void accept(T t, U u);
}
