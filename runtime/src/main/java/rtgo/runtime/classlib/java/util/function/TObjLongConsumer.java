package rtgo.runtime.classlib.java.util.function;

/** java.util.function.ObjLongConsumer (an interface substitute). */
@FunctionalInterface
public interface TObjLongConsumer<T> {
    void accept(T t, long value);
}
