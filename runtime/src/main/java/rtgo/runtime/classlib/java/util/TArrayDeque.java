package rtgo.runtime.classlib.java.util;

import java.util.ConcurrentModificationException;
import java.util.NoSuchElementException;

/*
 * TArrayDeque: java.util.ArrayDeque as a whole-class substitute.
 *
 * Design note. A circular array with head (the first element) and tail (the next free slot),
 * always one slot bigger than the elements so that head == tail means empty. The array starts at
 * 17 slots (n + 1 for a requested n) and grows as the JDK's does (by its length + 2 while under 64,
 * then by half), sliding the wrapped first leg to the end: the layout is the JDK's, so even the
 * iterators of a deque modified while iterated (which count down the elements they were made with
 * and throw ConcurrentModificationException when they find an empty slot) do what the JVM's do.
 * Removal inside (remove(Object), an iterator's remove) shifts the shorter side. Null elements are
 * refused with NullPointerException; equals and hashCode are Object's, as in the JDK.
 */
public class TArrayDeque<E> extends TAbstractCollection<E> implements TDeque<E> {
    Object[] elements;
    int head;
    int tail;

    public TArrayDeque() {
        elements = new Object[16 + 1];
    }

    public TArrayDeque(int numElements) {
        elements = new Object[numElements < 1 ? 1 : numElements == Integer.MAX_VALUE ? Integer.MAX_VALUE : numElements + 1];
    }

    public TArrayDeque(TCollection<? extends E> c) {
        this(c.size());
        for (TIterator<? extends E> it = c.iterator(); it.hasNext();) {
            addLast(it.next());
        }
    }

    static int inc(int i, int length) {
        return ++i >= length ? 0 : i;
    }

    static int dec(int i, int length) {
        return --i < 0 ? length - 1 : i;
    }

    /** (i - j) mod length: the number of slots from j up to i. */
    static int sub(int i, int j, int length) {
        int d = i - j;
        return d < 0 ? d + length : d;
    }

    private void grow() {
        int oldCapacity = elements.length;
        int jump = oldCapacity < 64 ? oldCapacity + 2 : oldCapacity >> 1;
        int newCapacity = oldCapacity + jump;
        Object[] es = new Object[newCapacity];
        System.arraycopy(elements, 0, es, 0, oldCapacity);
        elements = es;
        if (tail < head || (tail == head && es[head] != null)) {
            int newSpace = newCapacity - oldCapacity;
            System.arraycopy(es, head, es, head + newSpace, oldCapacity - head);
            int to = head + newSpace;
            for (int i = head; i < to; i++) {
                es[i] = null;
            }
            head = to;
        }
    }

    public void addFirst(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        Object[] es = elements;
        head = dec(head, es.length);
        es[head] = e;
        if (head == tail) {
            grow();
        }
    }

    public void addLast(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        Object[] es = elements;
        es[tail] = e;
        tail = inc(tail, es.length);
        if (head == tail) {
            grow();
        }
    }

    public boolean offerFirst(E e) {
        addFirst(e);
        return true;
    }

    public boolean offerLast(E e) {
        addLast(e);
        return true;
    }

    public E removeFirst() {
        E e = pollFirst();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    public E removeLast() {
        E e = pollLast();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @SuppressWarnings("unchecked")
    public E pollFirst() {
        Object[] es = elements;
        int h = head;
        E e = (E) es[h];
        if (e != null) {
            es[h] = null;
            head = inc(h, es.length);
        }
        return e;
    }

    @SuppressWarnings("unchecked")
    public E pollLast() {
        Object[] es = elements;
        int t = dec(tail, es.length);
        E e = (E) es[t];
        if (e != null) {
            es[t] = null;
            tail = t;
        }
        return e;
    }

    public E getFirst() {
        E e = peekFirst();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    public E getLast() {
        E e = peekLast();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @SuppressWarnings("unchecked")
    public E peekFirst() {
        return (E) elements[head];
    }

    @SuppressWarnings("unchecked")
    public E peekLast() {
        Object[] es = elements;
        return (E) es[dec(tail, es.length)];
    }

    public boolean removeFirstOccurrence(Object o) {
        if (o != null) {
            Object[] es = elements;
            for (int i = head, n = size(); n > 0; i = inc(i, es.length), n--) {
                if (o.equals(es[i])) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    public boolean removeLastOccurrence(Object o) {
        if (o != null) {
            Object[] es = elements;
            for (int i = dec(tail, es.length), n = size(); n > 0; i = dec(i, es.length), n--) {
                if (o.equals(es[i])) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Removes the element at slot i by shifting the shorter side over it; true when the elements
     * after it moved back one slot (an iterator going forward must then revisit slot i).
     */
    boolean delete(int i) {
        Object[] es = elements;
        int length = es.length;
        int front = sub(i, head, length);
        int back = sub(tail, i, length) - 1;
        if (front < back) {
            for (int k = i; k != head;) {
                int prev = dec(k, length);
                es[k] = es[prev];
                k = prev;
            }
            es[head] = null;
            head = inc(head, length);
            return false;
        }
        int last = dec(tail, length);
        for (int k = i; k != last;) {
            int next = inc(k, length);
            es[k] = es[next];
            k = next;
        }
        es[last] = null;
        tail = last;
        return true;
    }

    public boolean add(E e) {
        addLast(e);
        return true;
    }

    public boolean offer(E e) {
        return offerLast(e);
    }

    public E remove() {
        return removeFirst();
    }

    public E poll() {
        return pollFirst();
    }

    public E element() {
        return getFirst();
    }

    public E peek() {
        return peekFirst();
    }

    public void push(E e) {
        addFirst(e);
    }

    public E pop() {
        return removeFirst();
    }

    public int size() {
        return sub(tail, head, elements.length);
    }

    public boolean isEmpty() {
        return head == tail;
    }

    public boolean contains(Object o) {
        if (o != null) {
            Object[] es = elements;
            for (int i = head, n = size(); n > 0; i = inc(i, es.length), n--) {
                if (o.equals(es[i])) {
                    return true;
                }
            }
        }
        return false;
    }

    public boolean remove(Object o) {
        return removeFirstOccurrence(o);
    }

    public void clear() {
        Object[] es = elements;
        for (int i = head, n = size(); n > 0; i = inc(i, es.length), n--) {
            es[i] = null;
        }
        head = 0;
        tail = 0;
    }

    public Object[] toArray() {
        Object[] es = elements;
        int n = size();
        Object[] a = new Object[n];
        for (int i = head, k = 0; k < n; i = inc(i, es.length), k++) {
            a[k] = es[i];
        }
        return a;
    }

    public TIterator<E> iterator() {
        return new DeqIterator();
    }

    public TIterator<E> descendingIterator() {
        return new DescendingIterator();
    }

    @SuppressWarnings("unchecked")
    final E nonNullElementAt(Object[] es, int i) {
        E e = (E) es[i];
        if (e == null) {
            throw new ConcurrentModificationException();
        }
        return e;
    }

    private class DeqIterator implements TIterator<E> {
        int cursor = head;
        int remaining = size();
        int lastRet = -1;

        public boolean hasNext() {
            return remaining > 0;
        }

        public E next() {
            if (remaining <= 0) {
                throw new NoSuchElementException();
            }
            Object[] es = elements;
            E e = nonNullElementAt(es, cursor);
            lastRet = cursor;
            cursor = inc(cursor, es.length);
            remaining--;
            return e;
        }

        public void remove() {
            if (lastRet < 0) {
                throw new IllegalStateException();
            }
            if (delete(lastRet)) {
                cursor = dec(cursor, elements.length);
            }
            lastRet = -1;
        }
    }

    private class DescendingIterator implements TIterator<E> {
        int cursor = dec(tail, elements.length);
        int remaining = size();
        int lastRet = -1;

        public boolean hasNext() {
            return remaining > 0;
        }

        public E next() {
            if (remaining <= 0) {
                throw new NoSuchElementException();
            }
            Object[] es = elements;
            E e = nonNullElementAt(es, cursor);
            lastRet = cursor;
            cursor = dec(cursor, es.length);
            remaining--;
            return e;
        }

        public void remove() {
            if (lastRet < 0) {
                throw new IllegalStateException();
            }
            if (!delete(lastRet)) {
                cursor = inc(cursor, elements.length);
            }
            lastRet = -1;
        }
    }
}
