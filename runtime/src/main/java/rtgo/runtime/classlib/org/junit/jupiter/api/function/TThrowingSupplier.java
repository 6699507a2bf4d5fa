package rtgo.runtime.classlib.org.junit.jupiter.api.function;


/** org.junit.jupiter.api.function.ThrowingSupplier (an interface substitute): what assertDoesNotThrow may return. */
@FunctionalInterface
public interface TThrowingSupplier<T> {
    T get() throws Throwable;
}
