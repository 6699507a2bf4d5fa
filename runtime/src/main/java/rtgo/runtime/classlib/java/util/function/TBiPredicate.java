package rtgo.runtime.classlib.java.util.function;

/**
 * java.util.function.BiPredicate (an interface substitute): only the abstract method, which the
 * collections call; a lambda or class implementing java.util.function.BiPredicate implements this.
 */
public interface TBiPredicate<T, U> {
    boolean test(T t, U u);
}
