package rtgo.ir;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * SSA liveness over value ids, for the checks and tables made after register allocation (the
 * verifier's allocation check, the stack maps): a phi's argument is live at the end of its
 * predecessor, the phis of a block are defined together at its start. Only values {@code tracked}
 * accepts count (those that occupy a location).
 */
public final class Liveness {
    private Liveness() {}

    /** What lives into each block. */
    public static Map<Block, BitSet> liveIn(Func f, Predicate<Insn> tracked) {
        Map<Block, BitSet> in = new HashMap<>();
        for (Block b : f.blocks) {
            in.put(b, new BitSet());
        }
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int k = f.blocks.size() - 1; k >= 0; k--) {
                Block b = f.blocks.get(k);
                BitSet live = liveOut(b, in, tracked);
                for (int j = b.insns.size() - 1; j >= 0; j--) {
                    Insn i = b.insns.get(j);
                    live.clear(i.id);
                    if (i.op != Op.PHI) {
                        for (Insn a : i.args) {
                            if (tracked.test(a)) {
                                live.set(a.id);
                            }
                        }
                    }
                }
                for (Insn p : b.phis()) {
                    if (tracked.test(p)) {
                        live.set(p.id); // defined on entry: live into the block's body
                    }
                }
                if (!live.equals(in.get(b))) {
                    in.put(b, live);
                    changed = true;
                }
            }
        }
        return in;
    }

    /** Live at the end of {@code b}: what its successors need, phi arguments for this edge included. */
    public static BitSet liveOut(Block b, Map<Block, BitSet> liveIn, Predicate<Insn> tracked) {
        BitSet out = new BitSet();
        for (Block s : b.succs) {
            BitSet in = (BitSet) liveIn.get(s).clone();
            int p = s.predIndex(b);
            List<Insn> phis = s.phis();
            for (Insn phi : phis) {
                in.clear(phi.id);
            }
            for (Insn phi : phis) {
                if (tracked.test(phi.arg(p))) {
                    in.set(phi.arg(p).id);
                }
            }
            out.or(in);
        }
        return out;
    }
}
