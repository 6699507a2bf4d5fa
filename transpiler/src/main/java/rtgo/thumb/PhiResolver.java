package rtgo.thumb;

import java.util.ArrayList;
import java.util.List;
import rtgo.ir.Block;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Loc;
import rtgo.ir.Unit;

/**
 * Turns phis into moves on their incoming edges. All moves of one edge happen "at once" (a parallel
 * copy); they are put in an order where no move overwrites a location another move still reads.
 * Cycles (a loop that swaps two variables) are broken through a temporary: ip when only registers
 * take part, otherwise a dedicated scratch stack slot (stack-to-stack moves themselves go through
 * ip, see the emitter).
 */
public final class PhiResolver {
    private final Func f;
    private final Allocation alloc;
    private int scratch = -1;

    /**
     * A move still to be ordered: from {@code src} (which a cycle may redirect to a temporary), or
     * from the constant {@code constant}, a source that no move overwrites, to {@code dst}.
     */
    private static final class Pending {
        Loc src;
        final Loc dst;
        final Insn constant;

        Pending(Loc src, Loc dst, Insn constant) {
            this.src = src;
            this.dst = dst;
            this.constant = constant;
        }

        /** Whether this move reads location {@code loc} (a constant reads none). */
        boolean reads(Loc loc) {
            return constant == null && src == loc;
        }
    }

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
                List<Pending> moves = new ArrayList<>();
                for (Insn phi : phis) {
                    Insn a = phi.arg(p);
                    Loc src = a.loc;
                    Loc dst = phi.loc;
                    if (src.isNone() || dst.isNone()) {
                        throw new IllegalStateException("unallocated phi operand in " + f.displayName);
                    }
                    if (src.isRemat()) {
                        // a constant is no location: a source that nothing overwrites
                        moves.add(new Pending(Loc.REMAT, dst, a));
                    } else if (src != dst) {
                        moves.add(new Pending(src, dst, null));
                    }
                }
                if (moves.isEmpty()) {
                    continue;
                }
                List<Allocation.Move> seq = new ArrayList<>();
                for (Pending m : sequentialise(moves)) {
                    seq.add(new Allocation.Move(m.src, m.dst, m.constant));
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

    private List<Pending> sequentialise(List<Pending> pending) {
        List<Pending> out = new ArrayList<>();
        pending = new ArrayList<>(pending);
        while (!pending.isEmpty()) {
            boolean progress = false;
            for (int k = 0; k < pending.size(); k++) {
                Pending m = pending.get(k);
                if (!isSource(pending, m.dst, k)) {
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
            Pending m = null;
            boolean allRegs = true;
            for (Pending x : pending) {
                boolean constant = x.constant != null;
                if (m == null && !constant) {
                    m = x;
                }
                // moves into stack slots (and constants into them) go through ip, so ip is only
                // free as the temporary when every destination is a register
                allRegs &= x.dst.isReg() && (constant || x.src.isReg());
                // (HighSpill later turns some spill slots into r8..r11: a move between such a
                // register and a stack slot or a constant then goes through r7 and ip, which is
                // only safe because a sequence with any slot or constant never uses ip as its temp)
            }
            Loc tmp = allRegs ? Allocation.IP : scratchSlot();
            out.add(new Pending(m.src, tmp, null));
            // only m reads the temporary: other moves from the same source are no part of the cycle
            // (each location has one writer) and still go before the move that overwrites it
            m.src = tmp;
        }
        return out;
    }

    private static boolean isSource(List<Pending> moves, Loc loc, int except) {
        for (int k = 0; k < moves.size(); k++) {
            if (k != except && moves.get(k).reads(loc)) {
                return true;
            }
        }
        return false;
    }

    private Loc scratchSlot() {
        if (scratch < 0) {
            scratch = alloc.slots++;
        }
        return Loc.slot(scratch);
    }
}
