package rtgo.runtime.classlib.java.util;

import java.util.ConcurrentModificationException;
import java.util.NoSuchElementException;

/*
 * TPriorityQueue: java.util.PriorityQueue as a whole-class substitute.
 *
 * Design note. A binary min-heap in an array (Williams' heap; Floyd's bottom-up heapify for the
 * collection constructor), with the JDK's exact sift rules: sift-up stops at a parent that is <=
 * the element, sift-down takes the right child only when it is strictly smaller than the left and
 * stops when the element is <= the smaller child; removal at an index moves the last element there
 * and sifts it down, then up if it did not move. The array order, which toString and the iterator
 * show, is therefore the JDK's for the same operations. The iterator is the JDK's design too:
 * an element that a removal through the iterator moves from behind the cursor to before it is
 * kept aside and returned at the end. Capacity growth is invisible and not the JDK's.
 */
public class TPriorityQueue<E> extends TAbstractCollection<E> implements TQueue<E> {
    Object[] queue;
    int size;
    private final TComparator<? super E> comparator;
    transient int modCount;

    public TPriorityQueue() {
        this(11, null);
    }

    public TPriorityQueue(int initialCapacity) {
        this(initialCapacity, null);
    }

    public TPriorityQueue(TComparator<? super E> comparator) {
        this(11, comparator);
    }

    public TPriorityQueue(int initialCapacity, TComparator<? super E> comparator) {
        if (initialCapacity < 1) {
            throw new IllegalArgumentException();
        }
        queue = new Object[initialCapacity];
        this.comparator = comparator;
    }

    @SuppressWarnings("unchecked")
    public TPriorityQueue(TCollection<? extends E> c) {
        if (c instanceof TPriorityQueue) {
            TPriorityQueue<? extends E> pq = (TPriorityQueue<? extends E>) c;
            comparator = (TComparator<? super E>) pq.comparator();
            queue = pq.toArray();
            size = queue.length;
            if (size == 0) {
                queue = new Object[1];
            }
            return;
        }
        if (c instanceof TSortedSet) {
            comparator = (TComparator<? super E>) ((TSortedSet<? extends E>) c).comparator();
        } else {
            comparator = null;
        }
        Object[] a = c.toArray();
        for (int i = 0; i < a.length; i++) {
            if (a[i] == null) {
                throw new NullPointerException();
            }
        }
        queue = a.length == 0 ? new Object[1] : a;
        size = a.length;
        if (!(c instanceof TSortedSet)) {
            for (int i = (size >>> 1) - 1; i >= 0; i--) {
                siftDown(i, queue[i]);
            }
        }
    }

    public TComparator<? super E> comparator() {
        return comparator;
    }

    @SuppressWarnings("unchecked")
    private int cmp(Object a, Object b) {
        return comparator == null ? TCollections.compareNatural(a, b) : ((TComparator<Object>) comparator).compare(a, b);
    }

    private void siftUp(int k, Object x) {
        Object[] es = queue;
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            Object e = es[parent];
            if (cmp(x, e) >= 0) {
                break;
            }
            es[k] = e;
            k = parent;
        }
        es[k] = x;
    }

    private void siftDown(int k, Object x) {
        Object[] es = queue;
        int n = size;
        int half = n >>> 1;
        while (k < half) {
            int child = (k << 1) + 1;
            Object c = es[child];
            int right = child + 1;
            if (right < n && cmp(c, es[right]) > 0) {
                child = right;
                c = es[child];
            }
            if (cmp(x, c) <= 0) {
                break;
            }
            es[k] = c;
            k = child;
        }
        es[k] = x;
    }

    public boolean add(E e) {
        return offer(e);
    }

    public boolean offer(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        modCount++;
        int i = size;
        if (i >= queue.length) {
            Object[] a = new Object[i < 64 ? 2 * i + 2 : i + (i >> 1)];
            System.arraycopy(queue, 0, a, 0, i);
            queue = a;
        }
        siftUp(i, e);
        size = i + 1;
        return true;
    }

    @SuppressWarnings("unchecked")
    public E peek() {
        return (E) queue[0];
    }

    @SuppressWarnings("unchecked")
    public E poll() {
        Object[] es = queue;
        E result = (E) es[0];
        if (result != null) {
            modCount++;
            int n = --size;
            Object x = es[n];
            es[n] = null;
            if (n > 0) {
                siftDown(0, x);
            }
        }
        return result;
    }

    public E remove() {
        E e = poll();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    public E element() {
        E e = peek();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    private int indexOf(Object o) {
        if (o != null) {
            for (int i = 0; i < size; i++) {
                if (o.equals(queue[i])) {
                    return i;
                }
            }
        }
        return -1;
    }

    public boolean remove(Object o) {
        int i = indexOf(o);
        if (i < 0) {
            return false;
        }
        removeAt(i);
        return true;
    }

    /** Removes by identity (what the iterator does for an element it kept aside). */
    void removeEq(Object o) {
        for (int i = 0; i < size; i++) {
            if (o == queue[i]) {
                removeAt(i);
                return;
            }
        }
    }

    /**
     * Removes the element at i: the last element takes its place and is sifted down, or up when it
     * did not move down. Returns that element when it ended up before i (an iterator past i must
     * still return it), else null.
     */
    @SuppressWarnings("unchecked")
    E removeAt(int i) {
        Object[] es = queue;
        modCount++;
        int s = --size;
        if (s == i) {
            es[i] = null;
        } else {
            Object moved = es[s];
            es[s] = null;
            siftDown(i, moved);
            if (es[i] == moved) {
                siftUp(i, moved);
                if (es[i] != moved) {
                    return (E) moved;
                }
            }
        }
        return null;
    }

    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    public int size() {
        return size;
    }

    public void clear() {
        modCount++;
        for (int i = 0; i < size; i++) {
            queue[i] = null;
        }
        size = 0;
    }

    public Object[] toArray() {
        Object[] a = new Object[size];
        System.arraycopy(queue, 0, a, 0, size);
        return a;
    }

    public TIterator<E> iterator() {
        return new Itr();
    }

    private final class Itr implements TIterator<E> {
        private int cursor;
        private int lastRet = -1;
        private TArrayDeque<E> forgetMeNot;
        private E lastRetElt;
        private int expectedModCount = modCount;

        public boolean hasNext() {
            return cursor < size || (forgetMeNot != null && !forgetMeNot.isEmpty());
        }

        @SuppressWarnings("unchecked")
        public E next() {
            if (expectedModCount != modCount) {
                throw new ConcurrentModificationException();
            }
            if (cursor < size) {
                lastRet = cursor++;
                return (E) queue[lastRet];
            }
            if (forgetMeNot != null) {
                lastRet = -1;
                lastRetElt = forgetMeNot.poll();
                if (lastRetElt != null) {
                    return lastRetElt;
                }
            }
            throw new NoSuchElementException();
        }

        public void remove() {
            if (expectedModCount != modCount) {
                throw new ConcurrentModificationException();
            }
            if (lastRet != -1) {
                E moved = removeAt(lastRet);
                lastRet = -1;
                if (moved == null) {
                    cursor--;
                } else {
                    if (forgetMeNot == null) {
                        forgetMeNot = new TArrayDeque<E>();
                    }
                    forgetMeNot.add(moved);
                }
            } else if (lastRetElt != null) {
                removeEq(lastRetElt);
                lastRetElt = null;
            } else {
                throw new IllegalStateException();
            }
            expectedModCount = modCount;
        }
    }
}
