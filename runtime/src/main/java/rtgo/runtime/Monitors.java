package rtgo.runtime;

import rtgo.runtime.classlib.java.lang.TThread;
import rtgo.vm.Address;
import rtgo.vm.Cpu;

/*
 * Monitors: Java's `synchronized`, Object.wait and notify (monitorenter and monitorexit compile to
 * enter and exit; a synchronized method is rewritten by the front end into a block).
 *
 * Design note. Objects have no header word to spare (docs/abi.md, "Objects"), and few objects
 * are ever locked, so a monitor exists only while its object is locked or waited on: a Monitor
 * record found through a small hash table keyed by the object's address (objects never move, so
 * the address is a stable key). Records are recycled through a free list, so a program that
 * locks in a loop allocates nothing after the first iteration. An uncontended enter is a hash,
 * a bucket probe and three stores; the matching exit leaves the record in the table (the last
 * one only: it keeps its object reachable), so that a loop locking one object probes and finds.
 * - Threads switch only when they block or at a backward branch of program code (Sched), never
 *   inside this class, and interrupt handlers may not lock (they cannot block): so no critical
 *   section is needed here, only in Sched's park and unpark. (Core 1 will add a spinlock.)
 * - Contention: a thread that finds the monitor owned queues on it and parks; exit hands
 *   nothing over, it wakes the first queued thread, which competes again (the JVM allows such
 *   barging). wait releases the monitor completely, queues on the wait set and parks; notify
 *   moves the first waiter to compete for the monitor again; a waiter woken by timeout or
 *   interrupt leaves the wait set itself. Reentrant: a count per record.
 */
public final class Monitors {
    private Monitors() {}

    /** One monitor in use. */
    static final class Monitor {
        Object obj;
        TThread owner;
        int count;
        /** Threads waiting to enter, and threads in wait(), linked through TThread.monitorNext. */
        TThread entering;
        TThread waiting;
        Monitor chain;
    }

    private static final int BUCKETS = 32;
    private static Monitor[] table;
    private static Monitor free;
    /** The record let go last, left in the table (it keeps its object alive until the next one). */
    private static Monitor cached;

    private static int bucket(Object obj) {
        int a = Address.of(obj);
        return ((a >>> 3) ^ (a >>> 9)) & (BUCKETS - 1);
    }

    private static Monitor find(Object obj) {
        Monitor[] t = table;
        if (t == null) {
            return null;
        }
        Monitor m = t[bucket(obj)];
        while (m != null && m.obj != obj) {
            m = m.chain;
        }
        return m;
    }

    private static Monitor make(Object obj) {
        Monitor[] t = table;
        if (t == null) {
            t = new Monitor[BUCKETS];
            table = t;
        }
        Monitor m = free;
        if (m != null) {
            free = m.chain;
        } else {
            m = new Monitor();
        }
        m.obj = obj;
        int b = bucket(obj);
        m.chain = t[b];
        t[b] = m;
        return m;
    }

    private static void release(Monitor m) {
        if (m == cached) {
            cached = null;
        }
        Monitor[] t = table;
        int b = bucket(m.obj);
        Monitor p = t[b];
        if (p == m) {
            t[b] = m.chain;
        } else {
            while (p.chain != m) {
                p = p.chain;
            }
            p.chain = m.chain;
        }
        m.obj = null;
        m.owner = null;
        m.chain = free;
        free = m;
    }

    /**
     * monitorenter (the front end has checked obj for null). The uncontended paths are written out
     * (the compiler does not inline): the bucket probe, then a new record taken and owned at once.
     */
    public static void enter(Object obj) {
        if (Cpu.ipsr() >= 16) {
            Fault.inInterrupt("synchronized"); // a lock may block, and handlers cannot
        }
        TThread self = Sched.current;
        if (self == null) {
            self = Sched.current();
        }
        Monitor[] t = table;
        if (t != null) {
            int a = Address.of(obj);
            Monitor m = t[((a >>> 3) ^ (a >>> 9)) & (BUCKETS - 1)];
            while (m != null && m.obj != obj) {
                m = m.chain;
            }
            if (m != null) {
                if (m.owner == self) {
                    m.count++;
                } else {
                    acquire(m, self, 1);
                }
                return;
            }
        }
        Monitor m = make(obj);
        m.owner = self;
        m.count = 1;
    }

    /** Takes {@code m} for {@code self} with {@code count}, queueing while another thread owns it. */
    private static void acquire(Monitor m, TThread self, int count) {
        while (m.owner != null) {
            self.monitorNext = null;
            append(m, self);
            self.waitingFor = m;
            String reason = self.waitReason;
            self.waitReason = "lock";
            Sched.park();
            self.waitReason = reason;
            self.waitingFor = null;
            remove(m, self, false);
        }
        m.owner = self;
        m.count = count;
    }

    private static void append(Monitor m, TThread t) {
        TThread q = m.entering;
        if (q == null) {
            m.entering = t;
        } else {
            while (q.monitorNext != null) {
                q = q.monitorNext;
            }
            q.monitorNext = t;
        }
    }

    /** Takes {@code t} out of m's entry queue (or its wait set), if it is there. */
    private static boolean remove(Monitor m, TThread t, boolean waitSet) {
        TThread prev = null;
        for (TThread q = waitSet ? m.waiting : m.entering; q != null; q = q.monitorNext) {
            if (q == t) {
                if (prev != null) {
                    prev.monitorNext = q.monitorNext;
                } else if (waitSet) {
                    m.waiting = q.monitorNext;
                } else {
                    m.entering = q.monitorNext;
                }
                q.monitorNext = null;
                return true;
            }
            prev = q;
        }
        return false;
    }

    /** monitorexit. */
    public static void exit(Object obj) {
        Monitor[] t = table;
        Monitor m = null;
        if (t != null) {
            int a = Address.of(obj);
            m = t[((a >>> 3) ^ (a >>> 9)) & (BUCKETS - 1)];
            while (m != null && m.obj != obj) {
                m = m.chain;
            }
        }
        if (m == null || m.owner != Sched.current) {
            throw new IllegalMonitorStateException("current thread is not owner");
        }
        if (--m.count == 0) {
            m.owner = null;
            if (m.entering == null && m.waiting == null) {
                // the last record let go stays in the table, so that a loop locking one object finds
                // it again; the one it displaces is recycled unless it is in use again
                Monitor c = cached;
                if (c != m) {
                    if (c != null && c.owner == null && c.entering == null && c.waiting == null) {
                        release(c);
                    }
                    cached = m;
                }
            } else {
                let(m);
            }
        }
    }

    /** m was just released: wake the first thread waiting to enter, or recycle the record. */
    private static void let(Monitor m) {
        TThread next = m.entering;
        if (next != null) {
            Sched.unpark(next);
        } else if (m.waiting == null) {
            release(m);
        }
    }

    /** Whether the running thread owns obj's monitor. */
    public static boolean holds(Object obj) {
        Monitor m = find(obj);
        return m != null && m.owner == Sched.current();
    }

    private static Monitor owned(Object obj) {
        Monitor m = find(obj);
        if (m == null || m.owner != Sched.current()) {
            throw new IllegalMonitorStateException("current thread is not owner");
        }
        return m;
    }

    /** Object.wait(millis): 0 waits until notified. */
    public static void await(Object obj, long millis) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        Monitor m = owned(obj);
        TThread self = m.owner;
        if (self.clearInterrupt()) {
            throw new InterruptedException();
        }
        long deadline = millis == 0 ? 0 : Sched.nowMicros() + millis * 1000;
        int count = m.count;
        self.monitorNext = null;
        TThread q = m.waiting;
        if (q == null) {
            m.waiting = self;
        } else {
            while (q.monitorNext != null) {
                q = q.monitorNext;
            }
            q.monitorNext = self;
        }
        m.owner = null;
        m.count = 0;
        TThread next = m.entering;
        if (next != null) {
            Sched.unpark(next);
        }
        self.waitingFor = m;
        self.waitReason = "wait";
        self.permit = false;
        while (true) {
            boolean inSet = contains(m.waiting, self);
            if (!inSet || self.isInterruptedFlag()) {
                break;
            }
            if (deadline == 0) {
                Sched.park();
            } else if (!Sched.parkUntil(deadline)) {
                break;
            }
        }
        remove(m, self, true);
        self.waitReason = null;
        self.waitingFor = null;
        // once notified, nothing kept the record: it may have been recycled when the lock was let go
        m = find(obj);
        if (m == null) {
            m = make(obj);
        }
        acquire(m, self, count);
        if (self.clearInterrupt()) {
            throw new InterruptedException();
        }
    }

    private static boolean contains(TThread q, TThread t) {
        for (; q != null; q = q.monitorNext) {
            if (q == t) {
                return true;
            }
        }
        return false;
    }

    /** Object.notify. */
    public static void notifyOne(Object obj) {
        Monitor m = owned(obj);
        TThread w = m.waiting;
        if (w != null) {
            m.waiting = w.monitorNext;
            w.monitorNext = null;
            Sched.unpark(w);
        }
    }

    /** Object.notifyAll. */
    public static void notifyAll(Object obj) {
        Monitor m = owned(obj);
        TThread w = m.waiting;
        m.waiting = null;
        while (w != null) {
            TThread n = w.monitorNext;
            w.monitorNext = null;
            Sched.unpark(w);
            w = n;
        }
    }

    /** For the deadlock report: the monitor's object and owner. */
    static Object objectOf(Object monitor) {
        return monitor instanceof Monitor m ? m.obj : null;
    }

    static TThread ownerOf(Object monitor) {
        return monitor instanceof Monitor m ? m.owner : null;
    }
}
