package rtgo.runtime.classlib.java.util.concurrent;

import java.util.NoSuchElementException;
import rtgo.runtime.classlib.java.util.TCollection;
import rtgo.runtime.classlib.java.util.TIterator;

/**
 * The iterator of the concurrent collections (not a JDK type): it walks a copy of the elements
 * taken when it was made, so it never throws ConcurrentModificationException and never sees
 * later changes (the JDK's "weakly consistent" iterators may or may not see them); remove removes
 * the element last returned from the collection, if it is still there.
 */
final class SnapshotIterator<E> implements TIterator<E> {
    private final Object[] elements;
    private final TCollection<E> owner;
    private int cursor;
    private int lastRet = -1;

    SnapshotIterator(Object[] elements, TCollection<E> owner) {
        this.elements = elements;
        this.owner = owner;
    }

    public boolean hasNext() {
        return cursor < elements.length;
    }

    @SuppressWarnings("unchecked")
    public E next() {
        if (cursor >= elements.length) {
            throw new NoSuchElementException();
        }
        lastRet = cursor;
        return (E) elements[cursor++];
    }

    public void remove() {
        if (lastRet < 0) {
            throw new IllegalStateException();
        }
        if (owner == null) {
            throw new UnsupportedOperationException();
        }
        owner.remove(elements[lastRet]);
        lastRet = -1;
    }
}
