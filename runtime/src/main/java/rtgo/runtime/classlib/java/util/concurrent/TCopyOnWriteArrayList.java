package rtgo.runtime.classlib.java.util.concurrent;

import java.util.NoSuchElementException;
import rtgo.runtime.classlib.java.util.TAbstractList;
import rtgo.runtime.classlib.java.util.TArrays;
import rtgo.runtime.classlib.java.util.TCollection;
import rtgo.runtime.classlib.java.util.TComparator;
import rtgo.runtime.classlib.java.util.TIterator;
import rtgo.runtime.classlib.java.util.TListIterator;
import rtgo.runtime.classlib.java.util.TRandomAccess;
import rtgo.runtime.classlib.java.util.function.TConsumer;
import rtgo.runtime.classlib.java.util.function.TPredicate;
import rtgo.runtime.classlib.java.util.function.TUnaryOperator;

/*
 * TCopyOnWriteArrayList: java.util.concurrent.CopyOnWriteArrayList as a whole-class substitute.
 *
 * Design note. An array that is never changed once published: every write (under the list's
 * monitor) copies it, changes the copy and publishes the copy with one store, so reads and
 * iterations run on whatever array they started with, without locking and without
 * ConcurrentModificationException; the iterators are snapshots and refuse remove, set and add
 * (UnsupportedOperationException), as the JDK's do. It reuses AbstractList's equals, hashCode,
 * toString and subList (the JDK's class does not extend AbstractList, which a program cannot see
 * without reflection). Index errors are the JDK's: reads and in-range writes index the array
 * ("Index 5 out of bounds for length 3"), add(index) reports "Index: 5, Size: 3".
 */
public class TCopyOnWriteArrayList<E> extends TAbstractList<E> implements TRandomAccess {
    private volatile Object[] array;

    public TCopyOnWriteArrayList() {
        array = new Object[0];
    }

    public TCopyOnWriteArrayList(TCollection<? extends E> c) {
        array = c.toArray();
    }

    public TCopyOnWriteArrayList(E[] toCopyIn) {
        Object[] a = new Object[toCopyIn.length];
        System.arraycopy(toCopyIn, 0, a, 0, a.length);
        array = a;
    }

    public int size() {
        return array.length;
    }

    public boolean isEmpty() {
        return array.length == 0;
    }

    private static int indexOf(Object o, Object[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (o == null ? a[i] == null : o.equals(a[i])) {
                return i;
            }
        }
        return -1;
    }

    public int indexOf(Object o) {
        Object[] a = array;
        return indexOf(o, a, 0, a.length);
    }

    public int indexOf(E e, int index) {
        Object[] a = array;
        return indexOf(e, a, index, a.length);
    }

    public int lastIndexOf(Object o) {
        Object[] a = array;
        for (int i = a.length - 1; i >= 0; i--) {
            if (o == null ? a[i] == null : o.equals(a[i])) {
                return i;
            }
        }
        return -1;
    }

    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    @SuppressWarnings("unchecked")
    public E get(int index) {
        return (E) array[index];
    }

    public Object[] toArray() {
        return array.clone();
    }

    @SuppressWarnings("unchecked")
    public E set(int index, E element) {
        synchronized (this) {
            Object[] a = array;
            E old = (E) a[index];
            if (old != element) {
                Object[] b = a.clone();
                b[index] = element;
                array = b;
            }
            return old;
        }
    }

    public boolean add(E e) {
        synchronized (this) {
            Object[] a = array;
            Object[] b = new Object[a.length + 1];
            System.arraycopy(a, 0, b, 0, a.length);
            b[a.length] = e;
            array = b;
            return true;
        }
    }

    public void add(int index, E element) {
        synchronized (this) {
            Object[] a = array;
            int n = a.length;
            if (index > n || index < 0) {
                throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + n);
            }
            Object[] b = new Object[n + 1];
            System.arraycopy(a, 0, b, 0, index);
            b[index] = element;
            System.arraycopy(a, index, b, index + 1, n - index);
            array = b;
        }
    }

    @SuppressWarnings("unchecked")
    public E remove(int index) {
        synchronized (this) {
            Object[] a = array;
            E old = (E) a[index];
            Object[] b = new Object[a.length - 1];
            System.arraycopy(a, 0, b, 0, index);
            System.arraycopy(a, index + 1, b, index, a.length - index - 1);
            array = b;
            return old;
        }
    }

    public boolean remove(Object o) {
        synchronized (this) {
            int i = indexOf(o);
            if (i < 0) {
                return false;
            }
            remove(i);
            return true;
        }
    }

    /** Appends e unless present; true if it did. */
    public boolean addIfAbsent(E e) {
        synchronized (this) {
            if (indexOf(e) >= 0) {
                return false;
            }
            return add(e);
        }
    }

    /** Appends each element of c not already present (in c's order); the number appended. */
    public int addAllAbsent(TCollection<? extends E> c) {
        int n = 0;
        synchronized (this) {
            for (TIterator<? extends E> it = c.iterator(); it.hasNext();) {
                if (addIfAbsent(it.next())) {
                    n++;
                }
            }
        }
        return n;
    }

    public boolean addAll(TCollection<? extends E> c) {
        Object[] more = c.toArray();
        if (more.length == 0) {
            return false;
        }
        synchronized (this) {
            Object[] a = array;
            Object[] b = new Object[a.length + more.length];
            System.arraycopy(a, 0, b, 0, a.length);
            System.arraycopy(more, 0, b, a.length, more.length);
            array = b;
            return true;
        }
    }

    public boolean addAll(int index, TCollection<? extends E> c) {
        Object[] more = c.toArray();
        synchronized (this) {
            Object[] a = array;
            int n = a.length;
            if (index > n || index < 0) {
                throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + n);
            }
            if (more.length == 0) {
                return false;
            }
            Object[] b = new Object[n + more.length];
            System.arraycopy(a, 0, b, 0, index);
            System.arraycopy(more, 0, b, index, more.length);
            System.arraycopy(a, index, b, index + more.length, n - index);
            array = b;
            return true;
        }
    }

    @SuppressWarnings("unchecked")
    public boolean removeIf(TPredicate<? super E> filter) {
        if (filter == null) {
            throw new NullPointerException();
        }
        synchronized (this) {
            Object[] a = array;
            Object[] keep = new Object[a.length];
            int n = 0;
            for (Object x : a) {
                if (!filter.test((E) x)) {
                    keep[n++] = x;
                }
            }
            if (n == a.length) {
                return false;
            }
            Object[] b = new Object[n];
            System.arraycopy(keep, 0, b, 0, n);
            array = b;
            return true;
        }
    }

    public boolean removeAll(TCollection<?> c) {
        if (c == null) {
            throw new NullPointerException();
        }
        return removeIf(x -> c.contains(x));
    }

    public boolean retainAll(TCollection<?> c) {
        if (c == null) {
            throw new NullPointerException();
        }
        return removeIf(x -> !c.contains(x));
    }

    public void clear() {
        synchronized (this) {
            array = new Object[0];
        }
    }

    @SuppressWarnings("unchecked")
    public void forEach(TConsumer<? super E> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        for (Object x : array) {
            action.accept((E) x);
        }
    }

    @SuppressWarnings("unchecked")
    public void replaceAll(TUnaryOperator<E> operator) {
        if (operator == null) {
            throw new NullPointerException();
        }
        synchronized (this) {
            Object[] b = array.clone();
            for (int i = 0; i < b.length; i++) {
                b[i] = operator.apply((E) b[i]);
            }
            array = b;
        }
    }

    @SuppressWarnings("unchecked")
    public void sort(TComparator<? super E> c) {
        synchronized (this) {
            Object[] b = array.clone();
            TArrays.sort(b, (TComparator<Object>) c);
            array = b;
        }
    }

    public TIterator<E> iterator() {
        return new Cow<E>(array, 0);
    }

    public TListIterator<E> listIterator() {
        return new Cow<E>(array, 0);
    }

    public TListIterator<E> listIterator(int index) {
        Object[] a = array;
        if (index < 0 || index > a.length) {
            throw new IndexOutOfBoundsException("Index: " + index);
        }
        return new Cow<E>(a, index);
    }

    /** The snapshot iterator: reads only. */
    static final class Cow<E> implements TListIterator<E> {
        private final Object[] snapshot;
        private int cursor;

        Cow(Object[] snapshot, int cursor) {
            this.snapshot = snapshot;
            this.cursor = cursor;
        }

        public boolean hasNext() {
            return cursor < snapshot.length;
        }

        public boolean hasPrevious() {
            return cursor > 0;
        }

        @SuppressWarnings("unchecked")
        public E next() {
            if (cursor >= snapshot.length) {
                throw new NoSuchElementException();
            }
            return (E) snapshot[cursor++];
        }

        @SuppressWarnings("unchecked")
        public E previous() {
            if (cursor <= 0) {
                throw new NoSuchElementException();
            }
            return (E) snapshot[--cursor];
        }

        public int nextIndex() {
            return cursor;
        }

        public int previousIndex() {
            return cursor - 1;
        }

        public void remove() {
            throw new UnsupportedOperationException();
        }

        public void set(E e) {
            throw new UnsupportedOperationException();
        }

        public void add(E e) {
            throw new UnsupportedOperationException();
        }
    }
}
