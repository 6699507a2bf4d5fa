package rtgo.runtime.classlib.java.util.function;

/** java.util.function.LongBinaryOperator (an interface substitute). */
@FunctionalInterface
public interface TLongBinaryOperator {
    long applyAsLong(long left, long right);
}
