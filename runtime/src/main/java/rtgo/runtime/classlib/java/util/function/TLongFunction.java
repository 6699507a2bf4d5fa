package rtgo.runtime.classlib.java.util.function;

/** java.util.function.LongFunction (an interface substitute). */
@FunctionalInterface
public interface TLongFunction<R> {
    R apply(long value);
}
