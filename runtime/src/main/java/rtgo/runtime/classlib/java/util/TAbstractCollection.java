package rtgo.runtime.classlib.java.util;

import rtgo.runtime.Heap;
import rtgo.vm.Address;
import rtgo.vm.Mem;
import rtgo.vm.abi.ObjectLayout;

/*
 * TAbstractCollection: java.util.AbstractCollection as a whole-class substitute, the base of the
 * collections (docs/abi.md, "Class library substitution").
 *
 * Design note. Everything is written against iterator() and size(), as the JDK's skeleton
 * documents it, so a program subclass (extending java.util.AbstractCollection) behaves as on the
 * JVM. toString is the JDK's format: "[a, b]", "(this Collection)" for the collection itself.
 * toArray(T[]) with an array too small makes a new array of the same element type from the
 * array's own class descriptor (the device has no reflection; Heap.allocArray is what anewarray
 * calls).
 */
public abstract class TAbstractCollection<E> implements TCollection<E> {
    protected TAbstractCollection() {}

    public abstract TIterator<E> iterator();

    public abstract int size();

    public boolean isEmpty() {
        return size() == 0;
    }

    public boolean contains(Object o) {
        TIterator<E> it = iterator();
        if (o == null) {
            while (it.hasNext()) {
                if (it.next() == null) {
                    return true;
                }
            }
        } else {
            while (it.hasNext()) {
                if (o.equals(it.next())) {
                    return true;
                }
            }
        }
        return false;
    }

    public Object[] toArray() {
        Object[] a = new Object[size()];
        TIterator<E> it = iterator();
        for (int i = 0; i < a.length; i++) {
            a[i] = it.next();
        }
        return a;
    }

    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        int n = size();
        T[] r = a.length >= n ? a : (T[]) newArrayLike(a, n);
        TIterator<E> it = iterator();
        for (int i = 0; i < n; i++) {
            r[i] = (T) it.next();
        }
        if (r.length > n) {
            r[n] = null;
        }
        return r;
    }

    /** A new array of {@code length} elements of the class of {@code a} (String[] for a String[]). */
    static Object[] newArrayLike(Object[] a, int length) {
        int type = Mem.load32(Address.of(a) + ObjectLayout.DESCRIPTOR);
        return (Object[]) Address.toRef(Heap.allocArray(type, length));
    }

    public boolean add(E e) {
        throw new UnsupportedOperationException();
    }

    public boolean remove(Object o) {
        TIterator<E> it = iterator();
        while (it.hasNext()) {
            Object x = it.next();
            if (o == null ? x == null : o.equals(x)) {
                it.remove();
                return true;
            }
        }
        return false;
    }

    public boolean containsAll(TCollection<?> c) {
        for (TIterator<?> it = c.iterator(); it.hasNext();) {
            if (!contains(it.next())) {
                return false;
            }
        }
        return true;
    }

    public boolean addAll(TCollection<? extends E> c) {
        boolean modified = false;
        for (TIterator<? extends E> it = c.iterator(); it.hasNext();) {
            if (add(it.next())) {
                modified = true;
            }
        }
        return modified;
    }

    public boolean removeAll(TCollection<?> c) {
        if (c == null) {
            throw new NullPointerException();
        }
        boolean modified = false;
        for (TIterator<E> it = iterator(); it.hasNext();) {
            if (c.contains(it.next())) {
                it.remove();
                modified = true;
            }
        }
        return modified;
    }

    public boolean retainAll(TCollection<?> c) {
        if (c == null) {
            throw new NullPointerException();
        }
        boolean modified = false;
        for (TIterator<E> it = iterator(); it.hasNext();) {
            if (!c.contains(it.next())) {
                it.remove();
                modified = true;
            }
        }
        return modified;
    }

    public void clear() {
        for (TIterator<E> it = iterator(); it.hasNext();) {
            it.next();
            it.remove();
        }
    }

    /** "[a, b, c]"; the collection itself, as an element, is "(this Collection)". */
    public String toString() {
        TIterator<E> it = iterator();
        if (!it.hasNext()) {
            return "[]";
        }
        StringBuilder sb = new StringBuilder();
        sb.append('[');
        for (;;) {
            Object e = it.next();
            sb.append(e == this ? "(this Collection)" : String.valueOf(e));
            if (!it.hasNext()) {
                return sb.append(']').toString();
            }
            sb.append(',').append(' ');
        }
    }
}
