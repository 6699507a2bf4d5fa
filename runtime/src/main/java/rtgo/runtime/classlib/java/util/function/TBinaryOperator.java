package rtgo.runtime.classlib.java.util.function;

/** java.util.function.BinaryOperator (an interface substitute): a BiFunction from two Ts to a T. */
public interface TBinaryOperator<T> extends TBiFunction<T, T, T> {
}
