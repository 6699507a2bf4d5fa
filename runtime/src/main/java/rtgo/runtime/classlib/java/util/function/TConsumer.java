package rtgo.runtime.classlib.java.util.function;

/**
 * java.util.function.Consumer (an interface substitute): only the abstract method, which the
 * collections call; a lambda or class implementing java.util.function.Consumer implements this.
 */
public interface TConsumer<T> {
    void accept(T t);
}
