package rtgo.runtime.classlib.java.util.function;

/** java.util.function.UnaryOperator (an interface substitute). */
@FunctionalInterface
public interface TUnaryOperator<T> extends TFunction<T, T> {
    static <T> TUnaryOperator<T> identity() {
        return t -> t;
    }
}
