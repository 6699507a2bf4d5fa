package rtgo.opt;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import rtgo.ir.Block;
import rtgo.ir.Cfg;
import rtgo.ir.Cfg.Loop;
import rtgo.ir.Cond;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Op;

/**
 * An innermost loop counted by one induction variable, in the shape loop rotation leaves:
 * one entering edge into the header, one back edge from the latch, and the latch's two-way branch
 * as the only way out, testing the induction variable's next value against a loop-invariant
 * bound. The loop passes that transform whole loops (versioning, unrolling) start from this.
 *
 * <pre>
 *   entry -&gt; header:  iv = phi(init, next)      (in the order of the header's predecessors)
 *            ...       next = iv + step          (step loop-invariant: a constant or a value)
 *   latch:             if (next COND bound) goto header else goto exit
 * </pre>
 *
 * <p>Design note. Only this one shape is recognised, because it is what the front end produces
 * for {@code for} and {@code while} loops with a counter (rotation puts the test at the bottom),
 * and because every fact the passes need follows from it without further analysis: on the first
 * iteration {@code iv == init}; on every later one {@code iv} is a value of {@code next} that
 * passed the test, so (if the step's sign agrees with the test and nothing wraps) {@code iv} lies
 * between {@code init} and the bound. Loops with breaks, several back edges or an exception edge
 * are left alone: their extra exits would need more bookkeeping than this session can verify.
 * Requires: generic SSA.
 */
final class CountedLoop {
    /** Steps and offsets are limited to this magnitude, so that sums of two never wrap. */
    static final int SMALL = 1 << 29;

    final Loop loop;
    /** The loop's blocks, in function order. */
    final List<Block> blocks;
    final Block header;
    final Block latch;
    /** The only block outside the loop that branches to the header. */
    final Block entry;
    /** The latch's successor outside the loop. */
    final Block exit;
    final Insn iv;
    final Insn init;
    final Insn next;
    /** The loop-invariant step when it is a variable, else null and the step is {@link #stepConst}. */
    final Insn stepVar;
    final int stepConst;
    /** The loop goes on while {@code next cond bound}: LT or LE counting up, GT or GE counting down. */
    final Cond cond;
    final Insn bound;
    /** Instructions in the loop's blocks, constants not counted. */
    final int size;

    private CountedLoop(Loop loop, List<Block> blocks, Block entry, Block latch, Block exit, Insn iv,
                        Insn init, Insn next, Insn stepVar, int stepConst, Cond cond, Insn bound, int size) {
        this.loop = loop;
        this.blocks = blocks;
        this.header = loop.header();
        this.entry = entry;
        this.latch = latch;
        this.exit = exit;
        this.iv = iv;
        this.init = init;
        this.next = next;
        this.stepVar = stepVar;
        this.stepConst = stepConst;
        this.cond = cond;
        this.bound = bound;
        this.size = size;
    }

    /**
     * Offers each counted innermost loop of {@code f} with at most {@code maxSize} instructions to
     * {@code transform}, which returns whether it changed the control-flow graph; if one did, the
     * blocks are put back in reverse postorder (new blocks are all reachable, so none is dropped).
     */
    static void forEach(Func f, int maxSize, Predicate<CountedLoop> transform) {
        boolean changed = false;
        List<Loop> loops = Cfg.naturalLoops(f);
        for (Loop loop : loops) {
            CountedLoop cl = of(f, loop, loops, maxSize);
            if (cl != null) {
                changed |= transform.test(cl);
            }
        }
        if (changed) {
            Cfg.removeUnreachable(f);
        }
    }

    /**
     * Whether {@code v} is the same in every iteration: computed outside the loop, or a constant
     * (the front end makes constants where they are used, inside loops too; a pass that needs the
     * value before the loop makes its own copy).
     */
    boolean invariant(Insn v) {
        return v.isConst() || v.block == null || !loop.contains(v.block);
    }

    /** Counting up (the step is positive); otherwise down. */
    boolean up() {
        return cond == Cond.LT || cond == Cond.LE;
    }

    /**
     * The loop {@code loop} of {@code f} as a counted loop, or null when it is not innermost among
     * {@code all}, has another shape, or has more than {@code maxSize} instructions.
     */
    static CountedLoop of(Func f, Loop loop, List<Loop> all, int maxSize) {
        Block h = loop.header();
        for (Loop other : all) {
            if (other != loop && loop.contains(other.header())) {
                return null; // not innermost
            }
        }
        Block entry = null;
        Block latch = null;
        for (Block p : h.preds) {
            if (loop.contains(p)) {
                if (latch != null) {
                    return null;
                }
                latch = p;
            } else {
                if (entry != null) {
                    return null;
                }
                entry = p;
            }
        }
        if (entry == null || latch == null) {
            return null;
        }
        List<Block> blocks = new ArrayList<>();
        int size = 0;
        Block exit = null;
        for (Block b : f.blocks) {
            if (!loop.contains(b)) {
                continue;
            }
            blocks.add(b);
            for (Insn i : b.insns) {
                if (!i.isConst()) {
                    size++; // constants are shared and folded into immediates later
                }
            }
            Insn t = b.terminator();
            if (t == null || t.op == Op.EXCEPT) {
                return null;
            }
            for (Block s : b.succs) {
                if (!loop.contains(s)) {
                    if (b != latch || exit != null) {
                        return null; // a second way out
                    }
                    exit = s;
                }
            }
        }
        if (size > maxSize || exit == null) {
            return null;
        }
        Insn t = latch.terminator();
        if (t.op != Op.IF || latch.succs.size() != 2) {
            return null;
        }
        Cond c = latch.succs.get(0) == h ? t.cond() : t.cond().negate();
        for (Insn phi : h.phis()) {
            Insn init = phi.args[h.predIndex(entry)];
            Insn next = phi.args[h.predIndex(latch)];
            if (next.op != Op.ADD && next.op != Op.SUB) {
                continue;
            }
            Insn step;
            if (next.arg(0) == phi) {
                step = next.arg(1);
            } else if (next.op == Op.ADD && next.arg(1) == phi) {
                step = next.arg(0);
            } else {
                continue;
            }
            Insn stepVar = step.isConst() ? null : step;
            int stepConst = step.isConst() ? step.aux : 0;
            if (next.op == Op.SUB) {
                if (stepVar != null) {
                    continue;
                }
                stepConst = -stepConst;
            }
            Cond cc;
            Insn bound;
            if (t.arg(0) == next) {
                cc = c;
                bound = t.arg(1);
            } else if (t.arg(1) == next) {
                cc = c.swap();
                bound = t.arg(0);
            } else {
                continue;
            }
            CountedLoop cl = new CountedLoop(loop, blocks, entry, latch, exit, phi, init, next, stepVar,
                    stepConst, cc, bound, size);
            if (cl.invariant(bound) && (stepVar == null || cl.invariant(stepVar)) && cl.stepAgrees()) {
                return cl;
            }
        }
        return null;
    }

    /**
     * A constant step must point the way the test counts and be at most {@link #SMALL}; a variable
     * step only counts up (its guard checks {@code 1 <= step <= SMALL}).
     */
    private boolean stepAgrees() {
        if (cond != Cond.LT && cond != Cond.LE && cond != Cond.GT && cond != Cond.GE) {
            return false;
        }
        if (stepVar == null) {
            return up() ? stepConst > 0 && stepConst <= SMALL : stepConst < 0 && stepConst >= -SMALL;
        }
        return up();
    }
}
