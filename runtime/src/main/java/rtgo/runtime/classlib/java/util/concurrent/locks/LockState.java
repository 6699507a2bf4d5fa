package rtgo.runtime.classlib.java.util.concurrent.locks;

/**
 * What a ConditionQueue needs of the lock it belongs to (not a JDK type). The lock object is also
 * the monitor every waiter of the lock and of its conditions waits on; each method is called with
 * that monitor held.
 */
interface LockState {
    /** True when the calling thread holds the lock (for a read-write lock: its write lock). */
    boolean heldByCurrentThread();

    /** Releases every hold of the calling thread and wakes contenders; returns the hold count. */
    int releaseAll();

    /** Takes the lock for the calling thread with holds holds if it is free; true if it did. */
    boolean tryReacquire(int holds);

    /** Counts a thread in (+1) or out (-1) of a wait on the monitor for the lock to be free. */
    void contending(int delta);
}
