package rtgo.runtime.classlib.java.util.function;

/** java.util.function.LongSupplier (an interface substitute). */
@FunctionalInterface
public interface TLongSupplier {
    long getAsLong();
}
