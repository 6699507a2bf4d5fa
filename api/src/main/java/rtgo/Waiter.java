package rtgo;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;

/**
 * One thread's waiting state (HotSpot implementation): whether the operation it is parked in has
 * completed, which case completed it, and the value a receive got. One per thread, kept in a
 * ThreadLocal; a thread waits on its own {@link Condition} of the global {@link Chan#LOCK}, so a
 * wake-up goes to exactly the thread it is meant for.
 */
final class Waiter {
    private static final ThreadLocal<Waiter> CURRENT = ThreadLocal.withInitial(Waiter::new);

    final Condition cond = Chan.LOCK.newCondition();
    /** The queue entry of plain (non-select) sends and receives, reused by every operation. */
    final Node node = new Node();
    /** Set by the thread that completes this waiter's operation. */
    boolean done;
    /** The index of the case that completed (0 for a plain operation). */
    int chosen;
    /** A receive's value (null: the channel was closed). */
    Object value;
    /** A send that was woken by close (it must throw "send on closed channel"). */
    boolean closed;
    /** The nodes the current operation has queued (more than one for a select). */
    Node[] queued;
    int queuedCount;

    private Waiter() {
        node.waiter = this;
    }

    static Waiter current() {
        return CURRENT.get();
    }

    /** Clears the state for a new operation; caller holds the lock. */
    void reset() {
        done = false;
        closed = false;
        chosen = 0;
        value = null;
    }

    /**
     * Completes this waiter's operation with {@code n}, takes all its other nodes off their
     * queues and wakes it; caller holds the lock.
     */
    void complete(Node n, Object v, boolean wasClosed) {
        for (int i = 0; i < queuedCount; i++) {
            Node q = queued[i];
            if (q != n) {
                q.chan.unlink(q);
            }
        }
        queuedCount = 0;
        done = true;
        chosen = n.caseIndex;
        value = v;
        closed = wasClosed;
        cond.signal();
    }

    /**
     * Waits until {@link #done}, or until {@code deadlineNanos} (System.nanoTime scale; 0: none)
     * passes; caller holds the lock. Interrupts do not end the wait (channel operations are not
     * interruptible, as in Go); the thread's interrupt status is restored afterwards.
     */
    boolean await(long deadlineNanos) {
        boolean interrupted = false;
        try {
            while (!done) {
                if (deadlineNanos == 0) {
                    cond.awaitUninterruptibly();
                } else {
                    long left = deadlineNanos - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    try {
                        cond.await(left, TimeUnit.NANOSECONDS);
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            }
            return true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Takes every queued node off its queue (a select that timed out); caller holds the lock. */
    void unqueueAll() {
        for (int i = 0; i < queuedCount; i++) {
            queued[i].chan.unlink(queued[i]);
        }
        queuedCount = 0;
    }
}
