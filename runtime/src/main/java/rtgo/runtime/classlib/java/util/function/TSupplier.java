package rtgo.runtime.classlib.java.util.function;

/** java.util.function.Supplier (an interface substitute). */
@FunctionalInterface
public interface TSupplier<T> {
    T get();
}
