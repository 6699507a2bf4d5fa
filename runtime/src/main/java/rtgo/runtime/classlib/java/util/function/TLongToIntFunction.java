package rtgo.runtime.classlib.java.util.function;

/** java.util.function.LongToIntFunction (an interface substitute). */
@FunctionalInterface
public interface TLongToIntFunction {
    int applyAsInt(long value);
}
