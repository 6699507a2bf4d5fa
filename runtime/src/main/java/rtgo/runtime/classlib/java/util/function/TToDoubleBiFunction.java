package rtgo.runtime.classlib.java.util.function;

/** java.util.function.ToDoubleBiFunction (an interface substitute). */
@FunctionalInterface
public interface TToDoubleBiFunction<T, U> {
    double applyAsDouble(T t, U u);
}
