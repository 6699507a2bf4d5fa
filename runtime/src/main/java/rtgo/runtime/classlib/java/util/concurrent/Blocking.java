package rtgo.runtime.classlib.java.util.concurrent;

/*
 * Blocking: the timed waits of the java.util.concurrent substitutes (not a JDK class).
 *
 * Design note. Every blocking class of this package and of locks waits on a Java monitor
 * (synchronized + Object.wait/notifyAll), which the scheduler implements; a timed operation turns
 * its timeout into a System.nanoTime deadline once and waits in slices of whole milliseconds
 * (rounded up, so a wait never ends early) until its condition holds or the deadline passes. The
 * caller re-checks its condition after every return, as after any wait (spurious wake-ups and
 * notifyAll are allowed).
 */
public final class Blocking {
    private Blocking() {}

    /** The System.nanoTime deadline timeoutNanos from now, saturated at Long.MAX_VALUE. */
    public static long deadline(long timeoutNanos) {
        long now = System.nanoTime();
        long d = now + timeoutNanos;
        return timeoutNanos > 0 && d - now < 0 ? Long.MAX_VALUE : d;
    }

    /**
     * Waits on monitor (held by the caller) until notified or the deadline passes; false, without
     * waiting, when the deadline has already passed.
     */
    public static boolean waitUntil(Object monitor, long deadline) throws InterruptedException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return false;
        }
        long ms = left >= 2000_000_000_000_000L ? 2000_000_000L : (left + 999_999) / 1000_000;
        monitor.wait(ms);
        return true;
    }
}
