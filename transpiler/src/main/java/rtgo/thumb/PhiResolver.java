package rtgo.thumb;

import java.util.ArrayList;
import java.util.List;
import rtgo.ir.Block;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Unit;

/**
 * Turns phis into moves on their incoming edges. All moves of one edge happen "at once" (a parallel
 * copy); they are put in an order where no move overwrites a location another move still reads.
 * Cycles (a loop that swaps two variables) are broken through a temporary: ip when only registers
 * take part, otherwise a dedicated scratch stack slot (stack-to-stack moves themselves go through
 * ip, see the emitter).
 */
public final class PhiResolver {
    /** Pseudo-locations for constant sources count down from here. */
    private static final int CONSTANT_BASE = -1000;

    private final Func f;
    private final Allocation alloc;
    private int scratch = -1;

    private PhiResolver(Func f, Allocation alloc) {
        this.f = f;
        this.alloc = alloc;
    }

    /** Decides the moves of every phi of {@code u.f} into the unit's {@link Allocation}. */
    public static void run(Unit u) {
        new PhiResolver(u.f, u.get(Allocation.class)).resolve();
    }

    private Allocation resolve() {
        for (Block b : f.blocks) {
            List<Insn> phis = b.phis();
            if (phis.isEmpty()) {
                continue;
            }
            for (int p = 0; p < b.preds.size(); p++) {
                Block pred = b.preds.get(p);
                List<int[]> moves = new ArrayList<>();
                List<Insn> constants = new ArrayList<>();
                for (Insn phi : phis) {
                    Insn a = phi.arg(p);
                    int src = a.loc;
                    int dst = phi.loc;
                    if (src < 0 || dst < 0) {
                        throw new IllegalStateException("unallocated phi operand in " + f.displayName);
                    }
                    if (src == Insn.REMAT) {
                        // a constant is no location: a unique pseudo-source that nothing overwrites
                        src = CONSTANT_BASE - constants.size();
                        constants.add(a);
                    }
                    if (src != dst) {
                        moves.add(new int[] {src, dst});
                    }
                }
                if (moves.isEmpty()) {
                    continue;
                }
                List<Allocation.Move> seq = new ArrayList<>();
                for (int[] m : sequentialise(moves)) {
                    Insn c = m[0] <= CONSTANT_BASE ? constants.get(CONSTANT_BASE - m[0]) : null;
                    seq.add(new Allocation.Move(c != null ? Insn.REMAT : m[0], m[1], c));
                }
                if (pred.succs.size() == 1) {
                    alloc.atEnd.computeIfAbsent(pred, k -> new ArrayList<>()).addAll(seq);
                } else if (b.preds.size() == 1) {
                    alloc.atStart.computeIfAbsent(b, k -> new ArrayList<>()).addAll(seq);
                } else {
                    throw new IllegalStateException("critical edge " + pred + " -> " + b + " was not split");
                }
            }
        }
        return alloc;
    }

    private List<int[]> sequentialise(List<int[]> pending) {
        List<int[]> out = new ArrayList<>();
        pending = new ArrayList<>(pending);
        while (!pending.isEmpty()) {
            boolean progress = false;
            for (int k = 0; k < pending.size(); k++) {
                int[] m = pending.get(k);
                if (!isSource(pending, m[1], k)) {
                    out.add(m);
                    pending.remove(k);
                    progress = true;
                    break;
                }
            }
            if (progress) {
                continue;
            }
            // Only cycles remain (plus moves waiting on them): park a real source in a temporary.
            int[] m = null;
            boolean allRegs = true;
            for (int[] x : pending) {
                boolean constant = x[0] <= CONSTANT_BASE;
                if (m == null && !constant) {
                    m = x;
                }
                // moves into stack slots (and constants into them) go through ip, so ip is only
                // free as the temporary when every destination is a register
                allRegs &= x[1] < 16 && (constant || x[0] < 16);
                // (HighSpill later turns some spill slots into r8..r11: a move between such a
                // register and a stack slot or a constant then goes through r7 and ip, which is
                // only safe because a sequence with any slot or constant never uses ip as its temp)
            }
            int tmp = allRegs ? Allocation.IP : scratchSlot();
            out.add(new int[] {m[0], tmp});
            for (int[] x : pending) {
                if (x[0] == m[0]) {
                    x[0] = tmp;
                }
            }
        }
        return out;
    }

    private static boolean isSource(List<int[]> moves, int loc, int except) {
        for (int k = 0; k < moves.size(); k++) {
            if (k != except && moves.get(k)[0] == loc) {
                return true;
            }
        }
        return false;
    }

    private int scratchSlot() {
        if (scratch < 0) {
            scratch = alloc.slots++;
        }
        return Insn.STACK + scratch;
    }
}
