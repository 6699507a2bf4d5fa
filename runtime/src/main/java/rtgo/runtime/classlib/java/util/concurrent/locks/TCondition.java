package rtgo.runtime.classlib.java.util.concurrent.locks;

import rtgo.runtime.classlib.java.util.concurrent.TTimeUnit;

/** java.util.concurrent.locks.Condition (an interface substitute). */
public interface TCondition {
    void await() throws InterruptedException;

    void awaitUninterruptibly();

    long awaitNanos(long nanosTimeout) throws InterruptedException;

    boolean await(long time, TTimeUnit unit) throws InterruptedException;

    void signal();

    void signalAll();
}
