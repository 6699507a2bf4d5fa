package rtgo.runtime.classlib.java.util;

import java.util.NoSuchElementException;

/*
 * TAbstractQueue: java.util.AbstractQueue as a whole-class substitute, the base of the blocking
 * queues of java.util.concurrent and of program queues that extend AbstractQueue.
 *
 * Design note. The JDK's skeleton: add, remove, element, clear and addAll are written against
 * offer, poll and peek, with the JDK's reports (IllegalStateException "Queue full" from add when
 * offer refuses, NoSuchElementException from remove and element on an empty queue,
 * IllegalArgumentException when a queue is added to itself).
 */
public abstract class TAbstractQueue<E> extends TAbstractCollection<E> implements TQueue<E> {
    protected TAbstractQueue() {}

    public boolean add(E e) {
        if (offer(e)) {
            return true;
        }
        throw new IllegalStateException("Queue full");
    }

    public E remove() {
        E x = poll();
        if (x == null) {
            throw new NoSuchElementException();
        }
        return x;
    }

    public E element() {
        E x = peek();
        if (x == null) {
            throw new NoSuchElementException();
        }
        return x;
    }

    public void clear() {
        while (poll() != null) {
        }
    }

    public boolean addAll(TCollection<? extends E> c) {
        if (c == null) {
            throw new NullPointerException();
        }
        if (c == this) {
            throw new IllegalArgumentException();
        }
        boolean modified = false;
        for (TIterator<? extends E> it = c.iterator(); it.hasNext();) {
            if (add(it.next())) {
                modified = true;
            }
        }
        return modified;
    }
}
