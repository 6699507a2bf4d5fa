package rtgo.runtime.classlib.java.util.function;

/** java.util.function.BooleanSupplier (an interface substitute). */
@FunctionalInterface
public interface TBooleanSupplier {
    boolean getAsBoolean();
}
