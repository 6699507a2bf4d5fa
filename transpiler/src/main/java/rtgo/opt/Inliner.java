package rtgo.opt;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import rtgo.ir.Block;
import rtgo.ir.Cfg;
import rtgo.ir.Func;
import rtgo.ir.Inlined;
import rtgo.ir.Insn;
import rtgo.ir.Op;
import rtgo.ir.Type;

/**
 * Inlining over the whole closed world: a call is replaced by a copy of the callee's IR where the
 * callee is small, so that the optimiser sees through getters, setters, constructors and helpers
 * (a getter in a loop becomes one load, which value numbering and code motion can then share).
 *
 * <p>Design note. Which calls: static calls and {@code invokespecial} (constructors, private
 * methods, {@code super.m()}), and virtual or interface calls that the closed world's class
 * hierarchy leaves one implementation for (the same fact lowering uses to call directly; a second
 * instantiated subclass makes the call polymorphic and it stays a call). Which callees: those whose
 * IR costs at most {@link #ANYWHERE} instructions anywhere, {@link #IN_LOOP} in a loop and
 * {@link #OUTSIDE_LOOP} elsewhere; tiny callees ({@link #TINY}, about what the call itself costs:
 * getters, setters, empty constructors) always, the others while the caller has grown by less
 * than its own size plus {@link #CALLER_GROWTH} and the program by less than
 * {@link #PROGRAM_GROWTH_PERCENT}%. Calls in deeper loops are taken first. A callee's own calls
 * are inlined before it is (callers are visited in reverse topological order of the call graph),
 * so a copy carries what was inlined into it, up to FrameTableLayout.MAX_INLINED levels.
 *
 * <p>Recursion: a call is never inlined when caller and callee lie on one cycle of the call graph
 * (the same strongly connected component, a method calling itself included), so no method is
 * inlined into itself, directly or through other methods, and a recursive method keeps its frames
 * and its stack check.
 *
 * <p>What stays as it was, for Java's semantics: the caller's null check of the receiver (before
 * the call, with HotSpot's message naming the method) and the class-initialisation check of a
 * static call's class (it sits before the call and is not moved); exceptions thrown in the copy
 * unwind from the caller's frame, and the frame table names every inlined frame
 * ({@link Inlined}: the copy's instructions get positions that the stack trace prints as HotSpot
 * prints the frames). Not inlined: calls inside a try range (the copy's throwing instructions
 * would each need the handler edge), callees that use CPU instructions (which may read their own
 * frame), and anything across the boundary between the runtime proper ({@code rtgo.runtime},
 * {@code rtgo.vm}: not preemptible, walked through in traces, reads its own frames) and the rest
 * (program, class library, HAL: preemptible, rtgo.runtime.Sched's rule that preemptible code lies
 * between rtgo_preempt_start and rtgo_preempt_end); the runtime proper is not inlined into itself
 * either. Synchronized methods reach the IR as their synchronized block (monitor calls and a
 * catch-all handler), so a copy keeps the monitor. The interrupt-handler check
 * (driver.HandlerCheck) runs before inlining and sees every call.
 *
 * <p>Requires: generic SSA of every method, after the front end. Keeps: SSA, blocks in reverse
 * postorder.
 */
public final class Inliner {
    /** Callees this small are inlined wherever the other rules allow: no larger than the call. */
    public static final int TINY = 6;
    /** The largest callee inlined into a loop. */
    public static final int IN_LOOP = 40;
    /** The largest callee inlined outside loops. */
    public static final int OUTSIDE_LOOP = 16;
    /** Callees above this never are (a bound for {@link #IN_LOOP} and {@link #OUTSIDE_LOOP}). */
    public static final int ANYWHERE = Math.max(IN_LOOP, OUTSIDE_LOOP);
    /** Growth a caller may take beyond its own size. */
    public static final int CALLER_GROWTH = 40;
    /** Growth of the whole program, in percent of its size, from callees above {@link #TINY}. */
    public static final int PROGRAM_GROWTH_PERCENT = 10;
    /** Growth reserved for calls in the program's own loops, which bottom-up order reaches last. */
    public static final int LOOP_GROWTH_PERCENT = 2;
    /** How many inlined frames a frame-table site can name (FrameTableLayout.MAX_INLINED). */
    public static final int MAX_DEPTH = 15;

    /** What the pass did: calls inlined, and the program's size before and after (IR cost). */
    public record Stats(int inlined, int costBefore, int costAfter) {}

    /**
     * The closed world's answer to which methods a virtual or interface call of {@code method}
     * may run on a receiver of static class {@code receiverClass} (null: any); one element: the
     * call has a single target.
     */
    @FunctionalInterface
    public interface Targets {
        List<String> of(String method, String receiverClass);
    }

    private final Targets program;
    private final Map<String, Func> bySymbol = new HashMap<>();
    private final Map<Func, Integer> component = new IdentityHashMap<>();
    private int inlined;
    private int growthLeft;
    private int loopGrowthLeft;

    private Inliner(List<Func> funcs, Targets program) {
        this.program = program;
        for (Func f : funcs) {
            bySymbol.put(f.symbol, f);
        }
    }

    /** Inlines calls in every method of {@code funcs}; {@code program} answers which targets a virtual call has. */
    public static Stats run(List<Func> funcs, Targets program) {
        Inliner in = new Inliner(funcs, program);
        int before = 0;
        for (Func f : funcs) {
            before += cost(f);
        }
        in.growthLeft = before * PROGRAM_GROWTH_PERCENT / 100;
        in.loopGrowthLeft = before * LOOP_GROWTH_PERCENT / 100;
        for (Func f : in.bottomUp(funcs)) {
            in.inlineInto(f);
        }
        int after = 0;
        for (Func f : funcs) {
            after += cost(f);
        }
        return new Stats(in.inlined, before, after);
    }

    // ---- the call graph -----------------------------------------------------------------------

    /** The method a call runs, when the closed world gives it one with IR here; else null. */
    private Func target(Insn i) {
        String sym = switch (i.op) {
            case CALL -> i.sym;
            case VCALL, ICALL -> {
                List<String> impls = program.of(i.sym, i.arg(0).refType);
                yield impls.size() == 1 ? impls.get(0) : null;
            }
            default -> null;
        };
        return sym == null ? null : bySymbol.get(sym);
    }

    private List<Func> callees(Func f) {
        List<Func> out = new ArrayList<>();
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                Func t = target(i);
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /**
     * The methods with every callee before its callers, except within a cycle (Tarjan's algorithm,
     * which finishes strongly connected components callees first); records each one's component.
     */
    private List<Func> bottomUp(List<Func> funcs) {
        Map<Func, List<Func>> edges = new IdentityHashMap<>();
        for (Func f : funcs) {
            edges.put(f, callees(f));
        }
        Map<Func, Integer> index = new IdentityHashMap<>();
        Map<Func, Integer> low = new IdentityHashMap<>();
        Deque<Func> stack = new ArrayDeque<>();
        Map<Func, Boolean> onStack = new IdentityHashMap<>();
        List<Func> order = new ArrayList<>();
        int[] counter = {0};
        for (Func root : funcs) {
            if (index.containsKey(root)) {
                continue;
            }
            // iterative depth-first search: deep call chains must not overflow the compiler's stack
            Deque<Object[]> work = new ArrayDeque<>();
            work.push(new Object[] {root, 0});
            index.put(root, counter[0]);
            low.put(root, counter[0]++);
            stack.push(root);
            onStack.put(root, true);
            while (!work.isEmpty()) {
                Object[] top = work.peek();
                Func v = (Func) top[0];
                int k = (Integer) top[1];
                List<Func> out = edges.get(v);
                if (k < out.size()) {
                    top[1] = k + 1;
                    Func w = out.get(k);
                    if (!index.containsKey(w)) {
                        index.put(w, counter[0]);
                        low.put(w, counter[0]++);
                        stack.push(w);
                        onStack.put(w, true);
                        work.push(new Object[] {w, 0});
                    } else if (onStack.getOrDefault(w, false)) {
                        low.put(v, Math.min(low.get(v), index.get(w)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    Func parent = (Func) work.peek()[0];
                    low.put(parent, Math.min(low.get(parent), low.get(v)));
                }
                if (low.get(v).equals(index.get(v))) {
                    int id = component.size();
                    Func w;
                    do {
                        w = stack.pop();
                        onStack.put(w, false);
                        component.put(w, id);
                        order.add(w);
                    } while (w != v);
                }
            }
        }
        return order;
    }

    // ---- choosing ------------------------------------------------------------------------------

    /** The IR size of a method: its instructions, without parameters, constants and jumps. */
    static int cost(Func f) {
        int n = 0;
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                switch (i.op) {
                    case PARAM, CONST, GOTO, RET, PHI -> { }
                    default -> n++;
                }
            }
        }
        return n;
    }

    /** 0: the runtime proper (never inlined); 1: other code that traces leave out; 2: printed code. */
    static int kind(Func f) {
        String name = f.displayName;
        if (name.startsWith("rtgo.vm.") || name.startsWith("rtgo.runtime.") && !name.startsWith("rtgo.runtime.classlib.")) {
            return 0;
        }
        return name.startsWith("rtgo.runtime.") || name.contains("$$Lambda") ? 1 : 2;
    }

    /** Whether a copy of {@code callee} may replace a call: what it does must not depend on having a frame. */
    private static boolean copyable(Func callee) {
        if (kind(callee) == 0) {
            return false;
        }
        for (Block b : callee.blocks) {
            for (Insn i : b.insns) {
                if (i.op == Op.CPU || i.op == Op.SYMBOL) {
                    return false;
                }
            }
        }
        return true;
    }

    private void inlineInto(Func f) {
        if (kind(f) == 0) {
            return;
        }
        Cfg.loops(f);
        record Site(Insn call, Func callee, int depth, int cost) {}
        List<Site> sites = new ArrayList<>();
        for (Block b : f.blocks) {
            Insn t = b.terminator();
            if (t != null && t.op == Op.EXCEPT) {
                continue; // inside a try range
            }
            for (Insn i : b.insns) {
                Func callee = target(i);
                if (callee != null && callee != f && !component.get(callee).equals(component.get(f))
                        && copyable(callee)) {
                    sites.add(new Site(i, callee, b.loopDepth, cost(callee)));
                }
            }
        }
        sites.sort(Comparator.comparingInt((Site s) -> -s.depth()).thenComparingInt(Site::cost));
        int own = cost(f);
        int grown = 0;
        boolean changed = false;
        java.util.Set<Block> touched = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Site s : sites) {
            int limit = s.depth() > 0 ? IN_LOOP : OUTSIDE_LOOP;
            if (s.cost() > limit || depthAfter(f, s.call(), s.callee()) > MAX_DEPTH) {
                continue;
            }
            if (s.cost() > TINY) {
                if (grown + s.cost() > own + CALLER_GROWTH) {
                    continue;
                }
                if (s.depth() > 0 && kind(f) == 2 && s.cost() <= loopGrowthLeft) {
                    loopGrowthLeft -= s.cost(); // the program's own loops: their reserve first
                } else if (s.cost() <= growthLeft) {
                    growthLeft -= s.cost();
                } else {
                    continue;
                }
                grown += s.cost();
            }
            touched.addAll(inline(f, s.call(), s.callee()));
            inlined++;
            changed = true;
        }
        if (changed) {
            mergeStraightLines(f, touched);
            Cfg.removeUnreachable(f);
        }
    }

    /**
     * Joins each block of {@code touched} that jumps to a block of {@code touched} with no other
     * predecessor: a copy's entry into the block that called it, a single return into the rest of
     * the caller's block, so the straight-line code the copy made is one block again.
     */
    private static void mergeStraightLines(Func f, java.util.Set<Block> touched) {
        java.util.Set<Block> gone = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Block b : f.blocks) {
            if (gone.contains(b) || !touched.contains(b)) {
                continue;
            }
            while (true) {
                Insn t = b.terminator();
                if (t == null || t.op != Op.GOTO || b.succs.size() != 1) {
                    break;
                }
                Block s = b.succs.get(0);
                if (s == b || s == f.entry() || s.preds.size() != 1 || !touched.contains(s)
                        || s.terminator() == null || s.terminator().op == Op.EXCEPT) {
                    break; // a block with an exception edge keeps only its own throwing instructions
                }
                b.insns.remove(b.insns.size() - 1);
                for (Insn phi : new ArrayList<>(s.phis())) {
                    replaceUses(f, phi, phi.arg(0)); // one predecessor: the phi is its argument
                }
                for (Insn i : s.insns.subList(s.firstNonPhi(), s.insns.size())) {
                    i.block = b;
                    b.insns.add(i);
                }
                s.insns.clear();
                b.succs.clear();
                for (Block n : s.succs) {
                    n.preds.set(n.preds.indexOf(s), b);
                    b.succs.add(n);
                }
                s.succs.clear();
                s.preds.clear();
                gone.add(s);
            }
        }
        f.blocks.removeAll(gone);
    }

    /** How many inlined frames the deepest copied instruction would have. */
    private static int depthAfter(Func f, Insn call, Func callee) {
        Inlined at = f.inlinedAt(call.line);
        int outer = at == null ? 0 : at.frames().size();
        int inner = 0;
        for (Inlined c : callee.inlined) {
            inner = Math.max(inner, c.frames().size());
        }
        return outer + 1 + inner;
    }

    // ---- copying -------------------------------------------------------------------------------

    /**
     * Replaces {@code call} in {@code f} by a copy of {@code callee}: the call's block is split
     * after it, the copy's parameters are the call's arguments, and each return jumps to the rest
     * of the block, the returned values merged by a phi there.
     */
    private static List<Block> inline(Func f, Insn call, Func callee) {
        Block head = call.block;
        int at = head.insns.indexOf(call);
        Insn hiResult = at + 1 < head.insns.size() && head.insns.get(at + 1).op == Op.HIRESULT
                ? head.insns.get(at + 1) : null;
        // the rest of the block (after the call and its high word) moves to a new block
        Block tail = f.newBlock();
        List<Insn> rest = new ArrayList<>(head.insns.subList(at + (hiResult != null ? 2 : 1), head.insns.size()));
        head.insns.subList(at, head.insns.size()).clear();
        for (Insn i : rest) {
            i.block = tail;
            tail.insns.add(i);
        }
        for (Block s : head.succs) {
            s.preds.set(s.preds.indexOf(head), tail);
            tail.succs.add(s);
        }
        head.succs.clear();

        Inlined outer = f.inlinedAt(call.line);
        int callLine = f.sourceLine(call.line);
        Map<Block, Block> blocks = new IdentityHashMap<>();
        Map<Insn, Insn> values = new IdentityHashMap<>();
        for (Block b : callee.blocks) {
            blocks.put(b, f.newBlock());
        }
        List<Insn[]> returns = new ArrayList<>();
        List<Block> returnBlocks = new ArrayList<>();
        // first the instructions, then their arguments (a phi may use a value defined later)
        for (Block b : callee.blocks) {
            Block nb = blocks.get(b);
            for (Insn i : b.insns) {
                if (i.op == Op.PARAM) {
                    values.put(i, call.arg(i.aux));
                    continue;
                }
                if (i.op == Op.NULLCHECK && i.arg(0).op == Op.PARAM && isNew(call.arg(i.arg(0).aux))) {
                    continue; // a constructor's check of the object just made: never null
                }
                if (i.op == Op.RET) {
                    returns.add(i.args);
                    returnBlocks.add(nb);
                    Insn g = f.add(nb, Op.GOTO, Type.V);
                    g.line = call.line;
                    continue;
                }
                Insn c = f.add(nb, i.op, i.type, i.args.clone());
                c.aux = i.aux;
                c.aux2 = i.aux2;
                c.sym = i.sym;
                c.table = i.table;
                c.mem = i.mem;
                c.interior = i.interior;
                c.refType = i.refType;
                c.fixedReg = i.fixedReg;
                c.line = position(f, callee, i.line, outer, callLine);
                values.put(i, c);
            }
        }
        for (Block b : callee.blocks) {
            Block nb = blocks.get(b);
            for (Block s : b.succs) {
                nb.succs.add(blocks.get(s));
            }
            for (Block p : b.preds) {
                nb.preds.add(blocks.get(p));
            }
            for (Insn c : nb.insns) {
                for (int k = 0; k < c.args.length; k++) {
                    Insn v = values.get(c.args[k]);
                    if (v == null) {
                        throw new IllegalStateException("inlining " + callee.displayName + " into " + f.displayName
                                + ": an argument of " + c.op + " is not defined in the callee");
                    }
                    c.args[k] = v;
                }
            }
        }
        Insn jump = f.add(head, Op.GOTO, Type.V);
        jump.line = call.line;
        Func.link(head, blocks.get(callee.entry()));
        for (Block r : returnBlocks) {
            Func.link(r, tail);
        }
        // the results: one per return, merged in the tail block
        if (call.hasValue()) {
            replaceUses(f, call, merge(f, tail, returns, 0, call.type, values));
        }
        if (hiResult != null) {
            replaceUses(f, hiResult, merge(f, tail, returns, 1, Type.I, values));
        }
        List<Block> made = new ArrayList<>(blocks.values());
        made.add(head);
        made.add(tail);
        return made;
    }

    private static boolean isNew(Insn v) {
        return v.op == Op.NEW || v.op == Op.STRING;
    }

    /** Word {@code k} of the returned values, as one value at the start of {@code tail}. */
    private static Insn merge(Func f, Block tail, List<Insn[]> returns, int k, Type type, Map<Insn, Insn> values) {
        if (returns.isEmpty()) {
            // the callee never returns: the tail is unreachable, any value will do
            Insn zero = f.make(Op.CONST, type);
            zero.block = tail;
            tail.insns.add(0, zero);
            return zero;
        }
        if (returns.size() == 1) {
            return values.get(returns.get(0)[k]);
        }
        Insn[] args = new Insn[returns.size()];
        for (int r = 0; r < args.length; r++) {
            args[r] = values.get(returns.get(r)[k]);
        }
        Insn phi = f.make(Op.PHI, type, args);
        phi.block = tail;
        tail.insns.add(0, phi);
        return phi;
    }

    private static void replaceUses(Func f, Insn from, Insn to) {
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                i.replaceArg(from, to);
            }
        }
    }

    /**
     * The position in {@code f} of a callee instruction at {@code line} (a source line of the
     * callee, or one of its own inlined positions), inlined at a call of {@code f} at
     * {@code callLine} (plus the frames {@code outer} when the call itself is inlined code).
     */
    private static int position(Func f, Func callee, int line, Inlined outer, int callLine) {
        Inlined inner = callee.inlinedAt(line);
        List<Inlined.Frame> frames = new ArrayList<>();
        int calleeLine = line;
        if (inner != null) {
            frames.addAll(inner.frames());
            calleeLine = inner.outerLine();
        }
        boolean shown = kind(callee) == 2;
        frames.add(new Inlined.Frame(shown ? callee.displayName : null, shown ? callee.sourceFile : null,
                shown ? calleeLine : 0));
        if (outer != null) {
            frames.addAll(outer.frames());
        }
        return f.position(new Inlined(frames, callLine));
    }
}
