package rtgo.thumb;

import java.util.HashMap;
import java.util.Map;
import rtgo.ir.Block;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Op;

/**
 * Peephole rewrites of lowered Thumb ops, before register allocation: instruction pairs that the
 * per-op lowering leaves behind and that cycle profiles of the benchmarks show in hot loops.
 * <ul>
 * <li>an extension of a value that is already extended that way ({@code sxtb} of an {@code sxtb}
 *     or of an {@code ldrsb}, {@code uxth} of an {@code ldrh}...) is the value itself;</li>
 * <li>{@code ands} with a {@code mvns} used nowhere else is {@code bics} ({@code x & ~y});</li>
 * <li>{@code -(x & 1)}, lowered as {@code lsls #31; lsrs #31; rsbs #0}, is {@code lsls #31;
 *     asrs #31} (the CRC step's mask).</li>
 * </ul>
 *
 * <p>Design note. These work on SSA values, not on assembly text, so they need no liveness of
 * registers and cannot break a flag that a later branch reads (the emitter tracks flags per
 * value). Rewrites after allocation (a spill store and a reload of the same slot, moves to
 * oneself, branches to the next instruction) are the layout's and the emitter's.
 */
public final class Peephole {
    private Peephole() {}

    /** Registered as the pass {@code peephole} (rtgo.driver.Passes), after constants are materialised. */
    public static void run(Func f) {
        Map<Insn, Integer> uses = new HashMap<>();
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                for (Insn a : i.args) {
                    uses.merge(a, 1, Integer::sum);
                }
            }
        }
        Map<Insn, Insn> replaced = new HashMap<>();
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                if (i.op == Op.PHI || i.args.length == 0 || !i.fixedReg.isNone()) {
                    continue;
                }
                Insn x = i.arg(0);
                switch (i.op) {
                    case T_SXTB -> {
                        if (is(x, Op.T_SXTB, Op.T_LDRSBR)) {
                            replaced.put(i, x);
                        }
                    }
                    case T_SXTH -> {
                        if (is(x, Op.T_SXTH, Op.T_SXTB, Op.T_LDRSHR, Op.T_LDRSBR, Op.T_UXTB, Op.T_LDRB, Op.T_LDRBR)) {
                            replaced.put(i, x);
                        }
                    }
                    case T_UXTB -> {
                        if (is(x, Op.T_UXTB, Op.T_LDRB, Op.T_LDRBR)) {
                            replaced.put(i, x);
                        }
                    }
                    case T_UXTH -> {
                        if (is(x, Op.T_UXTH, Op.T_UXTB, Op.T_LDRH, Op.T_LDRHR, Op.T_LDRB, Op.T_LDRBR)) {
                            replaced.put(i, x);
                        }
                    }
                    case T_AND -> {
                        for (int k = 0; k < 2; k++) {
                            Insn not = i.arg(1 - k);
                            if (not.op == Op.T_MVN && uses.get(not) == 1 && i.arg(k) != not) {
                                i.op = Op.T_BIC;
                                i.args = new Insn[] {i.arg(k), not.arg(0)};
                                break;
                            }
                        }
                    }
                    case T_NEG -> {
                        if (x.op == Op.T_LSRI && x.aux == 31 && x.arg(0).op == Op.T_LSLI && x.arg(0).aux == 31) {
                            i.op = Op.T_ASRI;
                            i.aux = 31;
                            i.args = new Insn[] {x.arg(0)};
                        }
                    }
                    default -> { }
                }
            }
        }
        if (replaced.isEmpty()) {
            return;
        }
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                for (int k = 0; k < i.args.length; k++) {
                    Insn to = i.args[k];
                    while (replaced.containsKey(to)) {
                        to = replaced.get(to);
                    }
                    i.args[k] = to;
                }
            }
        }
        rtgo.opt.Cleanup.removeDead(f);
    }

    private static boolean is(Insn v, Op... ops) {
        for (Op op : ops) {
            if (v.op == op) {
                return true;
            }
        }
        return false;
    }
}
