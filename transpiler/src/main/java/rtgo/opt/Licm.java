package rtgo.opt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import rtgo.ir.Block;
import rtgo.ir.Cfg;
import rtgo.ir.Cfg.Loop;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Op;
import rtgo.ir.Type;

/**
 * Loop-invariant code motion, innermost loops first. Every loop gets a preheader (a block that
 * leads only into the header). Into it move:
 * <ul>
 *   <li>pure computations whose operands are all defined outside the loop, and int constants (the
 *       allocator re-creates a constant it cannot keep in a register); division stays: the SIO
 *       divider is not to be used speculatively;</li>
 *   <li>checks of loop-invariant values (null, bounds, divisor, class initialisation) that the
 *       header performs before anything else with an effect: in the first iteration they would run
 *       at the same point relative to every observable effect, and later iterations could not
 *       fail them. Loop rotation (in the front end) makes the header the first body block, so a
 *       check at the top of a loop body qualifies. A class-initialisation check stays below any
 *       read before it: the initialiser may write what the read sees;</li>
 *   <li>array lengths of arrays known non-null in the preheader;</li>
 *   <li>given the program's {@link MemoryEffects}: loads of a static field, of a field of an
 *       invariant object known non-null in the preheader, and of an element of an invariant array
 *       at an invariant index whose bounds check the preheader has passed (the row {@code a[i]} of
 *       an inner loop over {@code a[i][j]}), when nothing in the loop may write the load's alias
 *       class — no store to it, no call whose summary writes it, no class initialiser, no volatile
 *       or raw access, no CPU barrier — and no interrupt handler writes it. Volatile fields are
 *       never hoisted. Such a load cannot throw, so moving it changes no exception: a failing
 *       first iteration still fails at its own check; and it reads what every iteration would.</li>
 * </ul>
 * Requires: generic SSA IR with loops rotated. Keeps: SSA.
 */
public final class Licm {
    private final Func f;
    /** The program's memory effects, or null: then no load moves. */
    private final MemoryEffects fx;
    /** The program's field facts (non-null fields), or null. */
    private final StaticFacts facts;

    private Licm(Func f, MemoryEffects fx, StaticFacts facts) {
        this.f = f;
        this.fx = fx;
        this.facts = facts;
    }

    public static void run(Func f) {
        new Licm(f, null, null).all();
    }

    /** Code motion with loads too, given the program's memory effects (null: without loads). */
    public static void run(Func f, MemoryEffects fx) {
        new Licm(f, fx, null).all();
    }

    /** Code motion with loads, given the program's memory effects and field facts (either may be null). */
    public static void run(Func f, MemoryEffects fx, StaticFacts facts) {
        new Licm(f, fx, facts).all();
    }

    private void all() {
        List<Loop> loops = Cfg.naturalLoops(f);
        loops.sort((a, b) -> Integer.compare(a.body().cardinality(), b.body().cardinality()));
        for (Loop l : loops) {
            Block pre = hoist(l);
            // a new preheader belongs to every loop around this one, so they can hoist from it
            if (pre != null) {
                for (Loop outer : loops) {
                    if (outer != l && outer.contains(l.header())) {
                        outer.body().set(pre.id);
                    }
                }
            }
        }
    }

    /** Hoists what it can out of {@code loop}; returns its preheader (or null without one). */
    private Block hoist(Loop loop) {
        Block pre = preheader(f, loop);
        if (pre == null) {
            return null;
        }
        Set<Insn> nonNull = new HashSet<>();
        Block[] idom = Cfg.dominators(f);
        for (Block d = pre; d != null; d = idom[d.id] == d ? null : idom[d.id]) {
            for (Insn i : d.insns) {
                if (i.op == Op.NULLCHECK && d.terminator().op != Op.EXCEPT) { // else only its normal path knows
                    nonNull.add(i.arg(0));
                }
            }
        }
        boolean again = true;
        while (again) {
            again = hoistChecks(loop, pre, nonNull) | hoistComputations(loop, pre, nonNull)
                    | hoistLoads(loop, pre, nonNull, idom);
        }
        return pre;
    }

    /** Loads the loop cannot change and that cannot fail in the preheader (see the class comment). */
    private boolean hoistLoads(Loop loop, Block pre, Set<Insn> nonNull, Block[] idom) {
        if (fx == null) {
            return false;
        }
        MemoryEffects.Writes writes = new MemoryEffects.Writes();
        List<Insn> loads = new ArrayList<>();
        for (Block b : Cfg.reversePostorder(f)) {
            if (loop.body().get(b.id)) {
                for (Insn i : b.insns) {
                    writes.add(fx.of(i));
                    if (i.op == Op.GETSTATIC || i.op == Op.GETFIELD || i.op == Op.ALOAD) {
                        loads.add(i);
                    }
                }
            }
        }
        // bounds checks passed before the loop: (index, array) of each
        Set<List<Insn>> inBounds = new HashSet<>();
        for (Block d = pre; d != null; d = idom[d.id] == d ? null : idom[d.id]) {
            for (Insn i : d.insns) {
                if (i.op == Op.BOUNDSCHECK && i.arg(1).op == Op.ARRAYLEN && d.terminator().op != Op.EXCEPT) {
                    inBounds.add(List.of(i.arg(0), i.arg(1).arg(0)));
                }
            }
        }
        boolean any = false;
        for (Insn i : loads) {
            if (i.mem.kind == rtgo.ir.Alias.Kind.VOLATILE || fx.asyncWrites(i.mem) || fx.mayChange(writes, i.mem)
                    || !invariant(i, loop)) {
                continue;
            }
            boolean safe = switch (i.op) {
                case GETFIELD -> knownNonNull(i.arg(0), nonNull);
                case ALOAD -> knownNonNull(i.arg(0), nonNull) && inBounds.contains(List.of(i.arg(1), i.arg(0)));
                default -> true; // a static's cell always exists (class initialisers count as writers)
            };
            if (safe) {
                move(i, pre, loop);
                any = true;
            }
        }
        return any;
    }

    private boolean knownNonNull(Insn a, Set<Insn> nonNull) {
        return nonNull.contains(a) || StaticFacts.nonNull(f, a, facts);
    }

    /** Checks of invariants at the top of the header, before any observable effect. */
    private boolean hoistChecks(Loop loop, Block pre, Set<Insn> nonNull) {
        boolean any = false;
        boolean readsSeen = false;
        Block h = loop.header();
        if (h.terminator().op == Op.EXCEPT || pre.terminator().op == Op.EXCEPT) {
            // inside a try, a check would leave or enter its handler's range
            return false;
        }
        for (Insn i : new ArrayList<>(h.insns)) {
            if (i.op == Op.INITCHECK && readsSeen) {
                break; // the initialiser may write what the earlier read sees
            }
            readsSeen |= i.op.has(Op.Flags.READS);
            if (i.op == Op.PHI || (i.op.isPure() && !invariant(i, loop))) {
                continue;
            }
            if (i.op.isCheck() && invariant(i, loop)) {
                move(i, pre, loop);
                any = true;
                if (i.op == Op.NULLCHECK) {
                    nonNull.add(i.arg(0));
                }
                continue;
            }
            boolean observable = i.op.has(Op.Flags.EFFECT) || i.op.has(Op.Flags.THROWS) || i.op.isTerminator();
            if (observable) {
                break;
            }
        }
        return any;
    }

    /** Invariant pure computations anywhere in the loop, in dominance order (RPO). */
    private boolean hoistComputations(Loop loop, Block pre, Set<Insn> nonNull) {
        boolean any = false;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Block b : Cfg.reversePostorder(f)) {
                if (!loop.body().get(b.id)) {
                    continue;
                }
                for (Insn i : new ArrayList<>(b.insns)) {
                    if (!worthHoisting(i, nonNull) || !invariant(i, loop)) {
                        continue;
                    }
                    move(i, pre, loop);
                    moved = true;
                    any = true;
                }
            }
        }
        return any;
    }

    private boolean worthHoisting(Insn i, Set<Insn> nonNull) {
        if (i.op == Op.CONST) {
            // the allocator re-creates a constant at its uses when it cannot keep it in a
            // register (small ones first, see RegAlloc), so hoisting costs little and often saves
            // a movs or a literal load per iteration; immediates stay folded where they fit
            return i.type == rtgo.ir.Type.I;
        }
        if (!i.op.isPure() || i.op == Op.CAST || i.op == Op.COPY || i.op == Op.STRING
                || i.op == Op.DIV || i.op == Op.REM || i.op == Op.SYMBOL) {
            return false;
        }
        if (i.op == Op.ARRAYLEN) {
            return knownNonNull(i.arg(0), nonNull);
        }
        return true;
    }

    /** All operands defined outside the loop (constants count as invariant wherever they are). */
    private static boolean invariant(Insn i, Loop loop) {
        for (Insn a : i.args) {
            if (loop.body().get(a.block.id) && a.op != Op.CONST) {
                return false;
            }
        }
        return true;
    }

    private void move(Insn i, Block pre, Loop loop) {
        i.block.insns.remove(i);
        // constants it uses from inside the loop come along as copies; every other operand is
        // defined outside the loop, so it dominates the header and therefore the preheader
        for (int k = 0; k < i.args.length; k++) {
            Insn a = i.args[k];
            if (a.op == Op.CONST && loop.body().get(a.block.id)) {
                Insn c = f.make(Op.CONST, a.type);
                c.aux = a.aux;
                c.line = a.line;
                pre.addBeforeTerminator(c);
                i.args[k] = c;
            }
        }
        pre.addBeforeTerminator(i);
    }

    /** The loop's preheader, created on the entering edges when there is none (also for {@link ScalarPromotion}). */
    static Block preheader(Func f, Loop loop) {
        Block h = loop.header();
        List<Block> outside = new ArrayList<>();
        for (Block p : h.preds) {
            if (!loop.body().get(p.id)) {
                outside.add(p);
            }
        }
        if (outside.isEmpty()) {
            return null;
        }
        if (outside.size() == 1 && outside.get(0).succs.size() == 1) {
            return outside.get(0);
        }
        Block pre = f.newBlock();
        // phis of the header: the operands from outside merge in the preheader
        for (Insn phi : h.phis()) {
            List<Insn> fromOutside = new ArrayList<>();
            for (int k = 0; k < h.preds.size(); k++) {
                if (!loop.body().get(h.preds.get(k).id)) {
                    fromOutside.add(phi.args[k]);
                }
            }
            Insn v = fromOutside.get(0);
            if (fromOutside.size() > 1) {
                Insn merge = f.make(Op.PHI, phi.type, fromOutside.toArray(new Insn[0]));
                merge.block = pre;
                pre.insns.add(merge);
                v = merge;
            }
            List<Insn> args = new ArrayList<>();
            for (int k = 0; k < h.preds.size(); k++) {
                if (loop.body().get(h.preds.get(k).id)) {
                    args.add(phi.args[k]);
                }
            }
            args.add(v);
            phi.args = args.toArray(new Insn[0]);
        }
        List<Block> inside = new ArrayList<>();
        for (Block p : h.preds) {
            if (loop.body().get(p.id)) {
                inside.add(p);
            }
        }
        h.preds.clear();
        h.preds.addAll(inside);
        h.preds.add(pre);
        for (Block o : outside) {
            for (int s = 0; s < o.succs.size(); s++) {
                if (o.succs.get(s) == h) {
                    o.succs.set(s, pre);
                }
            }
            pre.preds.add(o);
        }
        pre.succs.add(h);
        Insn g = f.make(Op.GOTO, Type.V);
        g.block = pre;
        pre.insns.add(g);
        return pre;
    }
}
