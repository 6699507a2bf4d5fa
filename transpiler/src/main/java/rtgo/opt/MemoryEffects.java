package rtgo.opt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rtgo.ir.Alias;
import rtgo.ir.Block;
import rtgo.ir.CpuOp;
import rtgo.ir.Elem;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Op;
import rtgo.vm.abi.SymbolNames;

/**
 * Whole-program memory effects: for every method, what a call of it may write, and what the code
 * that runs asynchronously (interrupt handlers) may write at any moment. Value numbering and loop
 * code motion ({@link Gvn}, {@link Licm}) ask it whether a load may be shared or moved across a
 * call, a class-initialisation check or a loop.
 *
 * <p>Design note. The world is closed: every method the program can run has IR here, so a call's
 * effect is the union of what its possible targets write, transitively — a static call's one
 * method, a virtual or interface call's every implementation in an instantiated class, a class
 * initialisation check's initialisers (the class's and those it initialises first). The classes
 * are those of {@link Alias}: one static field, one instance field, the elements of one array
 * kind. A method writes <em>everything</em> when:
 * <ul>
 *   <li>it has no IR (native code: the context switch, the collector's entry) — unknown;</li>
 *   <li>it belongs to the scheduler or the monitors ({@link #SYNC}): parking, yielding, waking or
 *       locking lets other threads' writes become visible (the Java memory model's
 *       synchronisation actions), so a loop around such a call re-reads every field — a spin
 *       loop on a plain field that calls {@code Thread.yield()} or takes a lock terminates;</li>
 *   <li>it accesses a volatile field (a synchronisation action too) or runs a CPU instruction that
 *       orders memory, waits or masks interrupts (not one that only reads a status register);</li>
 *   <li>it stores to raw memory ({@code rtgo.vm.Mem}) in a runtime class other than those that only
 *       manage memory no Java code names ({@link #PRIVATE_RAW}: the heap's free lists and headers of
 *       fresh blocks, the collector's mark bitmap, the unwinder's frames, the console's UART):
 *       {@code System.arraycopy} and the string classes write array elements that way. Raw stores
 *       outside the runtime (the HAL, user code) are device registers: no Java load can read them.</li>
 * </ul>
 * Allocation writes the new block, which no earlier load can have read (the collector moves
 * nothing and keeps its marks outside the objects), and the allocator's and the collector's own
 * statics: what the methods of {@link #ALLOCATOR} store, transitively.
 *
 * <p>Asynchronous writers: the program's interrupt handlers ({@code @rtgo.hal.Interrupt}) and the
 * runtime's exported entry points that the hardware enters (the scheduler's timer handlers, the
 * fault handlers) — every export but the synchronous ones ({@link #SYNCHRONOUS_EXPORTS}). What they
 * may write, transitively, by alias class ({@link #asyncWrites}), is never shared, forwarded or
 * hoisted: a handler may run between any two instructions. The exception: frozen instance fields
 * ({@link FinalFields}, final fields after construction) never change where a load can see them,
 * whatever runs ({@link #mayChange}). Threads are not asynchronous writers:
 * the Java memory model lets a read of a plain field be hoisted out of a loop without
 * synchronisation in it, as HotSpot's compilers do.
 */
public final class MemoryEffects {
    /** Runtime classes whose methods are synchronisation points: a call of one writes everything. */
    static final List<String> SYNC = List.of("rtgo.runtime.Sched", "rtgo.runtime.Monitors");
    /** Runtime classes whose raw stores touch no memory a Java load names (see the design note). */
    static final List<String> PRIVATE_RAW = List.of("rtgo.runtime.Heap", "rtgo.runtime.Gc", "rtgo.runtime.Throw",
            "rtgo.runtime.StackTrace", "rtgo.runtime.Console", "rtgo.runtime.Fault");
    /** The runtime classes whose methods allocation runs (through calls lowering adds, and native code). */
    static final List<String> ALLOCATOR = List.of("rtgo.runtime.Heap", "rtgo.runtime.Gc");
    /** Exported entry points that Java code or allocation calls, not the hardware. */
    static final List<String> SYNCHRONOUS_EXPORTS = List.of(SymbolNames.START, SymbolNames.THREAD_MAIN,
            "rtgo_unwind", "rtgo_uncaught", "rtgo_gc");

    /** What some code may write: everything, or a set of alias classes. */
    public static final class Writes {
        boolean all;
        final Set<Alias> classes = new HashSet<>();

        /** Whether these writes may change memory of class {@code a}. */
        public boolean mayWrite(Alias a) {
            if (all || a.kind == Alias.Kind.ANY || a.kind == Alias.Kind.RAW || a.kind == Alias.Kind.VOLATILE) {
                return true;
            }
            if (a.immutable()) {
                return false;
            }
            for (Alias c : classes) {
                if (c.mayAlias(a)) {
                    return true;
                }
            }
            return false;
        }

        /** Adds {@code o}; true when that changed this. */
        boolean add(Writes o) {
            boolean changed = o.all && !all;
            all |= o.all;
            return classes.addAll(o.classes) | changed;
        }

        boolean isEmpty() {
            return !all && classes.isEmpty();
        }
    }

    private static final Writes NOTHING = new Writes();
    private static final Writes EVERYTHING = new Writes();

    static {
        EVERYTHING.all = true;
    }

    private final ProgramWorld program;
    private final Map<String, Func> funcs = new HashMap<>();
    /** Per method symbol: what a call may write (transitively). */
    private final Map<String, Writes> summary = new HashMap<>();
    /** Per method symbol: the alias classes it and its callees store to (no "everything"). */
    private final Map<String, Writes> precise = new HashMap<>();
    private final Writes async = new Writes();
    /** What an allocation may write: the allocator's and the collector's statics. */
    private final Writes allocation = new Writes();

    /** Instance fields no read can see change after construction ({@link FinalFields}). */
    private final Set<String> frozen;

    private MemoryEffects(ProgramWorld program, List<Func> all, Set<String> frozen) {
        this.program = program;
        this.frozen = Set.copyOf(frozen);
        for (Func f : all) {
            funcs.put(f.symbol, f);
        }
    }

    /** The effects of every method of {@code all}, the whole program {@code program} describes. */
    public static MemoryEffects of(ProgramWorld program, List<Func> all) {
        return of(program, all, Set.of());
    }

    /**
     * The effects of every method of {@code all}, where the instance fields {@code frozen} (by
     * symbol, {@link StaticFacts#frozenFields}) never change after their object's construction.
     */
    public static MemoryEffects of(ProgramWorld program, List<Func> all, Set<String> frozen) {
        MemoryEffects m = new MemoryEffects(program, all, frozen);
        m.solve();
        return m;
    }

    /**
     * Whether code with writes {@code w} may change what a load of class {@code a} reads. A frozen
     * field never changes once a load can see it: its one store runs before its object can be
     * reached, so not even a synchronisation point or an interrupt handler changes it.
     */
    public boolean mayChange(Writes w, Alias a) {
        return !isFrozen(a) && w.mayWrite(a);
    }

    private boolean isFrozen(Alias a) {
        return a.kind == Alias.Kind.FIELD && frozen.contains(a.field);
    }

    /** What executing {@code i} may write (stores: their class; calls: their targets' summaries). */
    public Writes of(Insn i) {
        if (i.op == Op.CPU) {
            return barrier(i) ? EVERYTHING : NOTHING;
        }
        if (i.op.has(Op.Flags.VOLATILE) || (i.mem != null && i.mem.kind == Alias.Kind.VOLATILE)) {
            return EVERYTHING; // device access, volatile field: orders all memory
        }
        if (i.op.has(Op.Flags.STORE)) {
            Writes w = new Writes();
            w.classes.add(i.mem);
            return w;
        }
        if (i.op.has(Op.Flags.CALLS) || i.op.has(Op.Flags.INVOKES)) {
            Writes w = new Writes();
            for (String t : targets(i)) {
                w.add(summary.getOrDefault(t, EVERYTHING));
            }
            return w;
        }
        if (i.op.has(Op.Flags.ALLOCATES)) {
            return allocation;
        }
        return NOTHING;
    }

    /** Whether an interrupt handler (or another hardware-entered method) may write memory of class {@code a}. */
    public boolean asyncWrites(Alias a) {
        return !isFrozen(a) && async.mayWrite(a);
    }

    /** The methods {@code i} may run: a call's targets, a class check's initialisers. */
    private List<String> targets(Insn i) {
        return switch (i.op) {
            case CALL, CALLV -> List.of(i.sym);
            case VCALL, ICALL -> program.implementations(i.sym);
            case INITCHECK -> initialisers(i.sym, new HashSet<>());
            default -> List.of("?"); // nothing by that name: unknown code
        };
    }

    private List<String> initialisers(String cls, Set<String> seen) {
        List<String> out = new ArrayList<>();
        if (!program.initialisedClasses().contains(cls) || !seen.add(cls)) {
            return out;
        }
        if (program.clinitOf(cls) != null) {
            out.add(program.clinitOf(cls));
        }
        for (String first : program.initFirst(cls)) {
            out.addAll(initialisers(first, seen));
        }
        return out;
    }

    /** Iterates both summaries to their fixed point over the call graph. */
    private void solve() {
        Map<String, List<String>> callees = new HashMap<>();
        List<String> allocating = new ArrayList<>();
        for (Func f : funcs.values()) {
            Writes own = new Writes();
            Writes mine = new Writes();
            List<String> calls = new ArrayList<>();
            String cls = classOf(f.symbol);
            own.all = SYNC.contains(cls);
            boolean allocates = false;
            for (Block b : f.blocks) {
                for (Insn i : b.insns) {
                    allocates |= i.op.has(Op.Flags.ALLOCATES);
                    if (i.op.has(Op.Flags.CALLS) || i.op.has(Op.Flags.INVOKES)) {
                        calls.addAll(targets(i));
                    } else if (i.op == Op.CPU) {
                        own.all |= barrier(i);
                    } else if (i.mem != null && i.mem.kind == Alias.Kind.VOLATILE) {
                        own.all = true;
                        if (i.op.has(Op.Flags.STORE)) {
                            mine.classes.add(i.mem);
                        }
                    } else if (i.op.has(Op.Flags.STORE) && i.mem.kind == Alias.Kind.RAW) {
                        if (cls.startsWith("rtgo.runtime.") && !PRIVATE_RAW.contains(cls)) {
                            own.all = true; // arraycopy, strings: any array's elements
                            for (Elem e : List.of(Elem.B, Elem.S, Elem.I, Elem.R)) {
                                mine.classes.add(Alias.elements(e));
                            }
                        }
                    } else if (i.op.has(Op.Flags.STORE)) {
                        mine.classes.add(i.mem);
                    }
                }
            }
            own.add(mine);
            summary.put(f.symbol, own);
            precise.put(f.symbol, mine);
            callees.put(f.symbol, calls);
            if (allocates) {
                allocating.add(f.symbol);
            }
        }
        propagate(callees);
        // allocation runs the allocator and, through native code, the collector
        precise.forEach((method, w) -> {
            if (ALLOCATOR.contains(classOf(method))) {
                allocation.add(w);
            }
        });
        for (String m : allocating) {
            summary.get(m).add(allocation);
            precise.get(m).add(allocation);
        }
        propagate(callees);
        List<String> roots = new ArrayList<>(program.interrupts().keySet());
        program.exports().forEach((method, name) -> {
            if (!SYNCHRONOUS_EXPORTS.contains(name)) {
                roots.add(method);
            }
        });
        for (String r : roots) {
            Writes p = precise.get(r);
            if (p != null) {
                async.classes.addAll(p.classes);
            }
        }
        // a volatile class is a barrier, not a cell: it says nothing about plain loads
        async.classes.removeIf(a -> a.kind == Alias.Kind.VOLATILE);
    }

    private void propagate(Map<String, List<String>> callees) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<String, List<String>> e : callees.entrySet()) {
                Writes s = summary.get(e.getKey());
                Writes p = precise.get(e.getKey());
                for (String t : e.getValue()) {
                    Writes ts = summary.get(t);
                    changed |= s.add(ts == null ? EVERYTHING : ts);
                    Writes tp = precise.get(t);
                    if (tp != null) {
                        changed |= p.add(tp);
                    }
                }
            }
        }
    }

    /** A CPU instruction that orders memory or waits (not one that only reads a status register). */
    private static boolean barrier(Insn i) {
        CpuOp c = CpuOp.values()[i.aux];
        return c != CpuOp.NOP && !c.hasResult;
    }

    /** "rtgo.runtime.Sched" of "J:rtgo.runtime.Sched.park()V". */
    static String classOf(String methodSymbol) {
        int paren = methodSymbol.indexOf('(');
        String s = paren < 0 ? methodSymbol : methodSymbol.substring(0, paren);
        int dot = s.lastIndexOf('.');
        int colon = s.indexOf(':');
        return dot < 0 ? s : s.substring(colon + 1, dot);
    }
}
