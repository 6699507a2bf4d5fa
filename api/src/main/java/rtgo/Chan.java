package rtgo;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A Go channel: a typed queue that threads send values into and receive values from, unbuffered
 * (a send waits for a receiver: a rendezvous) or buffered (a send waits only while the buffer is
 * full). Values go out in the order they came in.
 *
 * <p>{@code null} is not a value a channel carries: it is what {@link #receive()} returns once the
 * channel is closed and every buffered value has been received, which is Go's receive-with-ok
 * ({@code v, ok := <-c}) in one result. Sending null throws NullPointerException.
 *
 * <p>Blocking operations are not interruptible (as in Go): an interrupt leaves the thread waiting
 * and its interrupt status set.
 *
 * <p>This class is the HotSpot implementation, over java.util.concurrent: one lock for all
 * channels and selects (a select takes several channels at once, and one lock needs no ordering),
 * a ring buffer per channel and two queues of waiting threads; a waiting thread parks on its own
 * Condition and whoever completes its operation hands it the value directly. An rtgo build
 * replaces this class by the device implementation, which has the same members and behaviour.
 *
 * @param <T> the type of the values
 */
public final class Chan<T> implements Iterable<T> {
    /** The one lock of every channel and select (HotSpot implementation). */
    static final ReentrantLock LOCK = new ReentrantLock();

    private final Object[] buf;
    private int head;
    private int count;
    private boolean closed;
    private Node sendHead, sendTail;
    private Node recvHead, recvTail;

    /** An unbuffered channel: each send waits for the receive that takes its value. */
    public Chan() {
        this(0);
    }

    /**
     * A channel that holds up to {@code capacity} values no one has received yet (0: unbuffered).
     *
     * @throws IllegalArgumentException if capacity is negative
     */
    public Chan(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("negative channel capacity: " + capacity);
        }
        buf = new Object[capacity];
    }

    /**
     * Sends {@code v}, waiting until a receiver takes it (unbuffered) or there is room in the buffer.
     *
     * @throws NullPointerException if v is null
     * @throws IllegalStateException "send on closed channel" if the channel is closed, or is closed
     *     while the send waits
     */
    public void send(T v) {
        if (v == null) {
            throw new NullPointerException("send of null on a channel");
        }
        LOCK.lock();
        try {
            if (offer(v)) {
                return;
            }
            Waiter w = Waiter.current();
            w.reset();
            Node n = w.node;
            n.chan = this;
            n.caseIndex = 0;
            n.value = v;
            w.queued = w.queued == null ? new Node[1] : w.queued;
            w.queued[0] = n;
            w.queuedCount = 1;
            enqueueSender(n);
            w.await(0);
            n.value = null;
            if (w.closed) {
                throw new IllegalStateException("send on closed channel");
            }
        } finally {
            LOCK.unlock();
        }
    }

    /**
     * Receives the next value, waiting until one is sent; once the channel is closed and its
     * buffer empty, returns null at once.
     */
    public T receive() {
        LOCK.lock();
        try {
            if (canReceive()) {
                return take();
            }
            Waiter w = Waiter.current();
            w.reset();
            Node n = w.node;
            n.chan = this;
            n.caseIndex = 0;
            w.queued = w.queued == null ? new Node[1] : w.queued;
            w.queued[0] = n;
            w.queuedCount = 1;
            enqueueReceiver(n);
            w.await(0);
            @SuppressWarnings("unchecked")
            T v = (T) w.value;
            w.value = null;
            return v;
        } finally {
            LOCK.unlock();
        }
    }

    /**
     * Sends {@code v} if that needs no waiting (a receiver is waiting or the buffer has room).
     *
     * @return whether v was sent
     * @throws NullPointerException if v is null
     * @throws IllegalStateException "send on closed channel" if the channel is closed
     */
    public boolean trySend(T v) {
        if (v == null) {
            throw new NullPointerException("send of null on a channel");
        }
        LOCK.lock();
        try {
            return offer(v);
        } finally {
            LOCK.unlock();
        }
    }

    /**
     * Receives a value if that needs no waiting: a buffered value or a waiting sender's.
     *
     * @return the value, or null if none was ready or the channel is closed and drained
     */
    public T tryReceive() {
        LOCK.lock();
        try {
            return canReceive() ? take() : null;
        } finally {
            LOCK.unlock();
        }
    }

    /**
     * Closes the channel: buffered values can still be received, then receives return null.
     * Every waiting receiver gets null; every waiting sender throws "send on closed channel".
     *
     * @throws IllegalStateException "close of closed channel" the second time
     */
    public void close() {
        LOCK.lock();
        try {
            if (closed) {
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
        } finally {
            LOCK.unlock();
        }
    }

    /** The number of values in the buffer (always 0 for an unbuffered channel). */
    public int len() {
        LOCK.lock();
        try {
            return count;
        } finally {
            LOCK.unlock();
        }
    }

    /** The buffer's capacity (0: unbuffered). */
    public int cap() {
        return buf.length;
    }

    /**
     * Receives until the channel is closed and drained ({@code for (T v : ch)} is Go's
     * {@code for v := range ch}). hasNext() waits for the next value.
     */
    @Override
    public Iterator<T> iterator() {
        return new Iterator<T>() {
            private T next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = receive();
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
        };
    }

    // ---- under LOCK -------------------------------------------------------------------------

    /** Whether a receive would complete now (a value, a waiting sender, or closed). */
    boolean canReceive() {
        return count > 0 || sendHead != null || closed;
    }

    /** Whether a send would complete now (a waiting receiver, room, or closed: it throws). */
    boolean canSend() {
        return recvHead != null || count < buf.length || closed;
    }

    /**
     * Completes a receive that {@link #canReceive()} said is ready: the oldest buffered value (a
     * waiting sender's value takes its place at the back), else the first waiting sender's, else
     * null (closed).
     */
    @SuppressWarnings("unchecked")
    T take() {
        Node s = sendHead;
        if (count > 0) {
            Object v = buf[head];
            if (s != null) {
                // the buffer is full: the first waiting sender's value moves into the freed slot
                unlink(s);
                buf[head] = s.value;
                s.value = null;
                head = head + 1 == buf.length ? 0 : head + 1;
                s.waiter.complete(s, null, false);
            } else {
                buf[head] = null;
                head = head + 1 == buf.length ? 0 : head + 1;
                count--;
            }
            return (T) v;
        }
        if (s != null) {
            unlink(s);
            Object v = s.value;
            s.value = null;
            s.waiter.complete(s, null, false);
            return (T) v;
        }
        return null;
    }

    /**
     * Completes a send if it needs no waiting: to the first waiting receiver, else into the buffer.
     * Throws if closed.
     */
    boolean offer(Object v) {
        if (closed) {
            throw new IllegalStateException("send on closed channel");
        }
        Node r = recvHead;
        if (r != null) {
            unlink(r);
            r.waiter.complete(r, v, false);
            return true;
        }
        if (count < buf.length) {
            int tail = head + count;
            buf[tail >= buf.length ? tail - buf.length : tail] = v;
            count++;
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

    /** Takes {@code n} off whichever of this channel's queues holds it (nothing if none does). */
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
