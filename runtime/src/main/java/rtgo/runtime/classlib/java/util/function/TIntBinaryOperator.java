package rtgo.runtime.classlib.java.util.function;

/** java.util.function.IntBinaryOperator (an interface substitute). */
@FunctionalInterface
public interface TIntBinaryOperator {
    int applyAsInt(int left, int right);
}
