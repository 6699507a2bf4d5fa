package rtgo.runtime.classlib.java.util;

import java.util.ConcurrentModificationException;
import java.util.NoSuchElementException;
import rtgo.runtime.classlib.java.util.function.TConsumer;
import rtgo.runtime.classlib.java.util.function.TPredicate;
import rtgo.runtime.classlib.java.util.function.TUnaryOperator;

/*
 * TArrayList: java.util.ArrayList as a whole-class substitute.
 *
 * Design note. The elements sit in an Object[] that grows by half again when full (growth is
 * invisible to a program, so the policy only trades RAM against copying; the JDK's 1.5 factor is
 * kept). Every structural change increments modCount, which the iterators of TAbstractList and
 * sub-lists check. Index checks report the JDK's texts ("Index 5 out of bounds for length 3" for
 * get/set/remove, "Index: 5, Size: 3" for add at an index, "Illegal Capacity: -1"). sort is a
 * stable merge sort (TArrays) on the backing array, which gives the JDK's TimSort result (both are
 * stable, and a stable sort's output is determined by the comparator). forEach, removeIf and
 * replaceAll check modCount at the end, as the JDK's do.
 */
public class TArrayList<E> extends TAbstractList<E> implements TList<E>, TRandomAccess {
    private Object[] elementData;
    private int size;

    public TArrayList() {
        elementData = new Object[10];
    }

    public TArrayList(int initialCapacity) {
        if (initialCapacity < 0) {
            throw new IllegalArgumentException("Illegal Capacity: " + initialCapacity);
        }
        elementData = new Object[initialCapacity];
    }

    public TArrayList(TCollection<? extends E> c) {
        Object[] a = c.toArray();
        Object[] copy = new Object[a.length];
        System.arraycopy(a, 0, copy, 0, a.length);
        elementData = copy;
        size = a.length;
    }

    public void trimToSize() {
        modCount++;
        if (size < elementData.length) {
            Object[] a = new Object[size];
            System.arraycopy(elementData, 0, a, 0, size);
            elementData = a;
        }
    }

    public void ensureCapacity(int minCapacity) {
        if (minCapacity > elementData.length) {
            modCount++;
            grow(minCapacity);
        }
    }

    private void grow(int minCapacity) {
        int n = elementData.length;
        int cap = n + (n >> 1);
        if (cap < minCapacity) {
            cap = minCapacity;
        }
        if (cap < 10) {
            cap = 10;
        }
        Object[] a = new Object[cap];
        System.arraycopy(elementData, 0, a, 0, size);
        elementData = a;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    public int indexOf(Object o) {
        Object[] es = elementData;
        if (o == null) {
            for (int i = 0; i < size; i++) {
                if (es[i] == null) {
                    return i;
                }
            }
        } else {
            for (int i = 0; i < size; i++) {
                if (o.equals(es[i])) {
                    return i;
                }
            }
        }
        return -1;
    }

    public int lastIndexOf(Object o) {
        Object[] es = elementData;
        if (o == null) {
            for (int i = size - 1; i >= 0; i--) {
                if (es[i] == null) {
                    return i;
                }
            }
        } else {
            for (int i = size - 1; i >= 0; i--) {
                if (o.equals(es[i])) {
                    return i;
                }
            }
        }
        return -1;
    }

    public Object[] toArray() {
        Object[] a = new Object[size];
        System.arraycopy(elementData, 0, a, 0, size);
        return a;
    }

    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        T[] r = a.length >= size ? a : (T[]) newArrayLike(a, size);
        System.arraycopy(elementData, 0, r, 0, size);
        if (r.length > size) {
            r[size] = null;
        }
        return r;
    }

    @SuppressWarnings("unchecked")
    public E get(int index) {
        checkIndex(index, size);
        return (E) elementData[index];
    }

    @SuppressWarnings("unchecked")
    public E set(int index, E element) {
        checkIndex(index, size);
        E old = (E) elementData[index];
        elementData[index] = element;
        return old;
    }

    public E getFirst() {
        if (size == 0) {
            throw new NoSuchElementException();
        }
        return get(0);
    }

    public E getLast() {
        if (size == 0) {
            throw new NoSuchElementException();
        }
        return get(size - 1);
    }

    public boolean add(E e) {
        modCount++;
        if (size == elementData.length) {
            grow(size + 1);
        }
        elementData[size++] = e;
        return true;
    }

    public void add(int index, E element) {
        checkPositionIndex(index, size);
        modCount++;
        if (size == elementData.length) {
            grow(size + 1);
        }
        System.arraycopy(elementData, index, elementData, index + 1, size - index);
        elementData[index] = element;
        size++;
    }

    @SuppressWarnings("unchecked")
    public E remove(int index) {
        checkIndex(index, size);
        E old = (E) elementData[index];
        fastRemove(index);
        return old;
    }

    public E removeFirst() {
        if (size == 0) {
            throw new NoSuchElementException();
        }
        return remove(0);
    }

    public E removeLast() {
        if (size == 0) {
            throw new NoSuchElementException();
        }
        return remove(size - 1);
    }

    public boolean remove(Object o) {
        int i = indexOf(o);
        if (i < 0) {
            return false;
        }
        fastRemove(i);
        return true;
    }

    private void fastRemove(int i) {
        modCount++;
        int newSize = size - 1;
        if (newSize > i) {
            System.arraycopy(elementData, i + 1, elementData, i, newSize - i);
        }
        elementData[newSize] = null;
        size = newSize;
    }

    public void clear() {
        modCount++;
        for (int i = 0; i < size; i++) {
            elementData[i] = null;
        }
        size = 0;
    }

    public boolean addAll(TCollection<? extends E> c) {
        Object[] a = c.toArray();
        modCount++;
        int n = a.length;
        if (n == 0) {
            return false;
        }
        if (n > elementData.length - size) {
            grow(size + n);
        }
        System.arraycopy(a, 0, elementData, size, n);
        size += n;
        return true;
    }

    public boolean addAll(int index, TCollection<? extends E> c) {
        checkPositionIndex(index, size);
        Object[] a = c.toArray();
        modCount++;
        int n = a.length;
        if (n == 0) {
            return false;
        }
        if (n > elementData.length - size) {
            grow(size + n);
        }
        System.arraycopy(elementData, index, elementData, index + n, size - index);
        System.arraycopy(a, 0, elementData, index, n);
        size += n;
        return true;
    }

    protected void removeRange(int fromIndex, int toIndex) {
        if (fromIndex > toIndex) {
            throw new IndexOutOfBoundsException("From Index: " + fromIndex + " > To Index: " + toIndex);
        }
        modCount++;
        System.arraycopy(elementData, toIndex, elementData, fromIndex, size - toIndex);
        int newSize = size - (toIndex - fromIndex);
        for (int i = newSize; i < size; i++) {
            elementData[i] = null;
        }
        size = newSize;
    }

    public boolean removeAll(TCollection<?> c) {
        return batchRemove(c, false);
    }

    public boolean retainAll(TCollection<?> c) {
        return batchRemove(c, true);
    }

    /** Keeps the elements whose membership in c is {@code keep}; one pass, one modCount step. */
    private boolean batchRemove(TCollection<?> c, boolean keep) {
        if (c == null) {
            throw new NullPointerException();
        }
        Object[] es = elementData;
        int w = 0;
        for (int r = 0; r < size; r++) {
            if (c.contains(es[r]) == keep) {
                es[w++] = es[r];
            }
        }
        if (w == size) {
            return false;
        }
        for (int i = w; i < size; i++) {
            es[i] = null;
        }
        modCount++;
        size = w;
        return true;
    }

    @SuppressWarnings("unchecked")
    public boolean removeIf(TPredicate<? super E> filter) {
        if (filter == null) {
            throw new NullPointerException();
        }
        int expected = modCount;
        Object[] es = elementData;
        int n = size;
        boolean[] dead = null;
        for (int i = 0; i < n && modCount == expected; i++) {
            if (filter.test((E) es[i])) {
                if (dead == null) {
                    dead = new boolean[n];
                }
                dead[i] = true;
            }
        }
        if (modCount != expected) {
            throw new ConcurrentModificationException();
        }
        if (dead == null) {
            return false;
        }
        int w = 0;
        for (int r = 0; r < n; r++) {
            if (!dead[r]) {
                es[w++] = es[r];
            }
        }
        for (int i = w; i < n; i++) {
            es[i] = null;
        }
        size = w;
        modCount++;
        return true;
    }

    @SuppressWarnings("unchecked")
    public void forEach(TConsumer<? super E> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        int expected = modCount;
        Object[] es = elementData;
        int n = size;
        for (int i = 0; modCount == expected && i < n; i++) {
            action.accept((E) es[i]);
        }
        if (modCount != expected) {
            throw new ConcurrentModificationException();
        }
    }

    @SuppressWarnings("unchecked")
    public void replaceAll(TUnaryOperator<E> operator) {
        if (operator == null) {
            throw new NullPointerException();
        }
        int expected = modCount;
        Object[] es = elementData;
        for (int i = 0; modCount == expected && i < size; i++) {
            es[i] = operator.apply((E) es[i]);
        }
        if (modCount != expected) {
            throw new ConcurrentModificationException();
        }
        modCount++;
    }

    @SuppressWarnings("unchecked")
    public void sort(TComparator<? super E> c) {
        int expected = modCount;
        TArrays.sortRange(elementData, 0, size, (TComparator<Object>) c);
        if (modCount != expected) {
            throw new ConcurrentModificationException();
        }
        modCount++;
    }

    public boolean equals(Object o) {
        return super.equals(o);
    }

    public int hashCode() {
        return super.hashCode();
    }
}
