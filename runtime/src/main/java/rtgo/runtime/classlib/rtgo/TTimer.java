package rtgo.runtime.classlib.rtgo;

import rtgo.runtime.Sched;

/*
 * TTimer: rtgo.Timer on the device (a whole-class substitute of the API class).
 *
 * Design note. An entry in the program's timer list (Timers), fired by its one timer thread: the
 * channel (buffer of one) receives System.currentTimeMillis(), milliseconds since boot on the
 * device. stop() and the firing decide under the scheduler's critical section, so exactly one of
 * "stop returned true" and "the value was sent" happens.
 */
/** rtgo.Timer: a channel that receives the time once, after a delay. */
public final class TTimer {
    private final Timers.Entry e;

    /** A timer that fires millis ms from now (0 or less: at once). */
    public TTimer(long millis) {
        e = new Timers.Entry(millis <= 0 ? 0 : millis * 1000, 0);
        Timers.add(e);
    }

    /** The channel that receives the firing time. */
    public TChan<Long> channel() {
        return e.chan;
    }

    /** Stops the timer; true if this call stopped it before it fired. */
    public boolean stop() {
        int s = Sched.lock();
        boolean stopped = !e.fired && !e.stopped;
        e.stopped = true;
        Timers.remove(e);
        Sched.unlock(s);
        return stopped;
    }

    /** A channel that receives the time once, millis ms from now. */
    public static TChan<Long> after(long millis) {
        return new TTimer(millis).channel();
    }
}
