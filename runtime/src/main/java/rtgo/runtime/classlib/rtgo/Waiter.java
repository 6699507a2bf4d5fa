package rtgo.runtime.classlib.rtgo;

import rtgo.runtime.Sched;
import rtgo.runtime.classlib.java.lang.TThread;

/*
 * Waiter: one thread's state while it waits in a channel operation or a select (device side).
 *
 * Design note. Allocated once per thread, the first time the thread blocks on a channel, and kept
 * in TThread.waiter, so a blocking send or receive allocates nothing after that: the waiter holds
 * the queue node of plain operations and, for a select, an array of the nodes it has queued (one
 * per case; the nodes belong to the Select). Whoever completes the operation (a sender handing
 * over a value, a receiver taking one, close) does it inside the scheduler's critical section: it
 * takes the node it matched off its queue and a select's other nodes off theirs, records the case
 * and the value, sets done and unparks the thread. The waiter then only has to see done; a
 * spurious or early return from park is harmless because it checks done in a loop. The field is
 * typed (not Object) because a cast costs a runtime type test on every blocking operation.
 */
/** A thread's waiting state for channel operations; runtime-internal, not part of the API. */
public final class Waiter {
    final TThread thread;
    /** The queue entry of plain (non-select) sends and receives, reused by every operation. */
    final Node node = new Node();
    /** Set by whoever completes this waiter's operation. */
    boolean done;
    /** The index of the case that completed (0 for a plain operation). */
    int chosen;
    /** A receive's value (null: the channel was closed). */
    Object value;
    /** A send woken by close: it throws "send on closed channel". */
    boolean closed;
    /**
     * The nodes a select has queued, which the first to fire takes off the other queues. A plain
     * send or receive queues only {@link #node} and leaves this empty (queuedCount 0): whoever
     * completes it has already taken that node off its queue.
     */
    Node[] queued = new Node[4];
    int queuedCount;

    private Waiter(TThread thread) {
        this.thread = thread;
        node.waiter = this;
    }

    /** The running thread's waiter, made on its first use (outside any critical section). */
    static Waiter current() {
        TThread t = Sched.current();
        Waiter w = t.waiter;
        if (w == null) {
            w = new Waiter(t);
            t.waiter = w;
        }
        return w;
    }

    /**
     * Inside the critical section entered with {@code saved}, about to wait: the running thread's
     * waiter; or, the first time the thread waits, null after leaving the critical section and
     * making the waiter outside it (the caller then starts over, since the channels may have
     * changed meanwhile). A wait inside an interrupt handler leaves the critical section and throws.
     */
    static Waiter ofBlocking(int saved) {
        if (Sched.inInterrupt()) {
            Sched.unlock(saved);
            throw new IllegalStateException("blocking channel operation in an interrupt handler");
        }
        Waiter w = Sched.current().waiter;
        if (w == null) {
            Sched.unlock(saved);
            current();
        }
        return w;
    }

    /** Clears the state for a new operation (inside the critical section). */
    void reset() {
        done = false;
        closed = false;
        chosen = 0;
        value = null;
        queuedCount = 0;
    }

    /**
     * Completes this waiter's operation through node {@code n} with value {@code v}: takes its
     * other nodes off their queues and unparks the thread (inside the critical section).
     */
    void complete(Node n, Object v, boolean wasClosed) {
        for (int i = 0; i < queuedCount; i++) {
            Node q = queued[i];
            if (q != n) {
                q.chan.unlink(q);
            }
        }
        queuedCount = 0;
        chosen = n.caseIndex;
        value = v;
        closed = wasClosed;
        done = true;
        Sched.unpark(thread);
    }

    /**
     * Parks until the operation is done, or until {@code deadlineMicros} (Sched.nowMicros scale,
     * 0: none) passes; then the waiter's nodes are taken off their queues and the result is false.
     * Call outside the critical section. Interrupts do not end the wait, as in Go. {@code reason}
     * is what the deadlock report says the thread waits in, in Go's words ("chan receive"...).
     */
    boolean await(long deadlineMicros, String reason) {
        TThread t = thread;
        t.waitReason = reason;
        for (;;) {
            // done is written inside critical sections and read as one byte: no lock needed to see it
            if (done) {
                t.waitReason = null;
                return true;
            }
            if (deadlineMicros == 0) {
                Sched.park();
            } else if (!Sched.parkUntil(deadlineMicros)) {
                int s = Sched.lock();
                if (done) {
                    Sched.unlock(s);
                    t.waitReason = null;
                    return true;
                }
                for (int i = 0; i < queuedCount; i++) {
                    queued[i].chan.unlink(queued[i]);
                }
                queuedCount = 0;
                Sched.unlock(s);
                t.waitReason = null;
                return false;
            }
        }
    }
}
