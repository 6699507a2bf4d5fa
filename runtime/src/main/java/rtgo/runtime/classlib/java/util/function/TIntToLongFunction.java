package rtgo.runtime.classlib.java.util.function;

/** java.util.function.IntToLongFunction (an interface substitute). */
@FunctionalInterface
public interface TIntToLongFunction {
    long applyAsLong(int value);
}
