package rtgo.runtime.classlib.java.util.concurrent.locks;

/** java.util.concurrent.locks.ReadWriteLock (an interface substitute). */
public interface TReadWriteLock {
    TLock readLock();

    TLock writeLock();
}
