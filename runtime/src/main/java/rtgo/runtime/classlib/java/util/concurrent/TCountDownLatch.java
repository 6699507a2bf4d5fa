package rtgo.runtime.classlib.java.util.concurrent;

/*
 * TCountDownLatch: java.util.concurrent.CountDownLatch as a whole-class substitute.
 *
 * Design note. A count guarded by the latch's own monitor; await waits on the monitor until the
 * count is zero, and the countDown that reaches zero wakes every waiter with one notifyAll. Later
 * countDowns do nothing, and await on an open latch returns at once (still throwing
 * InterruptedException for a thread already interrupted, as the JDK does).
 */
public class TCountDownLatch {
    private long count;

    public TCountDownLatch(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count < 0");
        }
        this.count = count;
    }

    public void await() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (this) {
            while (count != 0) {
                wait();
            }
        }
    }

    /** Waits at most timeout; true if the count reached zero, false if the time ran out. */
    public boolean await(long timeout, TTimeUnit unit) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        long deadline = Blocking.deadline(unit.toNanos(timeout));
        synchronized (this) {
            while (count != 0) {
                if (!Blocking.waitUntil(this, deadline)) {
                    return false;
                }
            }
            return true;
        }
    }

    public void countDown() {
        synchronized (this) {
            if (count != 0 && --count == 0) {
                notifyAll();
            }
        }
    }

    public long getCount() {
        synchronized (this) {
            return count;
        }
    }

    /** Object's form plus "[Count = n]". */
    public String toString() {
        return super.toString() + "[Count = " + getCount() + "]";
    }
}
