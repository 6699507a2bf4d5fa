package rtgo.runtime.classlib.java.util;

/** java.util.NavigableSet (an interface substitute). */
public interface TNavigableSet<E> extends TSortedSet<E> {
    E lower(E e);

    E floor(E e);

    E ceiling(E e);

    E higher(E e);

    E pollFirst();

    E pollLast();

    TNavigableSet<E> descendingSet();

    TIterator<E> descendingIterator();

    TNavigableSet<E> subSet(E fromElement, boolean fromInclusive, E toElement, boolean toInclusive);

    TNavigableSet<E> headSet(E toElement, boolean inclusive);

    TNavigableSet<E> tailSet(E fromElement, boolean inclusive);
}
