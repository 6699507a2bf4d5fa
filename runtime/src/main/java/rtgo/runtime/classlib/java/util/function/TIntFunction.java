package rtgo.runtime.classlib.java.util.function;

/** java.util.function.IntFunction (an interface substitute). */
@FunctionalInterface
public interface TIntFunction<R> {
    R apply(int value);
}
