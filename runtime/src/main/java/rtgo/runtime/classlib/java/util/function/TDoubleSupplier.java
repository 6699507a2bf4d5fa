package rtgo.runtime.classlib.java.util.function;

/** java.util.function.DoubleSupplier (an interface substitute). */
@FunctionalInterface
public interface TDoubleSupplier {
    double getAsDouble();
}
