package rtgo.runtime.classlib.rtgo;

import java.util.NoSuchElementException;
import rtgo.runtime.Sched;
import rtgo.runtime.classlib.java.lang.TIterable;
import rtgo.runtime.classlib.java.util.TIterator;

/*
 * TChan: rtgo.Chan on the device (a whole-class substitute of the API class).
 *
 * Design note. Go's channel: a ring buffer of cap slots (none when unbuffered), a closed flag and
 * two FIFO queues of waiting threads, senders and receivers, as doubly linked lists of Nodes (a
 * select's case leaves its queue in O(1) when another case wins). Invariants: receivers wait only
 * while the buffer is empty and no sender waits; senders wait only while the buffer is full (for
 * an unbuffered channel: always full) and no receiver waits.
 * - A send to a waiting receiver hands the value over directly, into the receiver's Waiter, and
 *   unparks it: an unbuffered send is one rendezvous, no buffer involved. A receive from a full
 *   buffer with a sender waiting takes the oldest value and moves the sender's value into the freed
 *   slot, so the order stays the order of sends.
 * - Locking: every operation runs in the scheduler's critical section (Sched.lock, interrupts
 *   masked), one for all channels; a select takes several channels at once and one lock needs no
 *   lock ordering. A thread never parks inside it: it queues its node, leaves, and parks until its
 *   Waiter is done. Critical sections are short and bounded: a send or receive touches one queue
 *   head and one buffer slot; close wakes each waiter (linear in the waiters, each O(its select's
 *   cases)). No allocation happens inside one.
 * - No allocation per operation: values are references already boxed by the caller; a blocked
 *   thread waits in the Node of its Waiter, made once per thread (TThread.waiter).
 * - null is "closed": receive returns null once the channel is closed and drained (Go's
 *   receive-with-ok), so null cannot be sent. Sending on a closed channel and closing twice throw
 *   IllegalStateException with Go's panic texts.
 * - Interrupt handlers may use trySend, tryReceive, close, len and cap (they never park); a
 *   blocking operation that would wait inside a handler throws IllegalStateException.
 */
/** rtgo.Chan: a Go channel, unbuffered or buffered; see the API's documentation. */
public final class TChan<T> implements TIterable<T> {
    private final Object[] buf;
    private int head;
    private int count;
    private boolean closed;
    private Node sendHead;
    private Node sendTail;
    private Node recvHead;
    private Node recvTail;

    /** An unbuffered channel. */
    public TChan() {
        buf = new Object[0];
    }

    /** A channel with a buffer of {@code capacity} values. */
    public TChan(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("negative channel capacity: " + capacity);
        }
        buf = new Object[capacity];
    }

    /** Sends v, waiting for a receiver or room; see rtgo.Chan.send. */
    public void send(T v) {
        if (v == null) {
            throw new NullPointerException("send of null on a channel");
        }
        Waiter w;
        for (;;) {
            int s = Sched.lock();
            if (closed) {
                Sched.unlock(s);
                throw new IllegalStateException("send on closed channel");
            }
            if (offer(v)) {
                Sched.unlock(s);
                return;
            }
            w = Waiter.ofBlocking(s);
            if (w != null) {
                w.done = false;
                w.closed = false;
                w.queuedCount = 0;
                Node n = w.node;
                n.chan = this;
                n.caseIndex = 0;
                n.value = v;
                enqueueSender(n);
                Sched.unlock(s);
                break;
            }
            // the thread's first wait: its waiter was made outside the critical section; start over
        }
        w.await(0, "chan send");
        w.node.value = null;
        if (w.closed) {
            throw new IllegalStateException("send on closed channel");
        }
    }

    /** Receives the next value, waiting for one; null once closed and drained. */
    public T receive() {
        Waiter w;
        for (;;) {
            int s = Sched.lock();
            if (count > 0 || sendHead != null || closed) {
                T v = take();
                Sched.unlock(s);
                return v;
            }
            w = Waiter.ofBlocking(s);
            if (w != null) {
                w.done = false;
                w.queuedCount = 0;
                Node n = w.node;
                n.chan = this;
                n.caseIndex = 0;
                // enqueueReceiver, written out
                Node t = recvTail;
                n.next = null;
                n.prev = t;
                if (t == null) {
                    recvHead = n;
                } else {
                    t.next = n;
                }
                recvTail = n;
                n.linked = true;
                Sched.unlock(s);
                break;
            }
        }
        w.await(0, "chan receive");
        @SuppressWarnings("unchecked")
        T v = (T) w.value;
        w.value = null;
        return v;
    }

    /** Sends v if no waiting is needed; see rtgo.Chan.trySend. */
    public boolean trySend(T v) {
        if (v == null) {
            throw new NullPointerException("send of null on a channel");
        }
        int s = Sched.lock();
        if (closed) {
            Sched.unlock(s);
            throw new IllegalStateException("send on closed channel");
        }
        boolean sent = offer(v);
        Sched.unlock(s);
        return sent;
    }

    /** A value if one is ready, else null; see rtgo.Chan.tryReceive. */
    public T tryReceive() {
        int s = Sched.lock();
        T v = count > 0 || sendHead != null ? take() : null;
        Sched.unlock(s);
        return v;
    }

    /** Closes the channel, waking every waiter; see rtgo.Chan.close. */
    public void close() {
        int s = Sched.lock();
        if (closed) {
            Sched.unlock(s);
            throw new IllegalStateException("close of closed channel");
        }
        closed = true;
        for (Node n = recvHead; n != null; n = recvHead) {
            unlink(n);
            n.waiter.complete(n, null, false);
        }
        for (Node n = sendHead; n != null; n = sendHead) {
            unlink(n);
            n.value = null;
            n.waiter.complete(n, null, true);
        }
        Sched.unlock(s);
    }

    /** The number of buffered values. */
    public int len() {
        return count;
    }

    /** The buffer's capacity (0: unbuffered). */
    public int cap() {
        return buf.length;
    }

    /** Receives until closed and drained ({@code for (T v : ch)}). */
    @Override
    public TIterator<T> iterator() {
        return new Range<>(this);
    }

    /** The iterator of a range over a channel: hasNext receives the next value. */
    private static final class Range<T> implements TIterator<T> {
        private final TChan<T> c;
        private T next;

        Range(TChan<T> c) {
            this.c = c;
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                next = c.receive();
            }
            return next != null;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            T v = next;
            next = null;
            return v;
        }
    }

    // ---- inside the critical section -----------------------------------------------------------

    /** Whether a receive would complete now. */
    boolean canReceive() {
        return count > 0 || sendHead != null || closed;
    }

    /** Whether a send would complete now (or throw: closed). */
    boolean canSend() {
        return recvHead != null || count < buf.length || closed;
    }

    boolean isClosed() {
        return closed;
    }

    /**
     * Completes a ready receive: the oldest buffered value (a waiting sender's value moves into the
     * freed slot), else the first waiting sender's value, else null (closed and drained).
     */
    @SuppressWarnings("unchecked")
    T take() {
        Node s = sendHead;
        if (count > 0) {
            Object[] b = buf;
            int h = head;
            Object v = b[h];
            if (s != null) {
                unlink(s);
                b[h] = s.value;
                s.value = null;
                s.waiter.complete(s, null, false);
            } else {
                b[h] = null;
                count--;
            }
            head = h + 1 == b.length ? 0 : h + 1;
            return (T) v;
        }
        if (s != null) {
            // the first waiting sender leaves the queue (unlink, written out for the head)
            Node x = s.next;
            sendHead = x;
            if (x == null) {
                sendTail = null;
            } else {
                x.prev = null;
            }
            s.next = null;
            s.linked = false;
            Object v = s.value;
            s.value = null;
            s.waiter.complete(s, null, false);
            return (T) v;
        }
        return null;
    }

    /** Completes a send if no waiting is needed: to the first waiting receiver, else into the buffer. */
    boolean offer(Object v) {
        Node r = recvHead;
        if (r != null) {
            // the first waiting receiver leaves the queue (unlink, written out for the head)
            Node x = r.next;
            recvHead = x;
            if (x == null) {
                recvTail = null;
            } else {
                x.prev = null;
            }
            r.next = null;
            r.linked = false;
            r.waiter.complete(r, v, false);
            return true;
        }
        Object[] b = buf;
        int n = count;
        if (n < b.length) {
            int tail = head + n;
            b[tail >= b.length ? tail - b.length : tail] = v;
            count = n + 1;
            return true;
        }
        return false;
    }

    void enqueueSender(Node n) {
        n.next = null;
        n.prev = sendTail;
        if (sendTail == null) {
            sendHead = n;
        } else {
            sendTail.next = n;
        }
        sendTail = n;
        n.linked = true;
    }

    void enqueueReceiver(Node n) {
        n.next = null;
        n.prev = recvTail;
        if (recvTail == null) {
            recvHead = n;
        } else {
            recvTail.next = n;
        }
        recvTail = n;
        n.linked = true;
    }

    /** Takes n off whichever queue of this channel holds it (nothing if none does). */
    void unlink(Node n) {
        if (!n.linked) {
            return;
        }
        Node p = n.prev;
        Node x = n.next;
        if (p != null) {
            p.next = x;
        } else if (sendHead == n) {
            sendHead = x;
        } else {
            recvHead = x;
        }
        if (x != null) {
            x.prev = p;
        } else if (sendTail == n) {
            sendTail = p;
        } else {
            recvTail = p;
        }
        n.prev = null;
        n.next = null;
        n.linked = false;
    }
}
