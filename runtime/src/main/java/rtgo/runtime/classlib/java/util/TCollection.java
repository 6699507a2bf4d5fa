package rtgo.runtime.classlib.java.util;

import rtgo.runtime.classlib.java.lang.TIterable;
import rtgo.runtime.classlib.java.util.function.TPredicate;

/**
 * java.util.Collection (an interface substitute). equals and hashCode are not redeclared: a call
 * through the interface goes to Object's slots, which every collection fills.
 */
public interface TCollection<E> extends TIterable<E> {
    int size();

    boolean isEmpty();

    boolean contains(Object o);

    Object[] toArray();

    <T> T[] toArray(T[] a);

    boolean add(E e);

    boolean remove(Object o);

    boolean containsAll(TCollection<?> c);

    boolean addAll(TCollection<? extends E> c);

    boolean removeAll(TCollection<?> c);

    boolean retainAll(TCollection<?> c);

    void clear();

    /** The JDK's default: removes through the iterator each element the filter accepts. */
    default boolean removeIf(TPredicate<? super E> filter) {
        if (filter == null) {
            throw new NullPointerException();
        }
        boolean removed = false;
        for (TIterator<E> it = iterator(); it.hasNext();) {
            if (filter.test(it.next())) {
                it.remove();
                removed = true;
            }
        }
        return removed;
    }
}
