package rtgo.runtime.classlib.java.lang;

import rtgo.runtime.classlib.java.util.TIterator;
import rtgo.runtime.classlib.java.util.function.TConsumer;

/**
 * java.lang.Iterable (an interface substitute): what the enhanced for statement calls on a
 * collection or on a program class implementing Iterable.
 */
public interface TIterable<T> {
    TIterator<T> iterator();

    /** Each element in iteration order, as the JDK's default method. */
    default void forEach(TConsumer<? super T> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        for (TIterator<T> it = iterator(); it.hasNext();) {
            action.accept(it.next());
        }
    }
}
