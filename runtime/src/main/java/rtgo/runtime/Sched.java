package rtgo.runtime;

import rtgo.hal.Timer;
import rtgo.hal.regs.PPB;
import rtgo.hal.regs.TIMER;
import rtgo.runtime.classlib.java.lang.TThread;
import rtgo.vm.Address;
import rtgo.vm.Cpu;
import rtgo.vm.Export;
import rtgo.vm.Mem;
import rtgo.vm.abi.SymbolNames;

/*
 * Sched: the scheduler of rtgo's green threads (java.lang.Thread, virtual threads, goroutines of
 * the rtgo API all are one kind of thread here).
 *
 * Design note (docs/abi.md, "Threads").
 * - A thread is a TThread object and a stack carved from the heap (an int[]; the collector never
 *   moves it, and an int[] holds no references, so only the stack walk below reads it). main keeps
 *   the stack crt0 gave it. A suspended thread's stack ends in a register block of the layout
 *   rtgo_throw and Gc.collect use (crt0.S), and its TThread holds that block's address: switching
 *   is Sched.swap, about 40 cycles of pushes and pops, the only assembly.
 * - One run queue, first in first out, and one list of timed waits ordered by deadline; the
 *   earliest deadline is armed in TIMER alarm 3 (its interrupt wakes the sleepers). When no
 *   thread can run the core sleeps in WFI (tickless: no periodic tick while idle or while a
 *   single thread runs). If nothing can ever wake a thread - no deadline pending, no interrupt a
 *   program enabled - every thread is asleep for good: the deadlock report, exit status 2.
 * - Critical sections mask interrupts (PRIMASK): they are the only code interrupt handlers
 *   race with (unpark and the alarm are allowed in handlers), and they are short: the longest,
 *   switchAway's queue work around a swap, is under 100 cycles; the idle loop unmasks after
 *   each WFI. Threads never switch inside the runtime on their own, so the rest of the runtime
 *   (allocator, collector, monitors, unwinder) needs no lock against other threads.
 * - Fairness: preemption by time slice, not safepoint polls. Polls on loop back edges would cost
 *   every loop of every program 4-6 cycles per iteration (ci/bench's kernels run 10-30 cycle
 *   iterations, so 15-50%); a timer interrupt costs nothing until two threads are runnable.
 *   TIMER alarm 2 runs only while another thread waits to run; when the slice (SLICE_MICROS) is over,
 *   tick() looks at the interrupted instruction. Threads are preempted only at a backward branch
 *   of preemptible code (the program and the class library, laid out together between
 *   rtgo_preempt_start and rtgo_preempt_end; never the runtime, whose statics would be caught
 *   half-updated). At a backward branch a method's frame is complete, so the frame table
 *   describes it; otherwise tick() samples again after a short random delay (random, so that
 *   no loop period can keep hiding its branch). tick() then redirects the exception return into
 *   rtgo_preempt (crt0.S), which saves every register the interrupted code had and switches as
 *   a call would. The collector scans that innermost frame conservatively (it is stopped between
 *   two arbitrary instructions), every other frame precisely: Gc.
 * - Core 1 (a later issue): each core gets its own current thread and run queue (these statics
 *   become per-core, indexed by SIO CPUID), critical sections add a hardware spinlock to
 *   PRIMASK, idle cores steal from the other queue, and a collection stops the other core by a
 *   FIFO message that parks it in a handler (its interrupted frame is then scanned like a
 *   preempted thread's).
 */
public final class Sched {
    private Sched() {}

    /** Thread states. */
    public static final int NEW = 0;
    public static final int READY = 1;
    public static final int RUNNING = 2;
    public static final int BLOCKED = 3;
    public static final int DONE = 4;

    /** The time slice in microseconds (TIMER alarm 2). */
    static final int SLICE_MICROS = 5000;
    /**
     * After a slice, the thread is looked at every RETRY_MICROS to 2 * RETRY_MICROS microseconds
     * until it is at a backward branch of preemptible code: a look costs about 150 cycles, so about
     * 10% of the time while it lasts, which is until the thread's own loop is caught at its branch.
     */
    static final int RETRY_MICROS = 8;
    /** Whether alarm 2 is armed for a slice or a look. */
    private static boolean sliceArmed;

    /** The running thread; null until a program first asks for threads. */
    static TThread current;
    private static TThread runHead;
    private static TThread runTail;
    /** Timed waits, earliest deadline first (linked through TThread.sleepNext). */
    private static TThread sleepHead;
    /** Every thread that started and has not ended, main included (linked through TThread.allNext). */
    static TThread all;
    private static int nonDaemon;
    /** Whether threads run on the process stack with preemption and alarms set up. */
    private static boolean started;
    /** The exit status once every non-daemon thread has ended: 1 if main died of an exception. */
    private static int exitStatus;
    /** A thread that ended: its stack is dropped once another thread runs. */
    private static TThread dead;
    /** The stack interrupt handlers run on once threads exist (pinned here). */
    private static int[] handlerStack;
    /** xorshift state; 0 until first used (a static initialiser would cost every call a class check). */
    private static int seed;
    /** The thread the running slice was armed for. */
    private static TThread sliceThread;

    /** Bytes of the handler stack. */
    private static final int HANDLER_STACK_BYTES = 2048;
    /** Register block (crt0.S): 10 words, the return address last. */
    private static final int BLOCK_BYTES = 40;

    // ---- the running thread ---------------------------------------------------------------------

    /** The running thread (main's TThread is made on first use, and the scheduler takes over main's end). */
    public static TThread current() {
        TThread t = current;
        if (t == null) {
            Start.mainExit = new Ending();
            t = TThread.mainThread();
            t.state = RUNNING;
            t.stackTop = Address.symbol(SymbolNames.STACK_TOP);
            t.stackLimit = Mem.load32(Address.symbol(SymbolNames.STACK_LIMIT));
            current = t;
            all = t;
            nonDaemon = 1;
        }
        return t;
    }

    /** main's end once the program has threads: its uncaught-exception handlers, then the thread's end. */
    private static final class Ending extends MainExit {
        public void ended(int status, Throwable uncaught) {
            if (uncaught != null) {
                TThread.dispatchUncaught(current, uncaught);
            }
            mainEnded(status);
        }
    }

    // ---- critical sections ----------------------------------------------------------------------

    /** Enters a critical section: interrupts masked. Returns what {@link #unlock} restores. */
    public static int lock() {
        int saved = Cpu.primask();
        Cpu.disableInterrupts();
        return saved;
    }

    /** Leaves a critical section entered by {@link #lock}. */
    public static void unlock(int saved) {
        if (saved == 0) {
            Cpu.enableInterrupts();
        }
    }

    /** Whether the core is in an exception handler (an interrupt). */
    public static boolean inInterrupt() {
        return Cpu.ipsr() != 0;
    }

    // ---- starting and ending threads ------------------------------------------------------------

    /**
     * Starts {@code t} with a stack of {@code stackBytes} (0: the default the build computed,
     * rtgo_thread_stack; a smaller request is raised to it, as the JVM may treat the size as a hint).
     */
    public static void start(TThread t, int stackBytes) {
        current(); // main's Thread exists before any other
        if (!started) {
            startThreads();
        }
        int size = Address.symbol(SymbolNames.THREAD_STACK);
        if (stackBytes > size) {
            size = (stackBytes + 7) & ~7;
        }
        int[] stack = new int[size >>> 2];
        int bottom = Address.of(stack) + rtgo.vm.abi.ObjectLayout.ARRAY_DATA;
        int top = bottom + size;
        int block = top - BLOCK_BYTES;
        Mem.store32(block + BLOCK_BYTES - 4, Address.symbol(SymbolNames.THREAD_ENTRY));
        t.stack = stack;
        t.stackTop = top;
        t.stackLimit = bottom + Address.symbol(SymbolNames.STACK_RESERVE);
        t.ctx[0] = block;
        int s = lock();
        t.allNext = all;
        all = t;
        if (!t.isDaemon()) {
            nonDaemon++;
        }
        t.state = READY;
        enqueue(t);
        slices();
        unlock(s);
    }

    /** A new thread's first Java code (crt0.S rtgo_thread_entry): run, report, end. */
    @Export(SymbolNames.THREAD_MAIN)
    public static void threadMain() {
        dropDead();
        TThread t = current;
        try {
            t.run();
        } catch (Throwable e) {
            t.uncaught(e);
        }
        end(t);
    }

    /** main returned (status 0) or died (status 1): it ends like any thread. */
    static void mainEnded(int status) {
        if (current == null || nonDaemon <= 1) {
            Start.exit(status);
        }
        exitStatus = status;
        end(current);
    }

    /** Ends the running thread {@code t}: joiners wake; the last non-daemon thread ends the program. */
    private static void end(TThread t) {
        int s = lock();
        t.state = DONE;
        TThread prev = null;
        for (TThread p = all; p != null; p = p.allNext) {
            if (p == t) {
                if (prev == null) {
                    all = p.allNext;
                } else {
                    prev.allNext = p.allNext;
                }
                break;
            }
            prev = p;
        }
        if (!t.isDaemon() && --nonDaemon == 0) {
            unlock(s);
            Start.exit(exitStatus);
        }
        for (TThread j = t.joiners; j != null; j = j.joinNext) {
            unparkLocked(j); // a joiner not parked yet finds the permit
        }
        t.joiners = null;
        dead = t;
        switchAway();
        unlock(s); // never reached: nothing resumes a thread that ended
    }

    private static void dropDead() {
        TThread d = dead;
        if (d != null) {
            d.stack = null;
            dead = null;
        }
    }

    /** Threads from now on: the handler stack, the process stack for threads, alarms 2 and 3. */
    private static void startThreads() {
        started = true;
        Gc.candidates = new int[128];
        int[] hs = new int[HANDLER_STACK_BYTES >>> 2];
        handlerStack = hs;
        int bottom = Address.of(hs) + rtgo.vm.abi.ObjectLayout.ARRAY_DATA;
        Mem.store32(Address.symbol(SymbolNames.ISR_STACK_LIMIT), bottom + Address.symbol(SymbolNames.STACK_RESERVE));
        usePsp(bottom + HANDLER_STACK_BYTES);
        // the slice alarm (IRQ 2) at the lowest priority, so that it never delays a device interrupt
        Mem.store32(PPB.NVIC_IPR0, Mem.load32(PPB.NVIC_IPR0) | 0xc0 << 16);
        Mem.store32(TIMER.INTE, Mem.load32(TIMER.INTE) | SCHED_ALARMS);
        Mem.store32(PPB.NVIC_ISER, SCHED_ALARMS); // IRQ 2 and 3 are TIMER_IRQ_2 and TIMER_IRQ_3
    }

    private static native void usePsp(int mspTop);

    /** TIMER alarms 2 (slices) and 3 (deadlines), which are also IRQs 2 and 3. */
    private static final int SLICE_ALARM = 4;
    private static final int SCHED_ALARMS = 12;

    // ---- the run queue --------------------------------------------------------------------------

    private static void enqueue(TThread t) {
        t.next = null;
        if (runTail == null) {
            runHead = t;
        } else {
            runTail.next = t;
        }
        runTail = t;
    }

    /** Makes a blocked {@code t} runnable (critical section held). */
    private static void wake(TThread t) {
        if (t.state == BLOCKED) {
            if (t.wakeAt != 0) {
                unsleep(t);
            }
            t.state = READY;
            enqueue(t);
            woken();
        }
    }

    /**
     * A thread became runnable: the slice starts if it was not running, and if an interrupt woke
     * the thread while another one runs, the switch comes at the running thread's next chance.
     */
    private static void woken() {
        if (Cpu.ipsr() >= 16 && current != null && current.state == RUNNING && started) {
            armSlice(1);
        } else {
            slices();
        }
    }

    /**
     * Gives the core to the next runnable thread; the caller (critical section held) has set the
     * current thread's state and queued it if it stays runnable. Returns when it runs again.
     */
    private static void switchAway() {
        TThread from = current;
        TThread next = runHead;
        while (next == null) {
            idle();
            next = runHead;
        }
        runHead = next.next;
        if (runHead == null) {
            runTail = null;
        }
        next.next = null;
        next.state = RUNNING;
        if (next != from) {
            current = next;
            Mem.store32(Address.symbol(SymbolNames.STACK_LIMIT), next.stackLimit);
            swap(from.ctxAddress, next.ctxAddress);
            dropDead();
        }
    }

    /** Saves this thread's registers, stores its block's address at saveAt, resumes the block at [loadFrom] (crt0.S). */
    private static native void swap(int saveAt, int loadFrom);

    /**
     * Nothing can run: sleep until an interrupt. WFI wakes on a pending interrupt even while
     * PRIMASK masks it; unmasking for one instruction lets its handler run, then the queue is
     * looked at again. With no deadline pending and no interrupt a program enabled, nothing can
     * ever wake a thread: the deadlock report.
     */
    private static void idle() {
        if (sleepHead == null && (Mem.load32(PPB.NVIC_ISER) & ~SCHED_ALARMS) == 0) {
            Deadlock.report();
        }
        stopSlices();
        Cpu.wfi();
        Cpu.enableInterrupts();
        Cpu.disableInterrupts();
    }

    // ---- blocking and waking --------------------------------------------------------------------

    /** Blocks the current thread until {@link #unpark} (or at once, if it left a permit). */
    public static void park() {
        if (Cpu.ipsr() >= 16) {
            Fault.inInterrupt("blocking");
        }
        TThread t = current(); // (may make main's Thread: not inside the critical section)
        int s = lock();
        if (t.permit) {
            t.permit = false;
        } else {
            t.state = BLOCKED;
            switchAway();
            t.permit = false;
        }
        unlock(s);
    }

    /**
     * As {@link #park}, until {@code deadline} (microseconds, {@link #nowMicros}) at the latest.
     * Returns false if the deadline passed, true if unparked.
     */
    public static boolean parkUntil(long deadline) {
        if (Cpu.ipsr() >= 16) {
            Fault.inInterrupt("blocking");
        }
        TThread t = current(); // both may allocate: not inside the critical section
        if (!started) {
            startThreads(); // the alarm that ends the wait
        }
        int s = lock();
        boolean woken = true;
        if (t.permit) {
            t.permit = false;
        } else if (deadline - nowMicros() <= 0) {
            woken = false;
        } else {
            t.state = BLOCKED;
            t.timedOut = false;
            sleep(t, deadline);
            switchAway();
            woken = !t.timedOut;
            t.permit = false;
        }
        unlock(s);
        return woken;
    }

    /** Makes {@code t} runnable if it is parked, else leaves it a permit. Allowed in interrupt handlers. */
    public static void unpark(TThread t) {
        int s = lock();
        unparkLocked(t);
        unlock(s);
    }

    /** {@link #unpark} inside a critical section the caller holds. */
    private static void unparkLocked(TThread t) {
        if (t.state == BLOCKED) {
            wake(t);
        } else if (t.state != DONE) {
            t.permit = true;
        }
    }

    /**
     * Lets the other runnable threads run first. The hot path of cooperative code, so written out:
     * one critical section, the running thread to the back of the queue, the head switched in.
     */
    public static void yield() {
        int saved = Cpu.primask();
        Cpu.disableInterrupts();
        TThread next = runHead;
        if (next != null) {
            TThread self = current;
            TThread after = next.next;
            self.next = null;
            self.state = READY;
            if (after == null) {
                runHead = self;
            } else {
                runHead = after;
                runTail.next = self;
            }
            runTail = self;
            next.next = null;
            next.state = RUNNING;
            current = next;
            Mem.store32(Address.symbol(SymbolNames.STACK_LIMIT), next.stackLimit);
            swap(self.ctxAddress, next.ctxAddress);
            if (dead != null) {
                dropDead();
            }
        }
        if (saved == 0) {
            Cpu.enableInterrupts();
        }
    }

    /** Waits until {@code t} has ended, or until {@code deadline} (0: no deadline). */
    public static void join(TThread t, long deadline) {
        TThread self = current();
        while (t.state != DONE && t.state != NEW) {
            int s = lock();
            if (t.state == DONE) {
                unlock(s);
                return;
            }
            self.joinNext = t.joiners;
            t.joiners = self;
            self.waitingFor = t;
            unlock(s);
            boolean woken = deadline == 0 ? parkTrue() : parkUntil(deadline);
            s = lock();
            TThread prev = null;
            for (TThread j = t.joiners; j != null; j = j.joinNext) {
                if (j == self) {
                    if (prev == null) {
                        t.joiners = j.joinNext;
                    } else {
                        prev.joinNext = j.joinNext;
                    }
                    break;
                }
                prev = j;
            }
            self.waitingFor = null;
            unlock(s);
            if (!woken || self.isInterruptedFlag()) {
                return;
            }
        }
    }

    private static boolean parkTrue() {
        park();
        return true;
    }

    // ---- time -----------------------------------------------------------------------------------

    /** Microseconds since boot (the RP2040 TIMER). */
    public static long nowMicros() {
        return Timer.micros64();
    }

    /** Adds {@code t} to the timed waits (critical section held) and arms the alarm. */
    private static void sleep(TThread t, long deadline) {
        t.wakeAt = deadline;
        TThread prev = null;
        TThread p = sleepHead;
        while (p != null && p.wakeAt - deadline <= 0) {
            prev = p;
            p = p.sleepNext;
        }
        t.sleepNext = p;
        if (prev == null) {
            sleepHead = t;
            arm();
        } else {
            prev.sleepNext = t;
        }
    }

    private static void unsleep(TThread t) {
        TThread prev = null;
        for (TThread p = sleepHead; p != null; p = p.sleepNext) {
            if (p == t) {
                if (prev == null) {
                    sleepHead = p.sleepNext;
                } else {
                    prev.sleepNext = p.sleepNext;
                }
                break;
            }
            prev = p;
        }
        t.sleepNext = null;
        t.wakeAt = 0;
    }

    /** Arms alarm 3 for the earliest deadline (the alarm compares the low 32 bits of the time). */
    private static void arm() {
        if (sleepHead != null) {
            Mem.store32(TIMER.ALARM3, (int) sleepHead.wakeAt);
            if ((int) sleepHead.wakeAt - Timer.micros() <= 0) {
                Mem.store32(TIMER.INTF, TIMER.INTR_ALARM_3_BITS); // passed while arming: fire now
            }
        }
    }

    /** TIMER_IRQ_3 (its vector entry rtgo_isr_timer_irq_3, ProgramEmitter): wakes every thread whose deadline has passed. */
    @Export(SymbolNames.ALARM)
    public static void alarm(int frame) {
        Mem.store32(TIMER.INTF, 0);
        Mem.store32(TIMER.INTR, TIMER.INTR_ALARM_3_BITS);
        long now = nowMicros();
        TThread t = sleepHead;
        boolean woke = false;
        while (t != null && t.wakeAt - now <= 0) {
            sleepHead = t.sleepNext;
            t.sleepNext = null;
            t.wakeAt = 0;
            if (t.state == BLOCKED) {
                t.timedOut = true;
                t.state = READY;
                enqueue(t);
                woke = true;
            }
            t = sleepHead;
        }
        arm();
        if (woke) {
            woken();
        }
    }

    // ---- preemption -----------------------------------------------------------------------------

    /** Starts the time slice if a thread waits to run and the slice is not running yet. */
    private static void slices() {
        if (runHead != null && started && !sliceArmed) {
            armSlice(SLICE_MICROS);
        }
    }

    private static void armSlice(int micros) {
        sliceArmed = true;
        sliceThread = current;
        Mem.store32(TIMER.ALARM2, Timer.micros() + micros);
    }

    private static void stopSlices() {
        if (sliceArmed) {
            sliceArmed = false;
            Mem.store32(TIMER.ARMED, SLICE_ALARM);
            Mem.store32(TIMER.INTR, SLICE_ALARM);
            Mem.store32(PPB.NVIC_ICPR, SLICE_ALARM);
        }
    }

    /**
     * Alarm 2 (vector entry rtgo_isr_timer_irq_2, ProgramEmitter): the slice is over. {@code frame} is the interrupted
     * thread's exception frame, 0 if a handler or not a thread was interrupted.
     */
    @Export(SymbolNames.TICK)
    public static void tick(int frame) {
        Mem.store32(TIMER.INTR, SLICE_ALARM);
        sliceArmed = false;
        if (runHead == null) {
            return; // alone: no slices
        }
        if (current != sliceThread) {
            // the thread the slice was for has switched out since: the one now running gets a full slice
            armSlice(SLICE_MICROS);
            return;
        }
        int reload;
        int pc = frame == 0 ? 0 : Mem.load32(frame + 24);
        if (pc != 0 && preemptible(pc)) {
            Mem.store32(Address.symbol(SymbolNames.RESUME_PC), pc | 1);
            Mem.store32(frame + 24, Address.symbol(SymbolNames.PREEMPT) & ~1);
            reload = SLICE_MICROS;
        } else {
            reload = RETRY_MICROS + random(RETRY_MICROS); // look again soon, at a random phase
        }
        armSlice(reload);
    }

    /** Whether the instruction at {@code pc} is a backward branch of preemptible code. */
    private static boolean preemptible(int pc) {
        if (pc - Address.symbol(SymbolNames.PREEMPT_START) < 0 || pc - Address.symbol(SymbolNames.PREEMPT_END) >= 0) {
            return false;
        }
        int insn = Mem.load16(pc);
        if ((insn & 0xf000) == 0xd000) {
            return (insn & 0x0e00) != 0x0e00 && (insn & 0x80) != 0; // b<cond> back (not udf/svc)
        }
        return (insn & 0xfc00) == 0xe400; // b back
    }

    /** The preempted thread (crt0.S rtgo_preempt): to the back of the queue. */
    @Export(SymbolNames.PREEMPTED)
    public static void preempted() {
        int s = lock();
        TThread t = current;
        t.state = READY;
        enqueue(t);
        switchAway();
        unlock(s);
    }

    /** A random int in [0, bound), for select's choice among ready cases (xorshift). */
    public static int random(int bound) {
        int x = seed;
        if (x == 0) {
            x = 0x2545F491;
        }
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        seed = x;
        return (x >>> 1) % bound;
    }

    // ---- the collector's view -------------------------------------------------------------------

    /** Threads other than the running one whose stacks the collector walks: the first, then {@link TThread#allNext}. */
    static TThread suspended() {
        return all;
    }
}
