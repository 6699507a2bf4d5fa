package rtgo.runtime.classlib.java.util.function;

/** java.util.function.DoubleFunction (an interface substitute). */
@FunctionalInterface
public interface TDoubleFunction<R> {
    R apply(double value);
}
