package rtgo.runtime.classlib.java.util.function;

/**
 * java.util.function.Supplier (an interface substitute): only the abstract method, which the
 * collections call; a lambda or class implementing java.util.function.Supplier implements this.
 */
public interface TSupplier<T> {
    T get();
}
