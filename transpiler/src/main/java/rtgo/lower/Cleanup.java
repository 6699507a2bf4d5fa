package rtgo.lower;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import rtgo.ir.Block;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Op;

/**
 * Dead-code removal by marking: everything with an effect, every memory read (device registers may
 * have read side effects) and every terminator is live, and so is everything they use; the rest —
 * pure ops and phis, including dead phi cycles — is removed.
 */
public final class Cleanup {
    private Cleanup() {}

    public static void removeDead(Func f) {
        BitSet live = new BitSet(f.idLimit());
        Deque<Insn> work = new ArrayDeque<>();
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                if (!i.op.isPure() && i.op != Op.PHI) {
                    live.set(i.id);
                    work.push(i);
                }
            }
        }
        while (!work.isEmpty()) {
            Insn i = work.pop();
            for (Insn a : i.args) {
                if (!live.get(a.id)) {
                    live.set(a.id);
                    work.push(a);
                }
            }
        }
        for (Block b : f.blocks) {
            b.insns.removeIf(i -> !live.get(i.id));
        }
    }
}
