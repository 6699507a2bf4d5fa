package rtgo.runtime.classlib.rtgo;

import rtgo.runtime.Sched;
import rtgo.runtime.classlib.java.lang.TThread;

/*
 * Timers: the one thread that fires every Timer and Ticker of the program (device side).
 *
 * Design note. A thread per timer, as the HotSpot implementation has, would cost a stack each; here
 * one daemon thread, rtgo-timer, started with the first timer, serves them all from a list sorted
 * by deadline. It parks until the earliest deadline (Sched.parkUntil, which sleeps on a TIMER alarm
 * and lets the core idle in WFI), sends System.currentTimeMillis() on the channel without waiting
 * (the channels have a buffer of one; a tick that finds it full is dropped, as in Go) and, for a
 * ticker, puts it back one period later. Adding a timer earlier than all others unparks the thread
 * so it sleeps until the new deadline instead. The list is changed only inside the scheduler's
 * critical section; the boxing of the time happens outside it. Its name is explicit, so it takes
 * no number from the program's Thread-N names (as on HotSpot, whose timer threads are named too).
 */
/** The program's timer thread and its deadline-ordered list; runtime-internal. */
final class Timers {
    private Timers() {}

    /** One pending timer or ticker. */
    static final class Entry {
        final TChan<Long> chan = new TChan<>(1);
        /** Sched.nowMicros() of the next firing. */
        long deadline;
        /** 0 for a timer, else the ticker's period in µs. */
        final long period;
        boolean fired;
        boolean stopped;
        boolean queued;
        Entry next;

        Entry(long delayMicros, long period) {
            this.period = period;
            this.deadline = Sched.nowMicros() + delayMicros;
        }
    }

    private static Entry head;
    private static boolean started;
    private static TThread thread;

    /** Queues e and makes sure the timer thread runs and sleeps no later than e's deadline. */
    static void add(Entry e) {
        int s = Sched.lock();
        insert(e);
        boolean start = !started;
        started = true;
        TThread t = thread;
        if (t != null && head == e) {
            Sched.unpark(t);
        }
        Sched.unlock(s);
        if (start) {
            Thread nt = new Thread(Timers::run, "rtgo-timer");
            nt.setDaemon(true);
            nt.start();
        }
    }

    /** Takes e off the list (inside the critical section). */
    static void remove(Entry e) {
        if (!e.queued) {
            return;
        }
        Entry prev = null;
        for (Entry x = head; x != null; prev = x, x = x.next) {
            if (x == e) {
                if (prev == null) {
                    head = x.next;
                } else {
                    prev.next = x.next;
                }
                break;
            }
        }
        e.next = null;
        e.queued = false;
    }

    /** Puts e in deadline order, after the entries with the same deadline (inside the critical section). */
    private static void insert(Entry e) {
        Entry prev = null;
        Entry x = head;
        while (x != null && x.deadline <= e.deadline) {
            prev = x;
            x = x.next;
        }
        e.next = x;
        if (prev == null) {
            head = e;
        } else {
            prev.next = e;
        }
        e.queued = true;
    }

    private static void run() {
        int s = Sched.lock();
        thread = Sched.current();
        Sched.unlock(s);
        for (;;) {
            s = Sched.lock();
            Entry e = head;
            long now = Sched.nowMicros();
            if (e != null && e.deadline <= now) {
                head = e.next;
                e.next = null;
                e.queued = false;
                if (e.period == 0) {
                    e.fired = true;
                }
                Sched.unlock(s);
                Long time = Long.valueOf(System.currentTimeMillis());
                s = Sched.lock();
                if (!e.stopped) {
                    if (!e.chan.isClosed()) {
                        e.chan.offer(time);
                    }
                    if (e.period != 0) {
                        // the next tick on the period's grid; ticks missed while late are dropped
                        long next = e.deadline + e.period;
                        if (next <= now) {
                            next += ((now - next) / e.period + 1) * e.period;
                        }
                        e.deadline = next;
                        insert(e);
                    }
                }
                Sched.unlock(s);
                continue;
            }
            long deadline = e == null ? 0 : e.deadline;
            Sched.unlock(s);
            if (e == null) {
                Sched.park();
            } else {
                Sched.parkUntil(deadline);
            }
        }
    }
}
