package rtgo.runtime.classlib.java.util;

import java.util.NoSuchElementException;
import rtgo.runtime.classlib.java.util.function.TUnaryOperator;

/**
 * java.util.List (an interface substitute), with the JDK's default methods (sort, replaceAll and
 * the JDK 21 SequencedCollection ends) and the List.of / List.copyOf factories, which make
 * unmodifiable lists that refuse nulls as the JDK's do.
 */
public interface TList<E> extends TCollection<E> {
    E get(int index);

    E set(int index, E element);

    void add(int index, E element);

    E remove(int index);

    int indexOf(Object o);

    int lastIndexOf(Object o);

    boolean addAll(int index, TCollection<? extends E> c);

    TListIterator<E> listIterator();

    TListIterator<E> listIterator(int index);

    TList<E> subList(int fromIndex, int toIndex);

    /** The JDK's default: sorts a copy stably, then writes it back through a list iterator. */
    @SuppressWarnings("unchecked")
    default void sort(TComparator<? super E> c) {
        Object[] a = toArray();
        TArrays.sort(a, (TComparator<Object>) c);
        TListIterator<E> it = listIterator();
        for (int i = 0; i < a.length; i++) {
            it.next();
            it.set((E) a[i]);
        }
    }

    default void replaceAll(TUnaryOperator<E> operator) {
        if (operator == null) {
            throw new NullPointerException();
        }
        TListIterator<E> it = listIterator();
        while (it.hasNext()) {
            it.set(operator.apply(it.next()));
        }
    }

    default E getFirst() {
        if (isEmpty()) {
            throw new NoSuchElementException();
        }
        return get(0);
    }

    default E getLast() {
        if (isEmpty()) {
            throw new NoSuchElementException();
        }
        return get(size() - 1);
    }

    default E removeFirst() {
        if (isEmpty()) {
            throw new NoSuchElementException();
        }
        return remove(0);
    }

    default E removeLast() {
        if (isEmpty()) {
            throw new NoSuchElementException();
        }
        return remove(size() - 1);
    }

    default void addFirst(E e) {
        add(0, e);
    }

    default void addLast(E e) {
        add(e);
    }

    static <E> TList<E> of() {
        return TCollections.immutableList(new Object[0]);
    }

    static <E> TList<E> of(E e1) {
        return TCollections.immutableList(new Object[] {e1});
    }

    static <E> TList<E> of(E e1, E e2) {
        return TCollections.immutableList(new Object[] {e1, e2});
    }

    static <E> TList<E> of(E e1, E e2, E e3) {
        return TCollections.immutableList(new Object[] {e1, e2, e3});
    }

    static <E> TList<E> of(E e1, E e2, E e3, E e4) {
        return TCollections.immutableList(new Object[] {e1, e2, e3, e4});
    }

    static <E> TList<E> of(E e1, E e2, E e3, E e4, E e5) {
        return TCollections.immutableList(new Object[] {e1, e2, e3, e4, e5});
    }

    static <E> TList<E> of(E e1, E e2, E e3, E e4, E e5, E e6) {
        return TCollections.immutableList(new Object[] {e1, e2, e3, e4, e5, e6});
    }

    static <E> TList<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7) {
        return TCollections.immutableList(new Object[] {e1, e2, e3, e4, e5, e6, e7});
    }

    static <E> TList<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8) {
        return TCollections.immutableList(new Object[] {e1, e2, e3, e4, e5, e6, e7, e8});
    }

    static <E> TList<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8, E e9) {
        return TCollections.immutableList(new Object[] {e1, e2, e3, e4, e5, e6, e7, e8, e9});
    }

    static <E> TList<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8, E e9, E e10) {
        return TCollections.immutableList(new Object[] {e1, e2, e3, e4, e5, e6, e7, e8, e9, e10});
    }

    @SafeVarargs
    static <E> TList<E> of(E... elements) {
        Object[] copy = new Object[elements.length];
        System.arraycopy(elements, 0, copy, 0, copy.length);
        return TCollections.immutableList(copy);
    }

    static <E> TList<E> copyOf(TCollection<? extends E> c) {
        return TCollections.immutableList(c.toArray());
    }
}
