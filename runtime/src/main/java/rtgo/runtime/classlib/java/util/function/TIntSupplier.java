package rtgo.runtime.classlib.java.util.function;

/** java.util.function.IntSupplier (an interface substitute). */
@FunctionalInterface
public interface TIntSupplier {
    int getAsInt();
}
