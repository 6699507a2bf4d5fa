package rtgo.opt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import rtgo.ir.Block;
import rtgo.ir.Cfg;
import rtgo.ir.Cond;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Op;

/**
 * Removes bounds checks that branch conditions and induction already prove: the shapes of
 * {@code for (int i = 0; i < a.length; i++) a[i]} and {@code for (i = a.length - 1; i >= 0; i--)}.
 *
 * <p>A check of {@code 0 <= idx < len} goes when both halves are proven at the check:
 * <ul>
 *   <li>{@code idx < len}: a constant length exceeds the largest value the index's form allows
 *       ({@code x & c}, {@code x >>> k}: the table lookup {@code T[h & 0xff]} into a 256-entry
 *       table whose length {@link StaticFacts} or {@code new int[256]} gives); a branch on the way established it (after loop rotation the guard
 *       before a loop and the test at its bottom do); for a phi, every incoming value is below
 *       {@code len} on its edge; {@code len - c} and {@code w - c} (c &gt; 0, w non-negative and
 *       below len) are below it;</li>
 *   <li>{@code idx >= 0}: constants, lengths, masks, logical shifts, a branch on the way; for a
 *       phi, every incoming value on its edge, where {@code phi + c} counts (induction) when the
 *       phi is below an array length there: lengths on the device are far below 2^30, so a step
 *       c &lt; 2^30 cannot wrap around.</li>
 * </ul>
 * A "place" is a block, or the edge from a block into one of its successors, whose branch then
 * also counts. Requires: generic SSA IR after value numbering (equal lengths are one value).
 */
public final class BoundsCheckElim {
    /** Steps up to this size cannot overflow an index that is below an array length. */
    static final int MAX_STEP = 1 << 30;

    /** A proven relation {@code a cond b}. */
    private record Fact(Cond cond, Insn a, Insn b) {}

    private final Func f;
    private Block[] idom;
    /** Phis assumed non-negative in the current query (shared by both halves of the proof). */
    private Set<Insn> assumedNonNeg;

    private BoundsCheckElim(Func f) {
        this.f = f;
    }

    public static void run(Func f) {
        new BoundsCheckElim(f).all();
    }

    private void all() {
        idom = Cfg.dominators(f);
        for (Block b : f.blocks) {
            for (Insn i : new ArrayList<>(b.insns)) {
                if (i.op != Op.BOUNDSCHECK) {
                    continue;
                }
                List<Fact> facts = facts(b, null);
                assumedNonNeg = new HashSet<>();
                Set<Insn> assumedBelow = new HashSet<>();
                if (below(i.arg(0), i.arg(1), facts, assumedBelow)
                        && nonNegative(i.arg(0), i.arg(1), facts, assumedBelow, assumedNonNeg)) {
                    b.insns.remove(i);
                }
            }
        }
    }

    /** Facts that hold in block {@code at} (or on its edge into {@code into}, when given). */
    private List<Fact> facts(Block at, Block into) {
        List<Fact> facts = new ArrayList<>();
        if (into != null) {
            edge(at, into, facts);
        }
        for (Block d = at; d != null; d = idom[d.id] == d ? null : idom[d.id]) {
            if (d.preds.size() == 1) {
                edge(d.preds.get(0), d, facts);
            }
        }
        return facts;
    }

    private static void edge(Block p, Block s, List<Fact> facts) {
        Insn t = p.terminator();
        if (t == null || t.op != Op.IF || p.succs.get(0) == p.succs.get(1)) {
            return;
        }
        Cond c = p.succs.get(0) == s ? t.cond() : t.cond().negate();
        facts.add(new Fact(c, t.arg(0), t.arg(1)));
        facts.add(new Fact(c.swap(), t.arg(1), t.arg(0)));
    }

    /** {@code v < len}. */
    private boolean below(Insn v, Insn len, List<Fact> facts, Set<Insn> visiting) {
        if (v.isConst() && len.isConst() && v.aux < len.aux) {
            return true;
        }
        for (Fact x : facts) {
            if (x.a() == v && ((x.cond() == Cond.LT && sameOrSmallerLength(x.b(), len))
                    || (x.cond() == Cond.LO && x.b() == len))) {
                return true;
            }
        }
        if (len.isConst() && maxOf(v) < len.aux) {
            return true;
        }
        if (v.op == Op.ADD && v.arg(1).isConst() && v.arg(1).aux < 0 && v.arg(1).aux > -MAX_STEP) {
            Insn w = v.arg(0);
            if (w == len && isLength(len)) {
                return true;
            }
            return below(w, len, facts, visiting) && nonNegative(w, len, facts, visiting, assumedNonNeg);
        }
        if (v.op == Op.PHI) {
            if (visiting.contains(v)) {
                return true; // induction hypothesis: the phi was below len on every earlier arrival
            }
            visiting.add(v);
            for (int k = 0; k < v.args.length; k++) {
                Block p = v.block.preds.get(k);
                if (!below(v.args[k], len, facts(p, v.block), visiting)) {
                    visiting.remove(v);
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * {@code v >= 0}. Phis being proven are assumed to hold (induction over loop iterations: the
     * values on back edges are computed from the phi's current value, which arrived satisfying
     * the hypothesis; values on entry edges cannot depend on the phi). {@code len} and
     * {@code assumedBelow} are those of the query below, so "below an array length" can be reused.
     */
    private boolean nonNegative(Insn v, Insn len, List<Fact> facts, Set<Insn> assumedBelow, Set<Insn> assumed) {
        if (v.isConst()) {
            return v.aux >= 0;
        }
        switch (v.op) {
            case ARRAYLEN, I2C -> {
                return true;
            }
            case AND, USHR -> {
                if (maxOf(v) <= Integer.MAX_VALUE) {
                    return true;
                }
            }
            default -> { }
        }
        for (Fact x : facts) {
            if (x.a() == v && ((x.cond() == Cond.GE && x.b().isConst() && x.b().aux >= 0)
                    || (x.cond() == Cond.GT && x.b().isConst() && x.b().aux >= -1))) {
                return true;
            }
        }
        if (v.op == Op.ADD && v.arg(1).isConst() && v.arg(1).aux >= 0 && v.arg(1).aux < MAX_STEP) {
            Insn w = v.arg(0);
            return nonNegative(w, len, facts, assumedBelow, assumed)
                    && (belowSomeLength(w, facts) || below(w, len, facts, assumedBelow));
        }
        if (v.op == Op.PHI) {
            if (assumed.contains(v)) {
                return true;
            }
            assumed.add(v);
            for (int k = 0; k < v.args.length; k++) {
                Block p = v.block.preds.get(k);
                if (!nonNegative(v.args[k], len, facts(p, v.block), assumedBelow, assumed)) {
                    assumed.remove(v);
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * An upper bound of {@code v} as an unsigned value, when its form gives one: {@code x & c}
     * ({@code c >= 0}) is at most {@code c}, {@code x >>> k} ({@code 0 < k < 32}) at most
     * {@code 2^(32-k) - 1}, a non-negative constant itself; else {@link Long#MAX_VALUE}.
     */
    static long maxOf(Insn v) {
        if (v.type != rtgo.ir.Type.I) {
            return Long.MAX_VALUE;
        }
        if (v.isConst()) {
            return v.aux >= 0 ? v.aux : Long.MAX_VALUE;
        }
        if (v.op == Op.AND) {
            return Math.min(maxOf(v.arg(0)), maxOf(v.arg(1)));
        }
        if (v.op == Op.USHR && v.arg(1).isConst() && (v.arg(1).aux & 31) != 0) {
            return (1L << (32 - (v.arg(1).aux & 31))) - 1;
        }
        return Long.MAX_VALUE;
    }

    /** {@code w} is below some array length (or a small non-negative constant), so {@code w + c} cannot wrap. */
    private boolean belowSomeLength(Insn w, List<Fact> facts) {
        for (Fact x : facts) {
            if (x.a() == w && (x.cond() == Cond.LT || x.cond() == Cond.LO) && isLength(x.b())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A value no larger than {@link #MAX_STEP}: an array length (bounded by the 264 KiB of RAM) or
     * a constant up to 2^30. Being below one, adding a step below 2^30 cannot wrap around.
     */
    private static boolean isLength(Insn v) {
        return v.op == Op.ARRAYLEN || (v.isConst() && v.aux >= 0 && v.aux <= MAX_STEP);
    }

    private static boolean sameOrSmallerLength(Insn x, Insn len) {
        return x == len || (x.isConst() && len.isConst() && x.aux <= len.aux);
    }
}
