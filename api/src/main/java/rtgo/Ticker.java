package rtgo;

/**
 * Go's {@code time.Ticker}: a channel that receives the time every period until stopped.
 *
 * <p>Ticks are at start + k * period (k = 1, 2...), whatever the receiver does; the channel has a
 * buffer of one, and a tick that finds it full is dropped (as in Go) so a slow receiver gets the
 * latest pace, not a backlog. The value is {@code System.currentTimeMillis()} at the tick (see
 * {@link Timer}).
 *
 * <p>HotSpot implementation: a daemon thread named {@code rtgo-ticker} that sleeps and sends.
 */
public final class Ticker {
    private final Chan<Long> c = new Chan<>(1);
    private final Thread thread;
    private volatile boolean stopped;

    /**
     * A ticker with the given period.
     *
     * @throws IllegalArgumentException if the period is not positive
     */
    public Ticker(long periodMillis) {
        if (periodMillis <= 0) {
            throw new IllegalArgumentException("non-positive interval for Ticker: " + periodMillis);
        }
        thread = new Thread(() -> run(periodMillis), "rtgo-ticker");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(long period) {
        long next = System.nanoTime();
        while (!stopped) {
            next += period * 1_000_000L;
            for (long left; (left = next - System.nanoTime()) > 0;) {
                try {
                    Thread.sleep(left / 1_000_000L, (int) (left % 1_000_000L));
                } catch (InterruptedException e) {
                    return; // stopped
                }
            }
            // stop() and the send exclude each other, so no tick is sent after stop() returns
            Chan.LOCK.lock();
            try {
                if (stopped) {
                    return;
                }
                c.trySend(System.currentTimeMillis());
            } finally {
                Chan.LOCK.unlock();
            }
        }
    }

    /** The channel that receives the ticks. */
    public Chan<Long> channel() {
        return c;
    }

    /** Stops the ticker: no tick is sent after this returns (one already in the channel stays there). */
    public void stop() {
        Chan.LOCK.lock();
        try {
            stopped = true;
        } finally {
            Chan.LOCK.unlock();
        }
        thread.interrupt();
    }
}
