package rtgo.runtime.classlib.java.util.concurrent.locks;

import rtgo.runtime.classlib.java.util.concurrent.Blocking;
import rtgo.runtime.classlib.java.util.concurrent.TTimeUnit;

/*
 * ConditionQueue: the Condition of a ReentrantLock or of a ReentrantReadWriteLock's write lock
 * (not a JDK type; the JDK's is AbstractQueuedSynchronizer.ConditionObject).
 *
 * Design note. Waiters queue in FIFO order, one small node each, and wait on the lock's monitor.
 * await releases every hold of the lock (remembering the count), waits until signal marks its
 * node, then waits for the lock to be free and takes it back with the same count; signal marks
 * the oldest node and signalAll every node, each with one notifyAll of the monitor (the woken
 * threads re-check their own node: on one core the herd is a few threads at most). An interrupt
 * before the signal ends the wait with InterruptedException once the lock is held again; an
 * interrupt that races with the signal leaves the interrupt status set and returns normally, as
 * the JDK specifies.
 */
final class ConditionQueue implements TCondition {
    /** A waiting thread; signalled once signal or signalAll has chosen it. */
    static final class Node {
        Node next;
        boolean signalled;
    }

    private final LockState lock;
    private Node head;
    private Node tail;
    private int length;

    ConditionQueue(LockState lock) {
        this.lock = lock;
    }

    /** Whether this condition belongs to lock. */
    boolean ownedBy(LockState l) {
        return lock == l;
    }

    /** The number of threads waiting (the caller holds the lock's monitor). */
    int waiters() {
        return length;
    }

    private void unlink(Node n) {
        Node prev = null;
        for (Node p = head; p != null; prev = p, p = p.next) {
            if (p == n) {
                if (prev == null) {
                    head = p.next;
                } else {
                    prev.next = p.next;
                }
                if (tail == p) {
                    tail = prev;
                }
                length--;
                return;
            }
        }
    }

    /**
     * The common wait: interruptible or not, until the deadline when timed. Returns the nanoseconds
     * left before the deadline (<= 0: timed out), or 1 for an untimed wait.
     */
    private long awaitImpl(boolean interruptible, boolean timed, long deadline) throws InterruptedException {
        Object monitor = lock;
        synchronized (monitor) {
            if (!lock.heldByCurrentThread()) {
                throw new IllegalMonitorStateException();
            }
            if (interruptible && Thread.interrupted()) {
                throw new InterruptedException();
            }
            Node n = new Node();
            if (tail == null) {
                head = n;
            } else {
                tail.next = n;
            }
            tail = n;
            length++;
            int holds = lock.releaseAll();
            boolean interrupted = false;
            boolean throwIt = false;
            boolean timedOut = false;
            while (!n.signalled) {
                try {
                    if (timed) {
                        if (!Blocking.waitUntil(monitor, deadline)) {
                            timedOut = true;
                            unlink(n);
                            break;
                        }
                    } else {
                        monitor.wait();
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                    if (interruptible && !n.signalled) {
                        throwIt = true;
                        unlink(n);
                        break;
                    }
                }
            }
            lock.contending(1);
            while (!lock.tryReacquire(holds)) {
                try {
                    monitor.wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            lock.contending(-1);
            if (throwIt) {
                throw new InterruptedException();
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (!timed) {
                return 1;
            }
            long left = deadline - System.nanoTime();
            return timedOut ? (left > 0 ? 0 : left) : (left > 0 ? left : 1);
        }
    }

    public void await() throws InterruptedException {
        awaitImpl(true, false, 0);
    }

    public void awaitUninterruptibly() {
        try {
            awaitImpl(false, false, 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public long awaitNanos(long nanosTimeout) throws InterruptedException {
        return awaitImpl(true, true, Blocking.deadline(nanosTimeout));
    }

    public boolean await(long time, TTimeUnit unit) throws InterruptedException {
        return awaitImpl(true, true, Blocking.deadline(unit.toNanos(time))) > 0;
    }

    private void signalImpl(boolean all) {
        Object monitor = lock;
        synchronized (monitor) {
            if (!lock.heldByCurrentThread()) {
                throw new IllegalMonitorStateException();
            }
            Node n = head;
            if (n == null) {
                return;
            }
            do {
                n.signalled = true;
                length--;
                n = n.next;
            } while (all && n != null);
            head = n;
            if (n == null) {
                tail = null;
            }
            monitor.notifyAll();
        }
    }

    public void signal() {
        signalImpl(false);
    }

    public void signalAll() {
        signalImpl(true);
    }
}
