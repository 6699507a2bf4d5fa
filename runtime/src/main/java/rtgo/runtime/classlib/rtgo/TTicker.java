package rtgo.runtime.classlib.rtgo;

import rtgo.runtime.Sched;

/*
 * TTicker: rtgo.Ticker on the device (a whole-class substitute of the API class).
 *
 * Design note. An entry of the program's timer list (Timers) that goes back on the list one period
 * after each firing, on the grid start + k * period; the channel has a buffer of one and a tick
 * that finds it full is dropped, as in Go. stop() takes it off the list inside the critical
 * section, so no tick is sent after it returns.
 */
/** rtgo.Ticker: a channel that receives the time every period until stopped. */
public final class TTicker {
    private final Timers.Entry e;

    /** A ticker with the given period in ms. */
    public TTicker(long periodMillis) {
        if (periodMillis <= 0) {
            throw new IllegalArgumentException("non-positive interval for Ticker: " + periodMillis);
        }
        e = new Timers.Entry(periodMillis * 1000, periodMillis * 1000);
        Timers.add(e);
    }

    /** The channel that receives the ticks. */
    public TChan<Long> channel() {
        return e.chan;
    }

    /** Stops the ticker: no tick is sent after this returns. */
    public void stop() {
        int s = Sched.lock();
        e.stopped = true;
        Timers.remove(e);
        Sched.unlock(s);
    }
}
