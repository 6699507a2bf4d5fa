package rtgo.runtime.classlib.java.util.function;

/** java.util.function.ObjIntConsumer (an interface substitute). */
@FunctionalInterface
public interface TObjIntConsumer<T> {
    void accept(T t, int value);
}
