package rtgo.runtime.classlib.java.util.concurrent.locks;

import rtgo.runtime.Sched;
import rtgo.runtime.classlib.java.lang.TThread;

/*
 * TLockSupport: java.util.concurrent.locks.LockSupport on the scheduler's own park and unpark
 * (rtgo.runtime.Sched), which have its semantics: one permit per thread, park returns at once if
 * it is there, unpark before park is not lost. unpark is what an interrupt handler
 * (rtgo.hal.Interrupt) calls to wake a thread: it never blocks and never allocates.
 *
 * Design note. An interrupted thread must not park: park returns at once while the thread's
 * interrupt flag is set, as the JDK's does, and callers check the flag themselves.
 */
public final class TLockSupport {
    private TLockSupport() {}

    public static void park() {
        if (!Sched.current().isInterruptedFlag()) {
            Sched.park();
        }
    }

    public static void park(Object blocker) {
        TThread self = Sched.current();
        self.waitingFor = blocker;
        park();
        self.waitingFor = null;
    }

    public static void parkNanos(long nanos) {
        if (nanos > 0 && !Sched.current().isInterruptedFlag()) {
            Sched.parkUntil(Sched.nowMicros() + (nanos + 999) / 1000);
        }
    }

    public static void parkNanos(Object blocker, long nanos) {
        parkNanos(nanos);
    }

    public static void unpark(TThread thread) {
        if (thread != null) {
            Sched.unpark(thread);
        }
    }
}
