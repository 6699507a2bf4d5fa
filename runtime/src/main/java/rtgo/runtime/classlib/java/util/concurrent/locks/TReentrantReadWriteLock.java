package rtgo.runtime.classlib.java.util.concurrent.locks;

import rtgo.runtime.classlib.java.util.concurrent.Blocking;
import rtgo.runtime.classlib.java.util.concurrent.TTimeUnit;

/*
 * TReentrantReadWriteLock: java.util.concurrent.locks.ReentrantReadWriteLock as a whole-class
 * substitute, with its ReadLock and WriteLock.
 *
 * Design note. One monitor (the lock object's) guards a write owner with its hold count and the
 * read holds of each reading thread (a short table of thread and count: few threads read at once
 * on a microcontroller). Threads that must wait do so on the monitor, counted, and every release
 * that could let one in wakes them all. The policy is the JDK's non-fair one in effect: the write
 * lock is taken when nobody else holds either lock; the read lock when no other thread holds the
 * write lock and, for a thread holding no read lock yet, no writer is waiting (so a stream of
 * readers cannot starve a writer). Reentrancy is the JDK's: the writer may also take the read lock
 * (and so downgrade by releasing the write lock), a reader asking for the write lock waits for
 * ever, as on the JVM. Unlocking what the thread does not hold throws
 * IllegalMonitorStateException ("attempt to unlock read lock, not locked by current thread" for
 * the read lock). The write lock's conditions are ConditionQueues on the same monitor; the read
 * lock has none (UnsupportedOperationException).
 */
public class TReentrantReadWriteLock implements TReadWriteLock, LockState {
    private final boolean fair;
    private final ReadLock readerLock;
    private final WriteLock writerLock;
    private Thread writer;
    private int writeHolds;
    private Thread[] readers = new Thread[4];
    private int[] readCounts = new int[4];
    private int readerThreads;
    private int readHolds;
    private int waitingWriters;
    private int waiting;

    public TReentrantReadWriteLock() {
        this(false);
    }

    public TReentrantReadWriteLock(boolean fair) {
        this.fair = fair;
        readerLock = new ReadLock(this);
        writerLock = new WriteLock(this);
    }

    public ReadLock readLock() {
        return readerLock;
    }

    public WriteLock writeLock() {
        return writerLock;
    }

    // ---- state (monitor held) ----

    private int readerSlot(Thread t) {
        Thread[] rs = readers;
        for (int i = 0; i < readerThreads; i++) {
            if (rs[i] == t) {
                return i;
            }
        }
        return -1;
    }

    private boolean tryRead(Thread me) {
        if (writer != null && writer != me) {
            return false;
        }
        int i = readerSlot(me);
        if (i < 0) {
            if (waitingWriters > 0 && writer != me) {
                return false;
            }
            if (readerThreads == readers.length) {
                Thread[] nr = new Thread[readerThreads * 2];
                int[] nc = new int[readerThreads * 2];
                System.arraycopy(readers, 0, nr, 0, readerThreads);
                System.arraycopy(readCounts, 0, nc, 0, readerThreads);
                readers = nr;
                readCounts = nc;
            }
            i = readerThreads++;
            readers[i] = me;
            readCounts[i] = 0;
        }
        readCounts[i]++;
        readHolds++;
        return true;
    }

    private boolean tryWrite(Thread me) {
        if (writer == me) {
            writeHolds++;
            return true;
        }
        if (writer != null || readHolds != 0) {
            return false;
        }
        writer = me;
        writeHolds = 1;
        return true;
    }

    private void wakeAll() {
        if (waiting > 0) {
            notifyAll();
        }
    }

    /** Takes a read (write == false) or write lock, waiting as allowed; false on timeout. */
    final boolean acquire(boolean write, boolean interruptible, boolean timed, long deadline) throws InterruptedException {
        Thread me = Thread.currentThread();
        if (interruptible && Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (this) {
            if (write ? tryWrite(me) : tryRead(me)) {
                return true;
            }
            boolean interrupted = false;
            waiting++;
            if (write) {
                waitingWriters++;
            }
            try {
                for (;;) {
                    try {
                        if (!timed) {
                            wait();
                        } else if (!Blocking.waitUntil(this, deadline)) {
                            return false;
                        }
                    } catch (InterruptedException e) {
                        if (interruptible) {
                            throw e;
                        }
                        interrupted = true;
                    }
                    if (write) {
                        waitingWriters--;
                        boolean got = tryWrite(me);
                        waitingWriters++;
                        if (got) {
                            return true;
                        }
                    } else if (tryRead(me)) {
                        return true;
                    }
                }
            } finally {
                waiting--;
                if (write) {
                    waitingWriters--;
                    wakeAll();
                }
                if (interrupted) {
                    me.interrupt();
                }
            }
        }
    }

    final boolean tryAcquireNow(boolean write) {
        Thread me = Thread.currentThread();
        synchronized (this) {
            if (write) {
                return tryWrite(me);
            }
            if (writer != null && writer != me) {
                return false;
            }
            int w = waitingWriters;
            waitingWriters = 0;
            boolean got = tryRead(me);
            waitingWriters = w;
            return got;
        }
    }

    final void releaseRead() {
        Thread me = Thread.currentThread();
        synchronized (this) {
            int i = readerSlot(me);
            if (i < 0) {
                throw new IllegalMonitorStateException("attempt to unlock read lock, not locked by current thread");
            }
            if (--readCounts[i] == 0) {
                readerThreads--;
                readers[i] = readers[readerThreads];
                readCounts[i] = readCounts[readerThreads];
                readers[readerThreads] = null;
            }
            readHolds--;
            wakeAll();
        }
    }

    final void releaseWrite() {
        synchronized (this) {
            if (writer != Thread.currentThread()) {
                throw new IllegalMonitorStateException();
            }
            if (--writeHolds == 0) {
                writer = null;
                wakeAll();
            }
        }
    }

    // ---- LockState, for the write lock's conditions (monitor held) ----

    public boolean heldByCurrentThread() {
        return writer == Thread.currentThread();
    }

    public int releaseAll() {
        int h = writeHolds;
        writeHolds = 0;
        writer = null;
        wakeAll();
        return h;
    }

    public boolean tryReacquire(int holds) {
        if (writer != null || readHolds != 0) {
            return false;
        }
        writer = Thread.currentThread();
        writeHolds = holds;
        return true;
    }

    public void contending(int delta) {
        waiting += delta;
    }

    // ---- queries ----

    public final boolean isFair() {
        return fair;
    }

    protected Thread getOwner() {
        return writer;
    }

    /** The read holds of all threads together. */
    public int getReadLockCount() {
        synchronized (this) {
            return readHolds;
        }
    }

    public boolean isWriteLocked() {
        return writer != null;
    }

    public boolean isWriteLockedByCurrentThread() {
        return writer == Thread.currentThread();
    }

    public int getWriteHoldCount() {
        synchronized (this) {
            return writer == Thread.currentThread() ? writeHolds : 0;
        }
    }

    public int getReadHoldCount() {
        synchronized (this) {
            int i = readerSlot(Thread.currentThread());
            return i < 0 ? 0 : readCounts[i];
        }
    }

    public final boolean hasQueuedThreads() {
        return waiting > 0;
    }

    public final int getQueueLength() {
        return waiting;
    }

    /** Object's form plus "[Write locks = w, Read locks = r]". */
    public String toString() {
        int w;
        int r;
        synchronized (this) {
            w = writeHolds;
            r = readHolds;
        }
        return super.toString() + "[Write locks = " + w + ", Read locks = " + r + "]";
    }

    /** java.util.concurrent.locks.ReentrantReadWriteLock.ReadLock. */
    public static class ReadLock implements TLock {
        private final TReentrantReadWriteLock lock;

        protected ReadLock(TReentrantReadWriteLock lock) {
            this.lock = lock;
        }

        public void lock() {
            try {
                lock.acquire(false, false, false, 0);
            } catch (InterruptedException cannotHappen) {
                Thread.currentThread().interrupt();
            }
        }

        public void lockInterruptibly() throws InterruptedException {
            lock.acquire(false, true, false, 0);
        }

        public boolean tryLock() {
            return lock.tryAcquireNow(false);
        }

        public boolean tryLock(long timeout, TTimeUnit unit) throws InterruptedException {
            return lock.acquire(false, true, true, Blocking.deadline(unit.toNanos(timeout)));
        }

        public void unlock() {
            lock.releaseRead();
        }

        public TCondition newCondition() {
            throw new UnsupportedOperationException();
        }

        /** Object's form plus "[Read locks = n]". */
        public String toString() {
            return super.toString() + "[Read locks = " + lock.getReadLockCount() + "]";
        }
    }

    /** java.util.concurrent.locks.ReentrantReadWriteLock.WriteLock. */
    public static class WriteLock implements TLock {
        private final TReentrantReadWriteLock lock;

        protected WriteLock(TReentrantReadWriteLock lock) {
            this.lock = lock;
        }

        public void lock() {
            try {
                lock.acquire(true, false, false, 0);
            } catch (InterruptedException cannotHappen) {
                Thread.currentThread().interrupt();
            }
        }

        public void lockInterruptibly() throws InterruptedException {
            lock.acquire(true, true, false, 0);
        }

        public boolean tryLock() {
            return lock.tryAcquireNow(true);
        }

        public boolean tryLock(long timeout, TTimeUnit unit) throws InterruptedException {
            return lock.acquire(true, true, true, Blocking.deadline(unit.toNanos(timeout)));
        }

        public void unlock() {
            lock.releaseWrite();
        }

        public TCondition newCondition() {
            return new ConditionQueue(lock);
        }

        public boolean isHeldByCurrentThread() {
            return lock.isWriteLockedByCurrentThread();
        }

        public int getHoldCount() {
            return lock.getWriteHoldCount();
        }

        /** Object's form plus "[Unlocked]" or "[Locked by thread NAME]". */
        public String toString() {
            Thread o = lock.writer;
            return super.toString() + (o == null ? "[Unlocked]" : "[Locked by thread " + o.getName() + "]");
        }
    }
}
