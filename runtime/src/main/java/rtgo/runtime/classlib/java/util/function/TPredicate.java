package rtgo.runtime.classlib.java.util.function;

/**
 * java.util.function.Predicate (an interface substitute): only the abstract method, which the
 * collections call; a lambda or class implementing java.util.function.Predicate implements this.
 */
public interface TPredicate<T> {
    boolean test(T t);
}
