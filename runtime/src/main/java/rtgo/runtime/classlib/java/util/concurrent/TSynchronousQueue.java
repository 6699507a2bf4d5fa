package rtgo.runtime.classlib.java.util.concurrent;

import rtgo.runtime.classlib.java.util.TAbstractQueue;
import rtgo.runtime.classlib.java.util.TCollection;
import rtgo.runtime.classlib.java.util.TIterator;

/*
 * TSynchronousQueue: java.util.concurrent.SynchronousQueue as a whole-class substitute.
 *
 * Design note. A rendezvous, as an unbuffered Go channel: the queue's own monitor guards two FIFO
 * lists of parked parties, putters (each node carrying its element) and takers. A put that finds
 * a waiting taker hands the element to the taker's node and returns; otherwise it queues its node
 * and waits on the monitor until a taker has taken the element from it (an interrupt or a timeout
 * before that unlinks the node: the element was not transferred). take is the mirror image.
 * offer and poll without a timeout only succeed against a party already waiting. Each hand-off
 * does one notifyAll and the woken threads check their own node. Both modes serve waiters in
 * arrival order (the JDK's unfair mode is a stack, its fair mode a queue; the order among
 * several blocked producers is unspecified either way). The queue never holds anything that can
 * be seen: size 0, isEmpty, an empty iterator, "[]".
 */
public class TSynchronousQueue<E> extends TAbstractQueue<E> implements TBlockingQueue<E> {
    /** A waiting party: a putter with its item, or a taker that receives one; done once matched. */
    private static final class Node {
        Object item;
        Node next;
        boolean done;
    }

    private Node putters;
    private Node puttersTail;
    private Node takers;
    private Node takersTail;
    private final boolean fair;

    public TSynchronousQueue() {
        fair = false;
    }

    public TSynchronousQueue(boolean fair) {
        this.fair = fair;
    }

    private void unlinkTaker(Node n) {
        Node prev = null;
        for (Node p = takers; p != null; prev = p, p = p.next) {
            if (p == n) {
                if (prev == null) {
                    takers = p.next;
                } else {
                    prev.next = p.next;
                }
                if (takersTail == p) {
                    takersTail = prev;
                }
                return;
            }
        }
    }

    private void unlinkPutter(Node n) {
        Node prev = null;
        for (Node p = putters; p != null; prev = p, p = p.next) {
            if (p == n) {
                if (prev == null) {
                    putters = p.next;
                } else {
                    prev.next = p.next;
                }
                if (puttersTail == p) {
                    puttersTail = prev;
                }
                return;
            }
        }
    }

    /** Hands e to the oldest waiting taker (monitor held); false if none waits. */
    private boolean handToTaker(Object e) {
        Node t = takers;
        if (t == null) {
            return false;
        }
        takers = t.next;
        if (takers == null) {
            takersTail = null;
        }
        t.item = e;
        t.done = true;
        notifyAll();
        return true;
    }

    /** Takes the item of the oldest waiting putter (monitor held); null if none waits. */
    private Object takeFromPutter() {
        Node p = putters;
        if (p == null) {
            return null;
        }
        putters = p.next;
        if (putters == null) {
            puttersTail = null;
        }
        Object e = p.item;
        p.item = null;
        p.done = true;
        notifyAll();
        return e;
    }

    /** put and the timed offer: false when the deadline passed before a taker came. */
    private boolean transferOut(E e, boolean timed, long deadline) throws InterruptedException {
        if (e == null) {
            throw new NullPointerException();
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (this) {
            if (handToTaker(e)) {
                return true;
            }
            Node n = new Node();
            n.item = e;
            if (puttersTail == null) {
                putters = n;
            } else {
                puttersTail.next = n;
            }
            puttersTail = n;
            try {
                while (!n.done) {
                    if (!timed) {
                        wait();
                    } else if (!Blocking.waitUntil(this, deadline)) {
                        unlinkPutter(n);
                        return false;
                    }
                }
            } catch (InterruptedException ie) {
                if (!n.done) {
                    unlinkPutter(n);
                    throw ie;
                }
                Thread.currentThread().interrupt();
            }
            return true;
        }
    }

    /** take and the timed poll: null when the deadline passed before a putter came. */
    @SuppressWarnings("unchecked")
    private E transferIn(boolean timed, long deadline) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (this) {
            Object e = takeFromPutter();
            if (e != null) {
                return (E) e;
            }
            Node n = new Node();
            if (takersTail == null) {
                takers = n;
            } else {
                takersTail.next = n;
            }
            takersTail = n;
            try {
                while (!n.done) {
                    if (!timed) {
                        wait();
                    } else if (!Blocking.waitUntil(this, deadline)) {
                        unlinkTaker(n);
                        return null;
                    }
                }
            } catch (InterruptedException ie) {
                if (!n.done) {
                    unlinkTaker(n);
                    throw ie;
                }
                Thread.currentThread().interrupt();
            }
            return (E) n.item;
        }
    }

    /** Waits until a taker takes e. */
    public void put(E e) throws InterruptedException {
        transferOut(e, false, 0);
    }

    public boolean offer(E e, long timeout, TTimeUnit unit) throws InterruptedException {
        return transferOut(e, true, Blocking.deadline(unit.toNanos(timeout)));
    }

    /** Hands e to a thread already waiting in take or poll; false if there is none. */
    public boolean offer(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        synchronized (this) {
            return handToTaker(e);
        }
    }

    /** Waits until a putter hands over an element. */
    public E take() throws InterruptedException {
        return transferIn(false, 0);
    }

    public E poll(long timeout, TTimeUnit unit) throws InterruptedException {
        return transferIn(true, Blocking.deadline(unit.toNanos(timeout)));
    }

    /** The element of a thread already waiting in put or offer; null if there is none. */
    @SuppressWarnings("unchecked")
    public E poll() {
        synchronized (this) {
            return (E) takeFromPutter();
        }
    }

    public boolean isEmpty() {
        return true;
    }

    public int size() {
        return 0;
    }

    public int remainingCapacity() {
        return 0;
    }

    public void clear() {}

    public boolean contains(Object o) {
        return false;
    }

    public boolean remove(Object o) {
        return false;
    }

    public boolean containsAll(TCollection<?> c) {
        return c.isEmpty();
    }

    public boolean removeAll(TCollection<?> c) {
        return false;
    }

    public boolean retainAll(TCollection<?> c) {
        return false;
    }

    public E peek() {
        return null;
    }

    public TIterator<E> iterator() {
        return new SnapshotIterator<E>(new Object[0], null);
    }

    public Object[] toArray() {
        return new Object[0];
    }

    public <T> T[] toArray(T[] a) {
        if (a.length > 0) {
            a[0] = null;
        }
        return a;
    }

    public String toString() {
        return "[]";
    }

    public int drainTo(TCollection<? super E> c) {
        return drainTo(c, Integer.MAX_VALUE);
    }

    @SuppressWarnings("unchecked")
    public int drainTo(TCollection<? super E> c, int maxElements) {
        if (c == null) {
            throw new NullPointerException();
        }
        if (c == this) {
            throw new IllegalArgumentException();
        }
        int n = 0;
        synchronized (this) {
            while (n < maxElements) {
                Object e = takeFromPutter();
                if (e == null) {
                    break;
                }
                c.add((E) e);
                n++;
            }
        }
        return n;
    }
}
