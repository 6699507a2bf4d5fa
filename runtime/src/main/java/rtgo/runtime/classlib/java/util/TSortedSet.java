package rtgo.runtime.classlib.java.util;

/** java.util.SortedSet (an interface substitute). */
public interface TSortedSet<E> extends TSet<E> {
    TComparator<? super E> comparator();

    TSortedSet<E> subSet(E fromElement, E toElement);

    TSortedSet<E> headSet(E toElement);

    TSortedSet<E> tailSet(E fromElement);

    E first();

    E last();
}
