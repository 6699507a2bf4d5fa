package rtgo.opt;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import rtgo.ir.Block;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Op;

/**
 * Dead-code removal by marking: everything with an effect and every terminator is live, and so is
 * everything they use; the rest — pure ops and phis, including dead phi cycles — is removed. Memory
 * reads are removable only before lowering: there, device-register reads (Mem.load*) are ops with
 * an effect of their own, while after lowering a load is a load and may be one of them.
 */
public final class Cleanup {
    private Cleanup() {}

    /** After lowering: keeps every memory read. */
    public static void removeDead(Func f) {
        removeDead(f, false);
    }

    public static void removeDead(Func f, boolean unusedReadsToo) {
        BitSet live = new BitSet(f.idLimit());
        Deque<Insn> work = new ArrayDeque<>();
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                boolean removableRead = unusedReadsToo && i.op.has(Op.Flags.READS) && !i.op.has(Op.Flags.EFFECT);
                if (!i.op.isPure() && i.op != Op.PHI && !removableRead) {
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
