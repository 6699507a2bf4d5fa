package rtgo.runtime.classlib.java.util.concurrent;

import rtgo.runtime.classlib.java.util.TAbstractQueue;
import rtgo.runtime.classlib.java.util.TCollection;
import rtgo.runtime.classlib.java.util.TIterator;

/*
 * TConcurrentLinkedQueue: java.util.concurrent.ConcurrentLinkedQueue as a whole-class substitute.
 *
 * Design note. The JDK's is a lock-free linked list (Michael and Scott); on one core with green
 * threads a singly linked list whose updates hold the queue's monitor for a few instructions
 * does the same job with less code: offer links a node at the tail, poll unlinks the head. Nothing
 * ever blocks (it is not a BlockingQueue). size walks the list, as the JDK's does. The iterator
 * walks a snapshot (SnapshotIterator); null elements are refused with NullPointerException.
 */
public class TConcurrentLinkedQueue<E> extends TAbstractQueue<E> {
    private static final class Node {
        final Object item;
        Node next;

        Node(Object item) {
            this.item = item;
        }
    }

    private Node head;
    private Node tail;

    public TConcurrentLinkedQueue() {}

    public TConcurrentLinkedQueue(TCollection<? extends E> c) {
        for (TIterator<? extends E> it = c.iterator(); it.hasNext();) {
            offer(it.next());
        }
    }

    public boolean offer(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        Node n = new Node(e);
        synchronized (this) {
            if (tail == null) {
                head = n;
            } else {
                tail.next = n;
            }
            tail = n;
        }
        return true;
    }

    public boolean add(E e) {
        return offer(e);
    }

    @SuppressWarnings("unchecked")
    public E poll() {
        synchronized (this) {
            Node h = head;
            if (h == null) {
                return null;
            }
            head = h.next;
            if (head == null) {
                tail = null;
            }
            return (E) h.item;
        }
    }

    @SuppressWarnings("unchecked")
    public E peek() {
        Node h = head;
        return h == null ? null : (E) h.item;
    }

    public boolean isEmpty() {
        return head == null;
    }

    public int size() {
        synchronized (this) {
            int n = 0;
            for (Node p = head; p != null; p = p.next) {
                n++;
            }
            return n;
        }
    }

    public boolean contains(Object o) {
        if (o == null) {
            return false;
        }
        synchronized (this) {
            for (Node p = head; p != null; p = p.next) {
                if (o.equals(p.item)) {
                    return true;
                }
            }
            return false;
        }
    }

    public boolean remove(Object o) {
        if (o == null) {
            return false;
        }
        synchronized (this) {
            Node prev = null;
            for (Node p = head; p != null; prev = p, p = p.next) {
                if (o.equals(p.item)) {
                    if (prev == null) {
                        head = p.next;
                    } else {
                        prev.next = p.next;
                    }
                    if (tail == p) {
                        tail = prev;
                    }
                    return true;
                }
            }
            return false;
        }
    }

    public void clear() {
        synchronized (this) {
            head = null;
            tail = null;
        }
    }

    public Object[] toArray() {
        synchronized (this) {
            int n = 0;
            for (Node p = head; p != null; p = p.next) {
                n++;
            }
            Object[] a = new Object[n];
            int i = 0;
            for (Node p = head; p != null; p = p.next) {
                a[i++] = p.item;
            }
            return a;
        }
    }

    public TIterator<E> iterator() {
        return new SnapshotIterator<E>(toArray(), this);
    }
}
