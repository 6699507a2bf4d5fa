package rtgo.runtime.classlib.java.util.function;

/** java.util.function.UnaryOperator (an interface substitute): a Function from T to T. */
public interface TUnaryOperator<T> extends TFunction<T, T> {
}
