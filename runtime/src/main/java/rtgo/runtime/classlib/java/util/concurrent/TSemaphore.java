package rtgo.runtime.classlib.java.util.concurrent;

/*
 * TSemaphore: java.util.concurrent.Semaphore as a whole-class substitute.
 *
 * Design note. A permit count guarded by the semaphore's own monitor. acquire waits on the
 * monitor until enough permits are there and takes them in one step; release adds permits and
 * wakes the waiters (notifyAll, only when some thread waits) so that each re-checks what it needs.
 * The fairness flag is kept and reported; the order in which woken waiters get permits is the
 * scheduler's. The count may go negative through the constructor or reducePermits, as in the JDK.
 * Argument checks are the JDK's (IllegalArgumentException without a message for a negative count).
 */
public class TSemaphore {
    private int permits;
    private int waiters;
    private final boolean fair;

    public TSemaphore(int permits) {
        this.permits = permits;
        fair = false;
    }

    public TSemaphore(int permits, boolean fair) {
        this.permits = permits;
        this.fair = fair;
    }

    private static void check(int n) {
        if (n < 0) {
            throw new IllegalArgumentException();
        }
    }

    private void take(int n, boolean interruptible) throws InterruptedException {
        if (interruptible && Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (this) {
            if (permits >= n) {
                permits -= n;
                return;
            }
            boolean interrupted = false;
            waiters++;
            try {
                while (permits < n) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        if (interruptible) {
                            throw e;
                        }
                        interrupted = true;
                    }
                }
                permits -= n;
            } finally {
                waiters--;
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private boolean takeTimed(int n, long timeoutNanos) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        long deadline = Blocking.deadline(timeoutNanos);
        synchronized (this) {
            waiters++;
            try {
                while (permits < n) {
                    if (!Blocking.waitUntil(this, deadline)) {
                        return false;
                    }
                }
                permits -= n;
                return true;
            } finally {
                waiters--;
            }
        }
    }

    public void acquire() throws InterruptedException {
        take(1, true);
    }

    public void acquire(int n) throws InterruptedException {
        check(n);
        take(n, true);
    }

    public void acquireUninterruptibly() {
        try {
            take(1, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void acquireUninterruptibly(int n) {
        check(n);
        try {
            take(n, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean tryAcquire() {
        return tryAcquire(1);
    }

    public boolean tryAcquire(int n) {
        check(n);
        synchronized (this) {
            if (permits >= n) {
                permits -= n;
                return true;
            }
            return false;
        }
    }

    public boolean tryAcquire(long timeout, TTimeUnit unit) throws InterruptedException {
        return takeTimed(1, unit.toNanos(timeout));
    }

    public boolean tryAcquire(int n, long timeout, TTimeUnit unit) throws InterruptedException {
        check(n);
        return takeTimed(n, unit.toNanos(timeout));
    }

    public void release() {
        release(1);
    }

    public void release(int n) {
        check(n);
        synchronized (this) {
            int p = permits + n;
            if (p < permits) {
                throw new Error("Maximum permit count exceeded");
            }
            permits = p;
            if (waiters > 0) {
                notifyAll();
            }
        }
    }

    public int availablePermits() {
        synchronized (this) {
            return permits;
        }
    }

    /** Takes every available permit and returns the count (a negative count is reset to 0 and returned). */
    public int drainPermits() {
        synchronized (this) {
            int p = permits;
            permits = 0;
            return p;
        }
    }

    protected void reducePermits(int reduction) {
        check(reduction);
        synchronized (this) {
            permits -= reduction;
        }
    }

    public boolean isFair() {
        return fair;
    }

    public final boolean hasQueuedThreads() {
        return waiters > 0;
    }

    public final int getQueueLength() {
        return waiters;
    }

    /** Object's form plus "[Permits = n]". */
    public String toString() {
        return super.toString() + "[Permits = " + availablePermits() + "]";
    }
}
