package rtgo.runtime.classlib.java.util;

import rtgo.runtime.classlib.java.util.function.TConsumer;

/** java.util.Iterator (an interface substitute), with the JDK's default remove and forEachRemaining. */
public interface TIterator<E> {
    boolean hasNext();

    E next();

    /** The JDK's default: UnsupportedOperationException("remove"). */
    default void remove() {
        throw new UnsupportedOperationException("remove");
    }

    default void forEachRemaining(TConsumer<? super E> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        while (hasNext()) {
            action.accept(next());
        }
    }
}
