package rtgo.runtime.classlib.java.util.concurrent;

import rtgo.runtime.classlib.java.util.TAbstractQueue;
import rtgo.runtime.classlib.java.util.TCollection;
import rtgo.runtime.classlib.java.util.TIterator;

/*
 * TLinkedBlockingQueue: java.util.concurrent.LinkedBlockingQueue as a whole-class substitute.
 *
 * Design note. The JDK's is a linked list of nodes with two locks; here the elements live in a
 * circular array that starts at 16 slots (or the capacity, when smaller) and doubles up to the
 * capacity (Integer.MAX_VALUE unless given), so a steady producer/consumer pair allocates nothing
 * and each element costs one word instead of a node. Blocking is TArrayBlockingQueue's: one
 * monitor (the queue's own), waiters counted so that nobody is woken needlessly, notifyAll on
 * every change a waiter could care about. The iterator walks a snapshot (SnapshotIterator). Null
 * elements are refused with NullPointerException, a non-positive capacity with
 * IllegalArgumentException, add on a full queue reports "Queue full".
 */
public class TLinkedBlockingQueue<E> extends TAbstractQueue<E> implements TBlockingQueue<E> {
    private Object[] items;
    private final int capacity;
    private int takeIndex;
    private int putIndex;
    private int count;
    private int waiters;

    /** A queue of capacity Integer.MAX_VALUE. */
    public TLinkedBlockingQueue() {
        this(Integer.MAX_VALUE);
    }

    public TLinkedBlockingQueue(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException();
        }
        this.capacity = capacity;
        items = new Object[capacity < 16 ? capacity : 16];
    }

    /** A queue of capacity Integer.MAX_VALUE holding c's elements in its iteration order. */
    public TLinkedBlockingQueue(TCollection<? extends E> c) {
        this(Integer.MAX_VALUE);
        synchronized (this) {
            for (TIterator<? extends E> it = c.iterator(); it.hasNext();) {
                E e = it.next();
                if (e == null) {
                    throw new NullPointerException();
                }
                if (count == capacity) {
                    throw new IllegalStateException("Queue full");
                }
                enqueue(e);
            }
        }
    }

    /** Doubles the array (capped at the capacity), unwrapping the elements to its start. */
    private void grow() {
        Object[] a = items;
        int n = a.length;
        int m = n > capacity - n ? capacity : n + n;
        Object[] b = new Object[m];
        for (int i = takeIndex, k = 0; k < count; k++) {
            b[k] = a[i];
            if (++i == n) {
                i = 0;
            }
        }
        items = b;
        takeIndex = 0;
        putIndex = count == m ? 0 : count;
    }

    /** Appends e (monitor held, room checked). */
    private void enqueue(E e) {
        if (count == items.length) {
            grow();
        }
        Object[] a = items;
        a[putIndex] = e;
        if (++putIndex == a.length) {
            putIndex = 0;
        }
        count++;
        if (waiters > 0) {
            notifyAll();
        }
    }

    /** Removes the head (monitor held, non-empty). */
    @SuppressWarnings("unchecked")
    private E dequeue() {
        Object[] a = items;
        E e = (E) a[takeIndex];
        a[takeIndex] = null;
        if (++takeIndex == a.length) {
            takeIndex = 0;
        }
        count--;
        if (waiters > 0) {
            notifyAll();
        }
        return e;
    }

    public boolean offer(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        synchronized (this) {
            if (count == capacity) {
                return false;
            }
            enqueue(e);
            return true;
        }
    }

    public void put(E e) throws InterruptedException {
        if (e == null) {
            throw new NullPointerException();
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (this) {
            if (count == capacity) {
                waiters++;
                try {
                    do {
                        wait();
                    } while (count == capacity);
                } finally {
                    waiters--;
                }
            }
            enqueue(e);
        }
    }

    public boolean offer(E e, long timeout, TTimeUnit unit) throws InterruptedException {
        if (e == null) {
            throw new NullPointerException();
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        long deadline = Blocking.deadline(unit.toNanos(timeout));
        synchronized (this) {
            if (count == capacity) {
                waiters++;
                try {
                    do {
                        if (!Blocking.waitUntil(this, deadline)) {
                            return false;
                        }
                    } while (count == capacity);
                } finally {
                    waiters--;
                }
            }
            enqueue(e);
            return true;
        }
    }

    public E poll() {
        synchronized (this) {
            return count == 0 ? null : dequeue();
        }
    }

    public E take() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (this) {
            if (count == 0) {
                waiters++;
                try {
                    do {
                        wait();
                    } while (count == 0);
                } finally {
                    waiters--;
                }
            }
            return dequeue();
        }
    }

    public E poll(long timeout, TTimeUnit unit) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        long deadline = Blocking.deadline(unit.toNanos(timeout));
        synchronized (this) {
            if (count == 0) {
                waiters++;
                try {
                    do {
                        if (!Blocking.waitUntil(this, deadline)) {
                            return null;
                        }
                    } while (count == 0);
                } finally {
                    waiters--;
                }
            }
            return dequeue();
        }
    }

    @SuppressWarnings("unchecked")
    public E peek() {
        synchronized (this) {
            return (E) items[takeIndex];
        }
    }

    public int size() {
        synchronized (this) {
            return count;
        }
    }

    public int remainingCapacity() {
        synchronized (this) {
            return capacity - count;
        }
    }

    /** Removes the element at slot i, closing the gap toward putIndex (monitor held). */
    private void removeAt(int i) {
        Object[] a = items;
        if (i == takeIndex) {
            dequeue();
            return;
        }
        for (;;) {
            int next = i + 1 == a.length ? 0 : i + 1;
            if (next == putIndex) {
                a[i] = null;
                putIndex = i;
                break;
            }
            a[i] = a[next];
            i = next;
        }
        count--;
        if (waiters > 0) {
            notifyAll();
        }
    }

    public boolean remove(Object o) {
        if (o == null) {
            return false;
        }
        synchronized (this) {
            Object[] a = items;
            for (int i = takeIndex, n = count; n > 0; n--) {
                if (o.equals(a[i])) {
                    removeAt(i);
                    return true;
                }
                if (++i == a.length) {
                    i = 0;
                }
            }
            return false;
        }
    }

    public boolean contains(Object o) {
        if (o == null) {
            return false;
        }
        synchronized (this) {
            Object[] a = items;
            for (int i = takeIndex, n = count; n > 0; n--) {
                if (o.equals(a[i])) {
                    return true;
                }
                if (++i == a.length) {
                    i = 0;
                }
            }
            return false;
        }
    }

    public Object[] toArray() {
        synchronized (this) {
            Object[] a = items;
            Object[] r = new Object[count];
            for (int i = takeIndex, k = 0; k < r.length; k++) {
                r[k] = a[i];
                if (++i == a.length) {
                    i = 0;
                }
            }
            return r;
        }
    }

    public void clear() {
        synchronized (this) {
            Object[] a = items;
            for (int i = takeIndex, n = count; n > 0; n--) {
                a[i] = null;
                if (++i == a.length) {
                    i = 0;
                }
            }
            count = 0;
            takeIndex = 0;
            putIndex = 0;
            if (waiters > 0) {
                notifyAll();
            }
        }
    }

    public int drainTo(TCollection<? super E> c) {
        return drainTo(c, Integer.MAX_VALUE);
    }

    public int drainTo(TCollection<? super E> c, int maxElements) {
        if (c == null) {
            throw new NullPointerException();
        }
        if (c == this) {
            throw new IllegalArgumentException();
        }
        int n = 0;
        synchronized (this) {
            while (n < maxElements && count > 0) {
                c.add(dequeue());
                n++;
            }
        }
        return n;
    }

    public TIterator<E> iterator() {
        return new SnapshotIterator<E>(toArray(), this);
    }
}
