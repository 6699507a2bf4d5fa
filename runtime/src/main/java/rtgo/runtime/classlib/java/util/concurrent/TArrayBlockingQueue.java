package rtgo.runtime.classlib.java.util.concurrent;

import rtgo.runtime.classlib.java.util.TAbstractQueue;
import rtgo.runtime.classlib.java.util.TCollection;
import rtgo.runtime.classlib.java.util.TIterator;

/*
 * TArrayBlockingQueue: java.util.concurrent.ArrayBlockingQueue as a whole-class substitute.
 *
 * Design note. A fixed circular array (takeIndex, putIndex, count) guarded by the queue's own
 * monitor. A thread that must block (put on a full queue, take on an empty one, and the timed
 * forms) waits on the monitor, counted in waiters; every change that could let one go on (an
 * element in, an element out) does one notifyAll, but only when someone waits, so a queue used
 * without blocking never wakes anyone. One monitor instead of the JDK's two conditions costs a
 * few spurious wake-ups between producers and consumers and saves an object per queue; on one
 * core that is the better trade. The iterator walks a snapshot of the elements (see
 * SnapshotIterator). Null elements are refused with NullPointerException, a non-positive
 * capacity with IllegalArgumentException, add on a full queue reports "Queue full".
 */
public class TArrayBlockingQueue<E> extends TAbstractQueue<E> implements TBlockingQueue<E> {
    private final Object[] items;
    private int takeIndex;
    private int putIndex;
    private int count;
    private int waiters;
    private final boolean fair;

    public TArrayBlockingQueue(int capacity) {
        this(capacity, false);
    }

    public TArrayBlockingQueue(int capacity, boolean fair) {
        if (capacity <= 0) {
            throw new IllegalArgumentException();
        }
        items = new Object[capacity];
        this.fair = fair;
    }

    public TArrayBlockingQueue(int capacity, boolean fair, TCollection<? extends E> c) {
        this(capacity, fair);
        synchronized (this) {
            for (TIterator<? extends E> it = c.iterator(); it.hasNext();) {
                E e = it.next();
                if (e == null) {
                    throw new NullPointerException();
                }
                if (count == items.length) {
                    throw new IllegalArgumentException();
                }
                enqueue(e);
            }
        }
    }

    /** Appends e (monitor held, room checked). */
    private void enqueue(E e) {
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
            if (count == items.length) {
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
            if (count == items.length) {
                waiters++;
                try {
                    do {
                        wait();
                    } while (count == items.length);
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
            if (count == items.length) {
                waiters++;
                try {
                    do {
                        if (!Blocking.waitUntil(this, deadline)) {
                            return false;
                        }
                    } while (count == items.length);
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
            return items.length - count;
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
