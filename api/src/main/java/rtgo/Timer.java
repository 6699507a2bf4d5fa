package rtgo;

/**
 * Go's {@code time.Timer}: a channel that receives one value when a delay has passed.
 *
 * <p>The value is {@code System.currentTimeMillis()} when the timer fired: milliseconds since the
 * epoch on HotSpot, since boot on the device (which has no wall clock). The channel has a buffer
 * of one, so firing never waits for a receiver.
 *
 * <p>HotSpot implementation: a daemon thread named {@code rtgo-timer} sleeps until the time and
 * sends (its explicit name leaves the numbering of {@code Thread-N} to the program's threads).
 */
public final class Timer {
    private final Chan<Long> c = new Chan<>(1);
    private final Thread thread;
    private boolean fired;
    private boolean stopped;

    /** A timer that fires once, {@code millis} milliseconds from now (0 or less: at once). */
    public Timer(long millis) {
        thread = new Thread(() -> run(millis), "rtgo-timer");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(long millis) {
        long deadline = System.nanoTime() + Math.max(0, millis) * 1_000_000L;
        for (long left; (left = deadline - System.nanoTime()) > 0;) {
            try {
                Thread.sleep(left / 1_000_000L, (int) (left % 1_000_000L));
            } catch (InterruptedException e) {
                return; // stopped
            }
        }
        Chan.LOCK.lock();
        try {
            if (stopped) {
                return;
            }
            fired = true;
            c.trySend(System.currentTimeMillis());
        } finally {
            Chan.LOCK.unlock();
        }
    }

    /** The channel that receives the firing time, once. */
    public Chan<Long> channel() {
        return c;
    }

    /**
     * Stops the timer: it will not fire.
     *
     * @return true if this call stopped it; false if it had already fired or been stopped
     */
    public boolean stop() {
        Chan.LOCK.lock();
        try {
            if (fired || stopped) {
                return false;
            }
            stopped = true;
        } finally {
            Chan.LOCK.unlock();
        }
        thread.interrupt();
        return true;
    }

    /** A channel that receives the time once, {@code millis} ms from now ({@code new Timer(millis).channel()}). */
    public static Chan<Long> after(long millis) {
        return new Timer(millis).channel();
    }
}
