package rtgo.runtime.classlib.java.util.concurrent.locks;

import rtgo.runtime.classlib.java.util.concurrent.TTimeUnit;

/** java.util.concurrent.locks.Lock (an interface substitute). */
public interface TLock {
    void lock();

    void lockInterruptibly() throws InterruptedException;

    boolean tryLock();

    boolean tryLock(long time, TTimeUnit unit) throws InterruptedException;

    void unlock();

    TCondition newCondition();
}
