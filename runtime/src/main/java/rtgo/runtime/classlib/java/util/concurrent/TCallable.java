package rtgo.runtime.classlib.java.util.concurrent;

/** java.util.concurrent.Callable (an interface substitute): a task that returns a result or throws. */
@FunctionalInterface
public interface TCallable<V> {
    V call() throws Exception;
}
