package rtgo.runtime.classlib.java.util;

/** java.util.ListIterator (an interface substitute). */
public interface TListIterator<E> extends TIterator<E> {
    boolean hasPrevious();

    E previous();

    int nextIndex();

    int previousIndex();

    void remove();

    void set(E e);

    void add(E e);
}
