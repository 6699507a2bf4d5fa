package rtgo.runtime.classlib.java.util.function;

/** java.util.function.ObjDoubleConsumer (an interface substitute). */
@FunctionalInterface
public interface TObjDoubleConsumer<T> {
    void accept(T t, double value);
}
