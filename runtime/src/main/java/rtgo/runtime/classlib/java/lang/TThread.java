package rtgo.runtime.classlib.java.lang;

import rtgo.runtime.Monitors;
import rtgo.runtime.Sched;
import rtgo.runtime.Throw;
import rtgo.vm.Address;
import rtgo.vm.abi.ObjectLayout;

/*
 * TThread: java.lang.Thread (whole-class substitute) on rtgo's green threads (rtgo.runtime.Sched).
 *
 * Design note. A Thread object is also the scheduler's record of the thread: its stack, the
 * address of its saved registers, its place in the run queue and in the list of timed waits.
 * Platform and virtual threads are the same kind of thread here (a virtual thread is only
 * named differently, "" by default, and is a daemon, as on the JVM); both get a stack of the
 * size the build computed for the deepest call chain a thread can make (rtgo_thread_stack), or
 * more if the constructor asks for it. Names follow HotSpot: unnamed platform threads are
 * "Thread-0", "Thread-1"... in creation order, main is "main". An exception that leaves run()
 * goes to the thread's handler, else the default handler, else HotSpot's report
 * ("Exception in thread "Thread-0" ..." and the trace); the thread ends and the others go on.
 * interrupt() sets the flag and unparks the thread, so a sleep, join or wait in progress wakes
 * and throws InterruptedException with the flag cleared.
 */
public class TThread implements Runnable {
    public static final int MIN_PRIORITY = 1;
    public static final int NORM_PRIORITY = 5;
    public static final int MAX_PRIORITY = 10;

    private static int threadNumber;
    private static long nextId = 2;
    private static UncaughtExceptionHandler defaultHandler;

    /** null until asked for, when the thread is numbered (HotSpot's "Thread-" + number). */
    private String name;
    private final int number;
    private final Runnable target;
    private boolean daemon;
    private int priority = NORM_PRIORITY;
    private boolean virtual;
    private long stackSize;
    private final long id;
    private volatile boolean interrupted;
    private UncaughtExceptionHandler handler;

    // ---- the scheduler's record (rtgo.runtime.Sched) -------------------------------------------
    /** Sched's state: NEW, READY, RUNNING, BLOCKED, DONE. */
    public int state;
    /** The stack (null for main, and once the thread has ended). */
    public int[] stack;
    public int stackTop;
    public int stackLimit;
    /** Word 0: the address of the register block the thread resumes from (crt0.S). */
    public final int[] ctx = new int[1];
    public TThread next;
    public TThread allNext;
    public TThread sleepNext;
    public long wakeAt;
    public boolean permit;
    public boolean timedOut;
    public TThread joiners;
    public TThread joinNext;
    /** What the thread waits for (a thread it joins, a monitor, a channel), for the deadlock report. */
    public Object waitingFor;
    /** How it waits ("join", "monitor enter", "wait", "chan send"...), for the deadlock report. */
    public String waitReason;
    /** Monitors (rtgo.runtime.Monitors): next in a monitor's entry or wait queue. */
    public TThread monitorNext;
    /** Channels (rtgo.runtime.classlib.rtgo): a waiting thread's reusable record, made on first need. */
    public rtgo.runtime.classlib.rtgo.Waiter waiter;

    public TThread() {
        this(null, null, 0, true);
    }

    public TThread(Runnable task) {
        this(task, null, 0, true);
    }

    public TThread(Runnable task, String name) {
        this(task, checkName(name), 0, true);
    }

    public TThread(String name) {
        this(null, checkName(name), 0, true);
    }

    public TThread(TThreadGroup group, Runnable task) {
        this(task, null, 0, true);
    }

    public TThread(TThreadGroup group, Runnable task, String name) {
        this(task, checkName(name), 0, true);
    }

    /** The stack size is honoured when it is larger than the default (rtgo.runtime.Sched.start). */
    public TThread(TThreadGroup group, Runnable task, String name, long stackSize) {
        this(task, checkName(name), stackSize, true);
    }

    public TThread(TThreadGroup group, String name) {
        this(null, checkName(name), 0, true);
    }

    private TThread(Runnable task, String name, long stackSize, boolean platform) {
        this.target = task;
        this.name = name != null ? name : platform ? null : "";
        this.number = name == null && platform ? threadNumber++ : -1;
        this.stackSize = stackSize;
        this.id = nextId++;
        if (platform) {
            TThread parent = Sched.current();
            this.daemon = parent.daemon;
            this.priority = parent.priority;
        } else {
            this.virtual = true;
            this.daemon = true;
        }
    }

    /** main's Thread, made by Sched on first need. */
    public static TThread mainThread() {
        TThread t = new TThread(null, "main", 0, false);
        t.virtual = false;
        t.daemon = false;
        return t;
    }

    private static String checkName(String name) {
        if (name == null) {
            throw new NullPointerException("'name' is null");
        }
        return name;
    }

    /** The address of ctx[0], the word that holds the saved register block's address (objects never move). */
    public final int ctxAddress = Address.of(ctx) + ObjectLayout.ARRAY_DATA;

    // ---- running ---------------------------------------------------------------------------------

    public void run() {
        Runnable task = target;
        if (task != null) {
            task.run();
        }
    }

    public void start() {
        if (state != Sched.NEW) {
            throw new IllegalThreadStateException();
        }
        Sched.start(this, stackSize > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) stackSize);
    }

    public static TThread currentThread() {
        return Sched.current();
    }

    public static void yield() {
        Sched.yield();
    }

    public static void onSpinWait() {
        Sched.yield();
    }

    public static void sleep(long millis) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        sleepMicros(millis > Long.MAX_VALUE / 1000 ? Long.MAX_VALUE / 2 : millis * 1000);
    }

    public static void sleep(long millis, int nanos) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        sleepMicros(millis * 1000 + (nanos + 999) / 1000);
    }

    private static void sleepMicros(long micros) throws InterruptedException {
        TThread self = Sched.current();
        long deadline = Sched.nowMicros() + micros;
        self.waitReason = "sleep";
        while (true) {
            if (self.interrupted) {
                self.interrupted = false;
                self.waitReason = null;
                throw new InterruptedException("sleep interrupted");
            }
            if (!Sched.parkUntil(deadline)) {
                break;
            }
        }
        self.waitReason = null;
    }

    public final void join() throws InterruptedException {
        joinUntil(0);
    }

    public final void join(long millis) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        joinUntil(millis == 0 ? 0 : Sched.nowMicros() + millis * 1000);
    }

    public final void join(long millis, int nanos) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        join(nanos > 0 && millis < Long.MAX_VALUE ? millis + 1 : millis);
    }

    private void joinUntil(long deadline) throws InterruptedException {
        TThread self = Sched.current();
        if (self.interrupted) {
            self.interrupted = false;
            throw new InterruptedException();
        }
        self.waitReason = "join";
        Sched.join(this, deadline);
        self.waitReason = null;
        if (self.interrupted) {
            self.interrupted = false;
            throw new InterruptedException();
        }
    }

    public final boolean isAlive() {
        return state != Sched.NEW && state != Sched.DONE;
    }

    // ---- interruption ----------------------------------------------------------------------------

    public void interrupt() {
        interrupted = true;
        if (state != Sched.NEW && state != Sched.DONE) {
            Sched.unpark(this);
        }
    }

    public boolean isInterrupted() {
        return interrupted;
    }

    public static boolean interrupted() {
        TThread self = Sched.current();
        boolean was = self.interrupted;
        self.interrupted = false;
        return was;
    }

    /** The interrupt flag, for the runtime's blocking operations. */
    public boolean isInterruptedFlag() {
        return interrupted;
    }

    /** Clears the interrupt flag and says whether it was set (Object.wait, blocking queues). */
    public boolean clearInterrupt() {
        boolean was = interrupted;
        interrupted = false;
        return was;
    }

    // ---- properties ------------------------------------------------------------------------------

    public final String getName() {
        String n = name;
        if (n == null) {
            n = "Thread-" + number; // made on first use: most threads are never asked their name
            name = n;
        }
        return n;
    }

    public final void setName(String name) {
        this.name = checkName(name);
    }

    public final boolean isDaemon() {
        return daemon;
    }

    public final void setDaemon(boolean on) {
        if (virtual && !on) {
            throw new IllegalArgumentException("'false' not legal for virtual threads");
        }
        if (isAlive()) {
            throw new IllegalThreadStateException();
        }
        daemon = on;
    }

    public final int getPriority() {
        return priority;
    }

    public final void setPriority(int newPriority) {
        if (newPriority < MIN_PRIORITY || newPriority > MAX_PRIORITY) {
            throw new IllegalArgumentException();
        }
        if (!virtual) {
            priority = newPriority;
        }
    }

    /** java.lang.Thread.State, a class like the JDK's enum (TEnum), as substitutes must be. */
    public static final class State extends TEnum<State> {
        public static final State NEW = new State("NEW", 0);
        public static final State RUNNABLE = new State("RUNNABLE", 1);
        public static final State BLOCKED = new State("BLOCKED", 2);
        public static final State WAITING = new State("WAITING", 3);
        public static final State TIMED_WAITING = new State("TIMED_WAITING", 4);
        public static final State TERMINATED = new State("TERMINATED", 5);
        private static final State[] VALUES = {NEW, RUNNABLE, BLOCKED, WAITING, TIMED_WAITING, TERMINATED};

        State(String name, int ordinal) {
            super(name, ordinal);
        }

        public static State[] values() {
            return VALUES.clone();
        }

        public static State valueOf(String name) {
            if (name == null) {
                throw new NullPointerException("Name is null");
            }
            for (State s : VALUES) {
                if (s.name().equals(name)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("No enum constant java.lang.Thread.State." + name);
        }
    }

    /** The JVM's view of the scheduler's state: a blocked thread is BLOCKED on a lock, else (TIMED_)WAITING. */
    public State getState() {
        switch (state) {
            case Sched.NEW:
                return State.NEW;
            case Sched.DONE:
                return State.TERMINATED;
            case Sched.BLOCKED:
                if ("lock".equals(waitReason)) {
                    return State.BLOCKED;
                }
                return wakeAt != 0 ? State.TIMED_WAITING : State.WAITING;
            default:
                return State.RUNNABLE;
        }
    }

    /** The one group, "main", made on first use (a static initialiser would cost every Thread call a class check). */
    private static TThreadGroup mainGroup;

    public final TThreadGroup getThreadGroup() {
        if (state == Sched.DONE) {
            return null;
        }
        if (mainGroup == null) {
            mainGroup = new TThreadGroup("main");
        }
        return mainGroup;
    }

    public final boolean isVirtual() {
        return virtual;
    }

    public final long threadId() {
        return id;
    }

    public long getId() {
        return id;
    }

    public String toString() {
        StringBuilder sb = new StringBuilder(virtual ? "VirtualThread[#" : "Thread[#");
        sb.append(id);
        if (!getName().isEmpty() || !virtual) {
            sb.append(',').append(getName());
        }
        if (virtual) {
            sb.append(']');
        } else {
            sb.append(',').append(priority).append(",main]");
        }
        return sb.toString();
    }

    public static boolean holdsLock(Object obj) {
        if (obj == null) {
            throw new NullPointerException();
        }
        return Monitors.holds(obj);
    }

    // ---- uncaught exceptions ---------------------------------------------------------------------

    /** java.lang.Thread.UncaughtExceptionHandler (an interface substitute). */
    public interface UncaughtExceptionHandler {
        void uncaughtException(TThread t, TThrowable e);
    }

    public void setUncaughtExceptionHandler(UncaughtExceptionHandler h) {
        handler = h;
    }

    /**
     * The thread's handler, else (as HotSpot returns the thread's group, which does the same) one
     * that passes the exception on to the default handler or prints HotSpot's report: never null.
     */
    public UncaughtExceptionHandler getUncaughtExceptionHandler() {
        if (handler != null) {
            return handler;
        }
        return new GroupHandler();
    }

    /** What a thread's group does with an uncaught exception: the default handler, else the report. */
    private static final class GroupHandler implements UncaughtExceptionHandler {
        public void uncaughtException(TThread t, TThrowable e) {
            if (defaultHandler != null) {
                defaultHandler.uncaughtException(t, e);
            } else {
                Throw.report(t.getName(), (Throwable) (Object) e);
            }
        }
    }

    public static void setDefaultUncaughtExceptionHandler(UncaughtExceptionHandler h) {
        Sched.current(); // main's end now goes through the scheduler, which calls the handler
        defaultHandler = h;
    }

    public static UncaughtExceptionHandler getDefaultUncaughtExceptionHandler() {
        return defaultHandler;
    }

    /** An exception left run(): the thread's handler, the default one, or HotSpot's report. */
    public void uncaught(Throwable e) {
        dispatchUncaught(this, e);
    }

    /** What the JVM does with an exception that left {@code t}'s run() (or main). Exceptions of the handler are dropped. */
    public static void dispatchUncaught(TThread t, Throwable e) {
        UncaughtExceptionHandler h = t.handler != null ? t.handler : defaultHandler;
        if (h == null) {
            Throw.report(t.getName(), e);
            return;
        }
        try {
            h.uncaughtException(t, (TThrowable) (Object) e);
        } catch (Throwable thrown) {
            // what the JVM says when the handler itself throws
            System.err.print("\nException: " + thrown.getClass().getName() + " thrown from the UncaughtExceptionHandler in thread \""
                    + t.getName() + "\"\n");
        }
    }

    // ---- builders --------------------------------------------------------------------------------

    public static Builder.OfVirtual ofVirtual() {
        return new ThreadBuilder(true);
    }

    public static Builder.OfPlatform ofPlatform() {
        return new ThreadBuilder(false);
    }

    public static TThread startVirtualThread(TRunnable task) {
        if (task == null) {
            throw new NullPointerException();
        }
        TThread t = new TThread((Runnable) (Object) task, null, 0, false);
        t.start();
        return t;
    }

    /** java.lang.Thread.Builder (an interface substitute) and its two kinds. */
    public interface Builder {
        Builder name(String name);

        Builder name(String prefix, long start);

        Builder uncaughtExceptionHandler(UncaughtExceptionHandler ueh);

        TThread unstarted(Runnable task);

        TThread start(Runnable task);

        /** java.lang.Thread.Builder.OfPlatform. */
        interface OfPlatform extends Builder {
            OfPlatform name(String name);

            OfPlatform name(String prefix, long start);

            OfPlatform uncaughtExceptionHandler(UncaughtExceptionHandler ueh);

            OfPlatform daemon(boolean on);

            OfPlatform daemon();

            OfPlatform priority(int priority);

            OfPlatform stackSize(long stackSize);
        }

        /** java.lang.Thread.Builder.OfVirtual. */
        interface OfVirtual extends Builder {
            OfVirtual name(String name);

            OfVirtual name(String prefix, long start);

            OfVirtual uncaughtExceptionHandler(UncaughtExceptionHandler ueh);
        }
    }

    /** Both builders: the settings, and the counter of a name prefix. */
    private static final class ThreadBuilder implements Builder.OfPlatform, Builder.OfVirtual {
        private final boolean makesVirtual;
        private String name;
        private long counter = -1;
        private boolean daemonSet;
        private boolean daemonOn;
        private int prio;
        private long size;
        private UncaughtExceptionHandler ueh;

        ThreadBuilder(boolean makesVirtual) {
            this.makesVirtual = makesVirtual;
        }

        public ThreadBuilder name(String name) {
            this.name = checkName(name);
            this.counter = -1;
            return this;
        }

        public ThreadBuilder name(String prefix, long start) {
            checkName(prefix);
            if (start < 0) {
                throw new IllegalArgumentException("'start' is negative");
            }
            this.name = prefix;
            this.counter = start;
            return this;
        }

        public ThreadBuilder uncaughtExceptionHandler(UncaughtExceptionHandler ueh) {
            this.ueh = ueh;
            return this;
        }

        public ThreadBuilder daemon(boolean on) {
            daemonSet = true;
            daemonOn = on;
            return this;
        }

        public ThreadBuilder daemon() {
            return daemon(true);
        }

        public ThreadBuilder priority(int priority) {
            if (priority < MIN_PRIORITY || priority > MAX_PRIORITY) {
                throw new IllegalArgumentException();
            }
            prio = priority;
            return this;
        }

        public ThreadBuilder stackSize(long stackSize) {
            if (stackSize < 0) {
                throw new IllegalArgumentException();
            }
            size = stackSize;
            return this;
        }

        public TThread unstarted(Runnable task) {
            if (task == null) {
                throw new NullPointerException();
            }
            String n = name;
            if (n != null && counter >= 0) {
                n = n + counter++;
            }
            TThread t = new TThread(task, n, size, !makesVirtual);
            if (!makesVirtual) {
                if (daemonSet) {
                    t.daemon = daemonOn;
                }
                if (prio != 0) {
                    t.priority = prio;
                }
            }
            t.handler = ueh;
            return t;
        }

        public TThread start(Runnable task) {
            TThread t = unstarted(task);
            t.start();
            return t;
        }
    }
}
