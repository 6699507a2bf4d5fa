package rtgo.runtime.classlib.java.util;

import java.util.ConcurrentModificationException;
import java.util.NoSuchElementException;

/*
 * TAbstractList: java.util.AbstractList as a whole-class substitute, the base of the random-access
 * lists (ArrayList, the unmodifiable and singleton lists, sub-lists).
 *
 * Design note. modCount counts structural changes (size changes); the iterators and sub-lists
 * remember it and throw ConcurrentModificationException when it moved under them, in the order of
 * checks the JDK's ArrayList iterators use (comodification before NoSuchElementException;
 * IllegalStateException before comodification in remove and set), so the exception a faulty
 * program sees is the JVM's. equals and hashCode are the List contract: element-wise equality in
 * order, and 31 * h + hash from 1. The index messages are the JDK's: Objects.checkIndex's
 * "Index 5 out of bounds for length 3", ArrayList's "Index: 5, Size: 3" for add, and subList's
 * "fromIndex = -1", "toIndex = 9", "fromIndex(3) > toIndex(2)".
 */
public abstract class TAbstractList<E> extends TAbstractCollection<E> implements TList<E> {
    /** Structural modifications so far, as the JDK's protected field. */
    protected transient int modCount;

    protected TAbstractList() {}

    public abstract E get(int index);

    public boolean add(E e) {
        add(size(), e);
        return true;
    }

    public E set(int index, E element) {
        throw new UnsupportedOperationException();
    }

    public void add(int index, E element) {
        throw new UnsupportedOperationException();
    }

    public E remove(int index) {
        throw new UnsupportedOperationException();
    }

    public int indexOf(Object o) {
        int n = size();
        for (int i = 0; i < n; i++) {
            if (o == null ? get(i) == null : o.equals(get(i))) {
                return i;
            }
        }
        return -1;
    }

    public int lastIndexOf(Object o) {
        for (int i = size() - 1; i >= 0; i--) {
            if (o == null ? get(i) == null : o.equals(get(i))) {
                return i;
            }
        }
        return -1;
    }

    public void clear() {
        removeRange(0, size());
    }

    public boolean addAll(int index, TCollection<? extends E> c) {
        checkPositionIndex(index, size());
        boolean modified = false;
        for (TIterator<? extends E> it = c.iterator(); it.hasNext();) {
            add(index++, it.next());
            modified = true;
        }
        return modified;
    }

    /** Removes the elements from..to-1 (what clear and a sub-list's clear call). */
    protected void removeRange(int fromIndex, int toIndex) {
        TListIterator<E> it = listIterator(fromIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            it.next();
            it.remove();
        }
    }

    public TIterator<E> iterator() {
        return new Itr(0);
    }

    public TListIterator<E> listIterator() {
        return new Itr(0);
    }

    public TListIterator<E> listIterator(int index) {
        checkPositionIndex(index, size());
        return new Itr(index);
    }

    public TList<E> subList(int fromIndex, int toIndex) {
        subListRangeCheck(fromIndex, toIndex, size());
        return new SubList<E>(this, fromIndex, toIndex);
    }

    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof TList)) {
            return false;
        }
        TIterator<E> a = iterator();
        TIterator<?> b = ((TList<?>) o).iterator();
        while (a.hasNext() && b.hasNext()) {
            Object x = a.next();
            Object y = b.next();
            if (!(x == null ? y == null : x.equals(y))) {
                return false;
            }
        }
        return !(a.hasNext() || b.hasNext());
    }

    public int hashCode() {
        int h = 1;
        for (TIterator<E> it = iterator(); it.hasNext();) {
            Object e = it.next();
            h = 31 * h + (e == null ? 0 : e.hashCode());
        }
        return h;
    }

    // ---- checks with the JDK's messages -------------------------------------------------------

    /** Objects.checkIndex: 0 <= index < length. */
    static void checkIndex(int index, int length) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + length);
        }
    }

    /** An insertion or list-iterator position: 0 <= index <= size ("Index: 5, Size: 3"). */
    static void checkPositionIndex(int index, int size) {
        if (index < 0 || index > size) {
            throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
        }
    }

    static void subListRangeCheck(int fromIndex, int toIndex, int size) {
        if (fromIndex < 0) {
            throw new IndexOutOfBoundsException("fromIndex = " + fromIndex);
        }
        if (toIndex > size) {
            throw new IndexOutOfBoundsException("toIndex = " + toIndex);
        }
        if (fromIndex > toIndex) {
            throw new IllegalArgumentException("fromIndex(" + fromIndex + ") > toIndex(" + toIndex + ")");
        }
    }

    /** The list iterator of a random-access list: positions by index, fail-fast on modCount. */
    private class Itr implements TListIterator<E> {
        int cursor;
        int lastRet = -1;
        int expectedModCount = modCount;

        Itr(int index) {
            cursor = index;
        }

        public boolean hasNext() {
            return cursor != size();
        }

        public E next() {
            checkForComodification();
            int i = cursor;
            if (i >= size()) {
                throw new NoSuchElementException();
            }
            E e = get(i);
            lastRet = i;
            cursor = i + 1;
            return e;
        }

        public boolean hasPrevious() {
            return cursor != 0;
        }

        public E previous() {
            checkForComodification();
            int i = cursor - 1;
            if (i < 0) {
                throw new NoSuchElementException();
            }
            E e = get(i);
            lastRet = i;
            cursor = i;
            return e;
        }

        public int nextIndex() {
            return cursor;
        }

        public int previousIndex() {
            return cursor - 1;
        }

        public void remove() {
            if (lastRet < 0) {
                throw new IllegalStateException();
            }
            checkForComodification();
            TAbstractList.this.remove(lastRet);
            cursor = lastRet;
            lastRet = -1;
            expectedModCount = modCount;
        }

        public void set(E e) {
            if (lastRet < 0) {
                throw new IllegalStateException();
            }
            checkForComodification();
            TAbstractList.this.set(lastRet, e);
        }

        public void add(E e) {
            checkForComodification();
            TAbstractList.this.add(cursor, e);
            cursor++;
            lastRet = -1;
            expectedModCount = modCount;
        }

        final void checkForComodification() {
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
        }
    }

    /**
     * A view of a range of a list: reads and writes go to the parent at an offset; structural
     * changes made through the view keep it valid, changes made around it make every use throw
     * ConcurrentModificationException.
     */
    static final class SubList<E> extends TAbstractList<E> implements TRandomAccess {
        private final TAbstractList<E> parent;
        private final int offset;
        private int size;

        SubList(TAbstractList<E> parent, int fromIndex, int toIndex) {
            this.parent = parent;
            this.offset = fromIndex;
            this.size = toIndex - fromIndex;
            this.modCount = parent.modCount;
        }

        public E get(int index) {
            checkIndex(index, size);
            checkForComodification();
            return parent.get(offset + index);
        }

        public E set(int index, E element) {
            checkIndex(index, size);
            checkForComodification();
            return parent.set(offset + index, element);
        }

        public int size() {
            checkForComodification();
            return size;
        }

        public void add(int index, E element) {
            checkPositionIndex(index, size);
            checkForComodification();
            parent.add(offset + index, element);
            modCount = parent.modCount;
            size++;
        }

        public E remove(int index) {
            checkIndex(index, size);
            checkForComodification();
            E e = parent.remove(offset + index);
            modCount = parent.modCount;
            size--;
            return e;
        }

        protected void removeRange(int fromIndex, int toIndex) {
            checkForComodification();
            parent.removeRange(offset + fromIndex, offset + toIndex);
            modCount = parent.modCount;
            size -= toIndex - fromIndex;
        }

        public boolean addAll(TCollection<? extends E> c) {
            return addAll(size, c);
        }

        public boolean addAll(int index, TCollection<? extends E> c) {
            checkPositionIndex(index, size);
            int n = c.size();
            if (n == 0) {
                return false;
            }
            checkForComodification();
            parent.addAll(offset + index, c);
            modCount = parent.modCount;
            size += n;
            return true;
        }

        private void checkForComodification() {
            if (parent.modCount != modCount) {
                throw new ConcurrentModificationException();
            }
        }
    }
}
