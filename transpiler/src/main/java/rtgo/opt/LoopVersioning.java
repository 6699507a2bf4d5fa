package rtgo.opt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rtgo.ir.Block;
import rtgo.ir.Cond;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Op;
import rtgo.ir.Type;

/**
 * Range-check elimination by loop versioning: a counted innermost loop whose bounds checks
 * index by {@code ±iv + b + c} ({@code iv} the loop's induction variable, {@code b} a loop-invariant
 * value, {@code c} a constant) into loop-invariant arrays gets a guarded, check-free copy. Before
 * the loop, a few compares decide whether every index the loop can produce is in bounds; if so,
 * the copy without those checks runs; if not, the original loop runs unchanged, so an index out of
 * bounds throws at exactly the iteration, with the message and the trace, that HotSpot gives.
 *
 * <p>Why the guard is enough. With {@link CountedLoop}'s shape, {@code iv} takes {@code init} on
 * the first iteration and afterwards only values of {@code next} that passed the latch's test
 * against the invariant bound {@code n}; counting up with a positive step, every {@code iv} lies in
 * {@code [min(init, B), max(init, B)]} where {@code B} is {@code n - 1} ({@code <}) or {@code n}
 * ({@code <=}), counting down in the mirror range with {@code B = n + 1} or {@code n}, provided
 * nothing wraps. An index {@code ±iv + b + c} is monotonic in {@code iv}, so it is in
 * {@code [0, len)} for the whole range when it is at both ends, which is two unsigned compares
 * {@code index(init) <u len} and {@code index(B) <u len}. Wrap-around: {@code c} and a constant
 * step are at most 2^29 in magnitude by recognition; a variable {@code b} and a variable step get
 * one more guard each ({@code -2^29 <= b < 2^29}, {@code 1 <= step <= 2^29}). Array lengths on the
 * device are far below 2^29 (264 KiB of RAM), so an end whose index passes the compare is below
 * 2^30 in magnitude, and {@code iv + step} cannot wrap for any {@code iv} in between. When a bound
 * such as {@code n - 1} wraps ({@code n} is {@code MIN_VALUE}), the end is an extreme value, its
 * index fails the compare and the checked loop runs: the guard may be pessimistic, never wrong.
 *
 * <p>When the loop is copied for its bounds checks anyway, a null check of a loop-invariant
 * reference is covered by one more guard {@code r != null}: the reference is null in every
 * iteration or in none.
 *
 * <p>A masked index ({@code x & c}, {@code x >>> k}: {@link BoundsCheckElim#maxOf}) lies in
 * {@code [0, max]} whatever the loop computes, so one guard {@code max < len} covers it.
 *
 * <p>Scaled indexes {@code iv * k + b + c} (a row-major {@code b[k * n + j]}, {@code re[2 * i]})
 * are monotonic too when {@code k >= 0}; their guards keep the product below 2^29, so the same
 * argument holds: {@code 0 <= k < 2^14} for a variable factor (a constant one is recognised only
 * in that range) and both ends of the range of {@code iv} in {@code [0, 2^15)}.
 *
 * <p>Size budget: only innermost loops of at most {@link #MAX_SIZE} IR instructions are copied,
 * so code growth per loop is bounded by that plus the guards (about six instructions per array).
 * When every compare folds at compile time (constant bounds and lengths), the checks are simply
 * removed and nothing is copied.
 *
 * <p>Requires: generic SSA after value numbering and code motion (array lengths of invariant
 * arrays are computed before the loop). Keeps: SSA; block order is renewed in reverse postorder.
 */
public final class LoopVersioning {
    /** The largest loop (IR instructions in its blocks) that gets a check-free copy. */
    static final int MAX_SIZE = 64;

    /** Limits of a scaled index: factor below 2^14, both ends of the range in [0, 2^15). */
    private static final int MAX_SCALED_END = 1 << 15;

    private final Func f;

    private LoopVersioning(Func f) {
        this.f = f;
    }

    public static void run(Func f) {
        CountedLoop.forEach(f, MAX_SIZE, new LoopVersioning(f)::version);
    }

    /** Versions one loop; returns whether the control-flow graph changed. */
    private boolean version(CountedLoop cl) {
        Block g = f.newBlock(); // the guard, between the entry and the header
        Guards guards = new Guards(f, g);
        List<Insn> covered = new ArrayList<>();
        List<Insn> nullChecks = new ArrayList<>();
        if (cl.stepVar != null) {
            // 1 <= step <= SMALL, i.e. step - 1 <u SMALL
            guards.below(guards.add(cl.stepVar, guards.constant(-1)), guards.constant(CountedLoop.SMALL));
        }
        Insn far = farEnd(cl, guards);
        for (Block b : cl.blocks) {
            for (Insn i : b.insns) {
                if (i.op == Op.NULLCHECK && cl.invariant(i.arg(0)) && !hasExceptEdge(b)) {
                    nullChecks.add(i);
                    continue;
                }
                if (i.op != Op.BOUNDSCHECK || !cl.invariant(i.arg(1))) {
                    continue;
                }
                Affine a = Affine.of(cl, i.arg(0));
                long max = BoundsCheckElim.maxOf(i.arg(0));
                if (a == null && max < CountedLoop.SMALL && !i.arg(0).isConst()) {
                    // a masked index (h & 0xff, x >>> 24) is in [0, max] whatever the loop does
                    guards.mark();
                    guards.below(guards.constant((int) max), i.arg(1));
                    if (guards.impossible()) {
                        guards.reset();
                    } else {
                        covered.add(i);
                    }
                    continue;
                }
                if (a == null) {
                    continue;
                }
                guards.mark();
                if (a.scaled()) {
                    // the product stays below 2^29: 0 <= factor < 2^14, both ends in [0, 2^15)
                    if (a.factor() != null) {
                        guards.below(a.factor(), guards.constant(Affine.MAX_FACTOR));
                    }
                    guards.below(cl.init, guards.constant(MAX_SCALED_END));
                    guards.below(far, guards.constant(MAX_SCALED_END));
                } else if (a.var() != null && !small(a.var()) && !(small(cl.init) && small(far))) {
                    // -SMALL <= var < SMALL, i.e. var + SMALL <u 2 * SMALL
                    guards.below(guards.add(a.var(), guards.constant(CountedLoop.SMALL)),
                            guards.constant(2 * CountedLoop.SMALL));
                }
                Insn first = index(a, cl.init, guards);
                Insn last = index(a, far, guards);
                if (first.isConst() && last.isConst() && first.aux >= 0 && last.aux >= 0) {
                    guards.below(first.aux > last.aux ? first : last, i.arg(1)); // the larger covers both
                } else {
                    guards.below(first, i.arg(1));
                    guards.below(last, i.arg(1));
                }
                if (guards.impossible()) {
                    guards.reset();
                } else {
                    covered.add(i);
                }
            }
        }
        if (!covered.isEmpty() && !guards.none()) {
            // a loop copied anyway drops the null checks of invariant references too: such a
            // reference is null in every iteration or in none
            for (Insn i : nullChecks) {
                guards.nonNull(i.arg(0));
                covered.add(i);
            }
        }
        if (covered.isEmpty()) {
            f.blocks.remove(g);
            return false;
        }
        if (guards.none()) {
            // proven at compile time: no copy needed
            for (Insn i : covered) {
                i.block.insns.remove(i);
            }
            f.blocks.remove(g);
            return false;
        }
        Map<Insn, Insn> copyOf = new HashMap<>();
        Map<Block, Block> blockCopy = LoopCopy.copy(f, cl, copyOf);
        for (Insn i : covered) {
            Insn c = copyOf.get(i);
            c.block.insns.remove(c);
        }
        Block slow = f.newBlock();
        Block fast = f.newBlock();
        guards.chain(slow, fast);
        // entry -> g, slow -> header, fast -> header copy
        LoopCopy.replaceSucc(cl.entry, cl.header, g);
        g.preds.add(cl.entry);
        cl.header.preds.set(cl.header.predIndex(cl.entry), slow);
        slow.succs.add(cl.header);
        jump(slow);
        Block hc = blockCopy.get(cl.header);
        hc.preds.set(hc.predIndex(cl.entry), fast);
        fast.succs.add(hc);
        jump(fast);
        mergeExits(cl, blockCopy, copyOf);
        return true;
    }

    /** The end of the induction variable's range other than {@code init}: B in the class comment. */
    private static Insn farEnd(CountedLoop cl, Guards guards) {
        return switch (cl.cond) {
            case LT -> guards.add(cl.bound, guards.constant(-1));
            case GT -> guards.add(cl.bound, guards.constant(1));
            default -> cl.bound;
        };
    }

    /**
     * Values at most {@link CountedLoop#SMALL} in magnitude: such constants, lengths and narrow
     * conversions. The sum of a small value, a small constant and anything else either does not
     * wrap or wraps to an unsigned value of at least 2^30, above every array length, so an index
     * with one small part needs no guard on the other.
     */
    private static boolean small(Insn v) {
        return (v.isConst() && Math.abs((long) v.aux) <= CountedLoop.SMALL)
                || v.op == Op.ARRAYLEN || v.op == Op.I2B || v.op == Op.I2S || v.op == Op.I2C;
    }

    /** Emits (or folds) the index {@code a} at {@code iv = t}. */
    private static Insn index(Affine a, Insn t, Guards guards) {
        Insn r = a.factor() == null ? t : guards.mul(t, a.factor());
        r = a.scale() == 1 ? r : a.scale() == -1 ? guards.neg(r) : guards.mul(r, guards.constant(a.scale()));
        if (a.var() != null) {
            r = a.neg() ? guards.sub(r, a.var()) : guards.add(r, a.var());
        }
        return a.c() == 0 ? r : guards.add(r, guards.constant(a.c()));
    }

    /**
     * Both latches now leave into a new block before the exit, where a phi merges each loop value
     * used after the loop with its copy.
     */
    private void mergeExits(CountedLoop cl, Map<Block, Block> blockCopy, Map<Insn, Insn> copyOf) {
        Block latchCopy = blockCopy.get(cl.latch);
        Block merge = f.newBlock();
        LoopCopy.replaceSucc(cl.latch, cl.exit, merge);
        LoopCopy.replaceSucc(latchCopy, cl.exit, merge);
        merge.preds.add(cl.latch);
        merge.preds.add(latchCopy);
        cl.exit.preds.set(cl.exit.predIndex(cl.latch), merge);
        merge.succs.add(cl.exit);
        Set<Block> inside = new HashSet<>(cl.blocks);
        inside.addAll(blockCopy.values());
        inside.add(merge);
        Map<Insn, Insn> merged = new HashMap<>();
        for (Block b : f.blocks) {
            if (inside.contains(b)) {
                continue;
            }
            for (Insn u : b.insns) {
                for (int k = 0; k < u.args.length; k++) {
                    Insn v = u.args[k];
                    if (v.block != null && cl.loop.contains(v.block) && copyOf.containsKey(v)) {
                        u.args[k] = merged.computeIfAbsent(v, x -> {
                            Insn phi = f.make(Op.PHI, x.type, x, copyOf.get(x));
                            phi.refType = x.refType;
                            phi.interior = x.interior;
                            phi.block = merge;
                            merge.insns.add(0, phi);
                            return phi;
                        });
                    }
                }
            }
        }
        jump(merge);
    }

    private static boolean hasExceptEdge(Block b) {
        return b.terminator() != null && b.terminator().op == Op.EXCEPT;
    }

    private void jump(Block b) {
        Insn g = f.make(Op.GOTO, Type.V);
        g.block = b;
        b.insns.add(g);
    }
}
