package rtgo.runtime.classlib.java.util.concurrent.locks;

import rtgo.runtime.classlib.java.util.concurrent.Blocking;
import rtgo.runtime.classlib.java.util.concurrent.TTimeUnit;

/*
 * TReentrantLock: java.util.concurrent.locks.ReentrantLock as a whole-class substitute.
 *
 * Design note. The lock is an owner thread and a hold count, guarded by the lock object's own
 * Java monitor (which the scheduler makes cheap when uncontended): lock takes a free lock or
 * counts one more hold of its owner, else waits on the monitor until unlock frees it; unlock wakes
 * the waiters (notifyAll) only when some thread waits, counted in contenders, so an uncontended
 * lock/unlock pair is two monitor entries and no wake-up. Conditions are ConditionQueues that wait
 * on the same monitor. The fairness flag is kept and reported, but which waiter wins a freed lock
 * is the scheduler's choice either way. unlock by a thread that does not hold the lock throws
 * IllegalMonitorStateException, as the JDK's does; the hold count is capped at Integer.MAX_VALUE
 * ("Maximum lock count exceeded"). lock() and awaitUninterruptibly() keep an interrupt for later
 * (the status is set again once the lock is held).
 */
public class TReentrantLock implements TLock, LockState {
    private Thread owner;
    private int holds;
    private int contenders;
    private final boolean fair;

    /** A non-fair lock. */
    public TReentrantLock() {
        fair = false;
    }

    public TReentrantLock(boolean fair) {
        this.fair = fair;
    }

    /** Takes the free lock or adds a hold for its owner; true if the calling thread now holds it. */
    private boolean tryAcquire(Thread me) {
        if (owner == null) {
            owner = me;
            holds = 1;
            return true;
        }
        if (owner == me) {
            if (holds == Integer.MAX_VALUE) {
                throw new Error("Maximum lock count exceeded");
            }
            holds++;
            return true;
        }
        return false;
    }

    public void lock() {
        Thread me = Thread.currentThread();
        synchronized (this) {
            if (tryAcquire(me)) {
                return;
            }
            boolean interrupted = false;
            contenders++;
            while (!tryAcquire(me)) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            contenders--;
            if (interrupted) {
                me.interrupt();
            }
        }
    }

    public void lockInterruptibly() throws InterruptedException {
        Thread me = Thread.currentThread();
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (this) {
            if (tryAcquire(me)) {
                return;
            }
            contenders++;
            try {
                while (!tryAcquire(me)) {
                    wait();
                }
            } finally {
                contenders--;
            }
        }
    }

    public boolean tryLock() {
        Thread me = Thread.currentThread();
        synchronized (this) {
            return tryAcquire(me);
        }
    }

    public boolean tryLock(long timeout, TTimeUnit unit) throws InterruptedException {
        Thread me = Thread.currentThread();
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        long deadline = Blocking.deadline(unit.toNanos(timeout));
        synchronized (this) {
            if (tryAcquire(me)) {
                return true;
            }
            contenders++;
            try {
                while (!tryAcquire(me)) {
                    if (!Blocking.waitUntil(this, deadline)) {
                        return false;
                    }
                }
                return true;
            } finally {
                contenders--;
            }
        }
    }

    public void unlock() {
        synchronized (this) {
            if (owner != Thread.currentThread()) {
                throw new IllegalMonitorStateException();
            }
            if (--holds == 0) {
                owner = null;
                if (contenders > 0) {
                    notifyAll();
                }
            }
        }
    }

    public TCondition newCondition() {
        return new ConditionQueue(this);
    }

    public boolean heldByCurrentThread() {
        return owner == Thread.currentThread();
    }

    public int releaseAll() {
        int h = holds;
        holds = 0;
        owner = null;
        if (contenders > 0) {
            notifyAll();
        }
        return h;
    }

    public boolean tryReacquire(int h) {
        if (owner != null) {
            return false;
        }
        owner = Thread.currentThread();
        holds = h;
        return true;
    }

    public void contending(int delta) {
        contenders += delta;
    }

    /** The calling thread's holds (0 when it does not hold the lock). */
    public int getHoldCount() {
        synchronized (this) {
            return owner == Thread.currentThread() ? holds : 0;
        }
    }

    public boolean isHeldByCurrentThread() {
        synchronized (this) {
            return owner == Thread.currentThread();
        }
    }

    public boolean isLocked() {
        return owner != null;
    }

    public final boolean isFair() {
        return fair;
    }

    /** The owning thread, or null. */
    protected Thread getOwner() {
        return owner;
    }

    public final boolean hasQueuedThreads() {
        return contenders > 0;
    }

    /** An estimate, as in the JDK: the threads waiting to take the lock. */
    public final int getQueueLength() {
        return contenders;
    }

    public boolean hasWaiters(TCondition condition) {
        return getWaitQueueLength(condition) > 0;
    }

    /** The threads waiting on condition, which must belong to this lock and be held. */
    public int getWaitQueueLength(TCondition condition) {
        if (condition == null) {
            throw new NullPointerException();
        }
        if (!(condition instanceof ConditionQueue) || !((ConditionQueue) condition).ownedBy(this)) {
            throw new IllegalArgumentException("not owner");
        }
        synchronized (this) {
            if (owner != Thread.currentThread()) {
                throw new IllegalMonitorStateException();
            }
            return ((ConditionQueue) condition).waiters();
        }
    }

    /** Object's form plus "[Unlocked]" or "[Locked by thread NAME]", as the JDK's. */
    public String toString() {
        Thread o = owner;
        return super.toString() + (o == null ? "[Unlocked]" : "[Locked by thread " + o.getName() + "]");
    }
}
