package rtgo.opt;

import java.util.HashSet;
import java.util.Set;
import rtgo.ir.Alias;
import rtgo.ir.Block;
import rtgo.ir.Cfg;
import rtgo.ir.Cond;
import rtgo.ir.Elem;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Op;
import rtgo.ir.Type;

/**
 * Fill loops become block fills: a counted loop whose whole body stores one loop-invariant value
 * into consecutive elements of a loop-invariant byte, boolean, short, char or int array
 * ({@code for (i = s; i < n; i++) a[i] = v;}) becomes one call of rtgo.runtime.MemFill.fill, which
 * stores whole words (four bytes or two halves a store instead of one element a store and a
 * branch).
 *
 * <p>Design note. Only a loop without checks is replaced: the check-free copy that
 * {@link LoopVersioning} made behind its range guard, or a loop whose checks were proven away. The
 * checked copy stays a loop, so an index out of bounds still stores the valid prefix and then
 * throws at exactly the element HotSpot throws at. The loop is rotated (tested at the bottom), so
 * it stores at least once; the fill stores {@code n - s} elements, which is the same count only
 * when {@code s < n} holds on entry: the pass requires a dominating branch that tests exactly that
 * (the guard rotation puts before the loop, or the peeled first iteration's test). The induction
 * variable must not be used after the loop (nothing computes its final value). MemFill is part of
 * the build only when the front end saw a primitive array store in a loop outside the runtime
 * (rtgo.sym.RuntimeSymbols#FILL); without it the loop stays. The call takes an address inside the
 * array, which no stack map describes; that is safe because nothing between computing it and the
 * call can start a collection (no call, no allocation, no backward branch where a thread could be
 * preempted), and MemFill itself neither allocates nor is preemptible (runtime code).
 * Requires: generic SSA after versioning, before element addressing (stores without a base). Keeps: SSA.
 */
public final class FillLoops {
    /** The largest loop looked at (instructions besides constants): phi, store, increment, goto, branch. */
    private static final int MAX_SIZE = 6;

    private final Func f;
    private final String fill;

    private FillLoops(Func f, String fill) {
        this.f = f;
        this.fill = fill;
    }

    /**
     * Replaces the fill loops of {@code f} by calls of {@code fill}, the symbol of the block fill
     * {@code (address, count, value, log2 of the element size)}; nothing when it is null (the build
     * has no block fill).
     */
    public static void run(Func f, String fill) {
        if (fill != null) {
            CountedLoop.forEach(f, MAX_SIZE, new FillLoops(f, fill)::replace);
        }
    }

    private boolean replace(CountedLoop cl) {
        if (cl.stepVar != null || cl.stepConst != 1 || cl.cond != Cond.LT || cl.entry.succs.size() != 1
                || cl.header.phis().size() != 1) {
            return false;
        }
        Insn store = null;
        for (Block b : cl.blocks) {
            for (Insn i : b.insns) {
                if (i.isConst() || i == cl.iv || i == cl.next || i.op == Op.GOTO || i == cl.latch.terminator()) {
                    continue;
                }
                if (i.op != Op.ASTORE || store != null) {
                    return false;
                }
                store = i;
            }
        }
        if (store == null || store.args.length != 3 || store.arg(1) != cl.iv
                || !cl.invariant(store.arg(0)) || !cl.invariant(store.arg(2))) {
            return false;
        }
        Elem e = Elem.values()[store.aux];
        if (e.shift > 2 || e == Elem.R || e == Elem.F || usedOutside(cl) || !entered(cl)) {
            return false;
        }
        Block at = cl.entry;
        Insn first = own(at, cl.init);
        Insn bound = own(at, cl.bound);
        Insn value = own(at, store.arg(2));
        Insn shift = f.make(Op.CONST, Type.I);
        shift.aux = e.shift;
        Insn base = f.make(Op.ELEMBASE, Type.I, store.arg(0));
        Insn offset = e.shift == 0 ? first : f.make(Op.SHL, Type.I, first, shift);
        Insn address = f.make(Op.ADD, Type.I, base, offset);
        Insn count = f.make(Op.SUB, Type.I, bound, first);
        Insn call = f.make(Op.CALL, Type.V, address, count, value, shift);
        call.sym = fill;
        call.mem = Alias.ANY;
        for (Insn i : new Insn[] {shift, base}) {
            place(at, i, store.line);
        }
        if (offset != first) {
            place(at, offset, store.line);
        }
        for (Insn i : new Insn[] {address, count, call}) {
            place(at, i, store.line);
        }
        // entry -> exit: the loop is no longer reached
        at.succs.set(0, cl.exit);
        cl.exit.preds.set(cl.exit.predIndex(cl.latch), at);
        return true;
    }

    private static void place(Block b, Insn i, int line) {
        i.block = b;
        i.line = line;
        b.addBeforeTerminator(i);
    }

    /** {@code v} as a value available in {@code b}: a constant inside the loop gets a copy there. */
    private Insn own(Block b, Insn v) {
        if (!v.isConst() || v.block == b) {
            return v;
        }
        Insn c = f.make(Op.CONST, v.type);
        c.aux = v.aux;
        place(b, c, v.line);
        return c;
    }

    /** Whether anything outside the loop uses a value made inside (the induction variable, its next value, a constant). */
    private boolean usedOutside(CountedLoop cl) {
        Set<Block> inside = new HashSet<>(cl.blocks);
        for (Block b : f.blocks) {
            if (inside.contains(b)) {
                continue;
            }
            for (Insn u : b.insns) {
                for (Insn a : u.args) {
                    if (a.block != null && inside.contains(a.block)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The same value: the same instruction, or constants of the same value. */
    private static boolean same(Insn a, Insn b) {
        return a == b || (a.isConst() && b.isConst() && a.type == b.type && a.aux == b.aux);
    }

    /**
     * Whether {@code init < bound} holds whenever the loop is entered: a branch dominating the
     * entry compares exactly these two values, and the entry lies on its side where it holds.
     */
    private boolean entered(CountedLoop cl) {
        if (cl.init.isConst() && cl.bound.isConst() && cl.init.type == Type.I && cl.init.aux < cl.bound.aux) {
            return true; // constant bounds: the guard folded away
        }
        Block[] idom = Cfg.dominators(f);
        for (Block d = cl.entry; ; d = idom[d.id]) {
            Insn t = d.terminator();
            if (t != null && t.op == Op.IF && d.succs.size() == 2 && d.succs.get(0) != d.succs.get(1)) {
                Cond c = null;
                if (same(t.arg(0), cl.init) && same(t.arg(1), cl.bound)) {
                    c = t.cond();
                } else if (same(t.arg(1), cl.init) && same(t.arg(0), cl.bound)) {
                    c = t.cond().swap();
                }
                if (c == Cond.LT && Cfg.dominates(idom, d.succs.get(0), cl.entry) && d.succs.get(0).preds.size() == 1
                        || c == Cond.GE && Cfg.dominates(idom, d.succs.get(1), cl.entry) && d.succs.get(1).preds.size() == 1) {
                    return true;
                }
            }
            if (idom[d.id] == d) {
                return false;
            }
        }
    }
}
