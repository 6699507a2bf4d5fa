package rtgo.thumb;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import rtgo.ir.Block;
import rtgo.ir.Cfg;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Op;

/**
 * Orders blocks into fall-through chains: starting from blocks in reverse postorder, each chain
 * follows a goto's target, or a branch's successor that javac laid out next (the false side),
 * else the other one, while they are unplaced. A rotated loop's bottom test then falls through
 * to the loop exit and branches back once per iteration; a guard falls into its loop.
 */
public final class BlockLayout {
    private BlockLayout() {}

    public static void run(Func f) {
        List<Block> rpo = Cfg.reversePostorder(f);
        Set<Block> placed = new HashSet<>();
        List<Block> order = new ArrayList<>();
        for (Block start : rpo) {
            Block cur = start;
            while (cur != null && placed.add(cur)) {
                order.add(cur);
                cur = next(cur, placed);
            }
        }
        f.blocks.clear();
        f.blocks.addAll(order);
    }

    /**
     * Placed, or a goto-only block (a split edge) leading to a placed block: falling into it
     * would only jump away again, so the other successor is the better fall-through.
     */
    private static boolean done(Block b, Set<Block> placed) {
        if (placed.contains(b)) {
            return true;
        }
        return b.insns.size() == 1 && b.insns.get(0).op == Op.GOTO && placed.contains(b.succs.get(0));
    }

    private static Block next(Block b, Set<Block> placed) {
        Insn t = b.terminator();
        if (t == null || b.succs.isEmpty()) {
            return null;
        }
        if (t.op == Op.IF || t.op == Op.T_IFI || t.op == Op.LIF) {
            Block fallThrough = b.succs.get(1);
            Block jump = b.succs.get(0);
            if (!done(fallThrough, placed)) {
                return fallThrough;
            }
            return done(jump, placed) ? null : jump;
        }
        if (t.op == Op.GOTO || t.op == Op.EXCEPT) {
            Block s = b.succs.get(0);
            return placed.contains(s) ? null : s;
        }
        return null;
    }
}
