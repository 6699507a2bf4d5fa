package rtgo.runtime.classlib.java.util.function;

/** java.util.function.BinaryOperator (an interface substitute). */
@FunctionalInterface
public interface TBinaryOperator<T> extends TBiFunction<T, T, T> {
}
