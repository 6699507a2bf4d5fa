package rtgo.opt;

import java.util.ArrayList;
import java.util.Arrays;
import rtgo.ir.Block;
import rtgo.ir.Cfg;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Op;
import rtgo.ir.Type;

/**
 * Jump threading of a branch on a phi of constants: a block that holds only {@code p = phi(...)}
 * and {@code if p <cond> c} decides, for each predecessor that brings a constant, where control
 * goes next; that predecessor jumps there directly. This is the shape an inlined boolean helper
 * leaves behind ({@code if (isOdd(v))} with {@code isOdd} returning {@code (v & 1) != 0}): the
 * boolean is made as 0 or 1 on two paths, merged, and compared with 0 again.
 *
 * <p>Design note. The block must hold nothing but the phi (used by the branch only), the
 * branch and constants only the branch uses, so skipping it skips no computation; a target's phis take, for the new edge, what they
 * took on the edge from the block, which is defined outside the block and therefore dominates its
 * predecessors. The block must not be a loop header (an entry edge into the middle of a loop
 * would make the graph irreducible), a predecessor must end in a goto or a branch (not an
 * exception edge) and must not already lead to the target. A block left without predecessors is
 * removed. Requires: generic SSA. Keeps: SSA.
 */
public final class BranchThreading {
    private BranchThreading() {}

    public static void run(Func f) {
        boolean any = false;
        for (Block b : new ArrayList<>(f.blocks)) {
            any |= thread(f, b);
        }
        if (any) {
            Cfg.removeUnreachable(f);
        }
    }

    private static boolean thread(Func f, Block b) {
        if (b.insns.size() < 2 || b.succs.size() != 2 || b.succs.get(0) == b.succs.get(1)) {
            return false;
        }
        Insn phi = b.insns.get(0);
        Insn t = b.terminator();
        if (phi.op != Op.PHI || phi.type != Type.I || t.op != Op.IF) {
            return false;
        }
        for (Insn i : b.insns.subList(1, b.insns.size() - 1)) {
            if (i.op != Op.CONST || usedElsewhere(f, i, t)) {
                return false; // the branch's own constant operand is all else it may hold
            }
        }
        int side = t.arg(0) == phi && t.arg(1).isConst() ? 0 : t.arg(1) == phi && t.arg(0).isConst() ? 1 : -1;
        if (side < 0 || usedElsewhere(f, phi, t) || isLoopHeader(f, b)) {
            return false;
        }
        boolean any = false;
        for (int k = b.preds.size() - 1; k >= 0; k--) {
            Insn v = phi.args[k];
            Block p = b.preds.get(k);
            Insn pt = p.terminator();
            if (!v.isConst() || p == b || b.preds.indexOf(p) != b.preds.lastIndexOf(p)
                    || pt == null || (pt.op != Op.GOTO && pt.op != Op.IF)) {
                continue;
            }
            boolean taken = side == 0 ? t.cond().test(v.aux, t.arg(1).aux) : t.cond().test(t.arg(0).aux, v.aux);
            Block target = b.succs.get(taken ? 0 : 1);
            if (target == b || target.preds.contains(p)) {
                continue;
            }
            int from = target.predIndex(b);
            p.succs.set(p.succs.indexOf(b), target);
            target.preds.add(p);
            for (Insn tp : target.phis()) {
                Insn[] args = Arrays.copyOf(tp.args, tp.args.length + 1);
                args[tp.args.length] = tp.args[from];
                tp.args = args;
            }
            Cfg.removePred(b, k);
            any = true;
        }
        return any;
    }

    private static boolean usedElsewhere(Func f, Insn phi, Insn user) {
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                if (i != user && Arrays.asList(i.args).contains(phi)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether some predecessor of {@code b} is dominated by it (a back edge enters {@code b}). */
    private static boolean isLoopHeader(Func f, Block b) {
        Block[] idom = Cfg.dominators(f);
        for (Block p : b.preds) {
            if (p.id < idom.length && idom[p.id] != null && Cfg.dominates(idom, b, p)) {
                return true;
            }
        }
        return false;
    }
}
