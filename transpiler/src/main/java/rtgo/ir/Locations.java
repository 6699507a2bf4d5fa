package rtgo.ir;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The verifier's check of a register allocation, written independently of the allocator (it
 * recomputes liveness from the IR): every value has a location its op allows, pre-coloured values
 * are in their register, an argument read after the result is written (a late use) is not in the
 * result's register, no two values live at the same time share a register or a spill slot, and no
 * value lives in r0-r3 across a call.
 *
 * <p>Liveness is that of SSA with phis: a phi's argument is live at the end of its predecessor, all
 * phis of a block are defined together at its start. A copy may share its source's location (both
 * hold the same bits). Re-materialised constants and incoming stack arguments occupy nothing.
 */
final class Locations {
    private static final int CALLER_SAVED = 0x0f;
    /** r8..r11, where {@code high-spill} moves the busiest spill slots. */
    private static final int HIGH_FIRST = 8;
    private static final int HIGH_LAST = 11;

    private final Func f;
    private final List<String> problems;

    Locations(Func f, List<String> problems) {
        this.f = f;
        this.problems = problems;
    }

    void check() {
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                located(i);
            }
        }
        if (!problems.isEmpty()) {
            return;
        }
        Map<Block, BitSet> liveIn = liveIn();
        Map<Integer, Insn> byId = new HashMap<>();
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                byId.put(i.id, i);
            }
        }
        for (Block b : f.blocks) {
            BitSet live = liveOut(b, liveIn);
            for (int k = b.insns.size() - 1; k >= 0; k--) {
                Insn i = b.insns.get(k);
                if (i.op == Op.PHI) {
                    break;
                }
                if (i.clobbersCallerSaved()) {
                    for (int v = live.nextSetBit(0); v >= 0; v = live.nextSetBit(v + 1)) {
                        Insn u = byId.get(v);
                        if (u != i && u.loc.isReg() && (CALLER_SAVED & (1 << u.loc.reg())) != 0) {
                            problem(i, u + " lives in " + u.loc + " across the call, which clobbers it");
                        }
                    }
                }
                if (tracked(i)) {
                    for (int v = live.nextSetBit(0); v >= 0; v = live.nextSetBit(v + 1)) {
                        Insn u = byId.get(v);
                        if (u != i && u.loc == i.loc && !sameBits(i, u)) {
                            problem(i, "is written to " + where(i) + " while " + u + " still lives there");
                        }
                    }
                    live.clear(i.id);
                }
                for (int a = 0; a < i.args.length; a++) {
                    Insn arg = i.args[a];
                    if (i.hasValue() && !i.loc.isNone() && arg.loc == i.loc && lateUse(i, a) && tracked(arg)) {
                        problem(i, "argument " + a + " is read after the result is written, but both are in " + where(i));
                    }
                    if (tracked(arg)) {
                        live.set(arg.id);
                    }
                }
            }
            // the phis are written together on entry, over what else lives into the block
            List<Insn> phis = b.phis();
            for (Insn p : phis) {
                if (!tracked(p)) {
                    continue;
                }
                for (int v = live.nextSetBit(0); v >= 0; v = live.nextSetBit(v + 1)) {
                    Insn u = byId.get(v);
                    if (u.op == Op.PHI && u.block == b) {
                        continue;
                    }
                    if (u.loc == p.loc) {
                        problem(p, "is written to " + where(p) + " on entry while " + u + " still lives there");
                    }
                }
                for (Insn q : phis) {
                    if (q != p && q.id < p.id && tracked(q) && q.loc == p.loc) {
                        problem(p, "shares " + where(p) + " with phi " + q);
                    }
                }
            }
        }
    }

    private static boolean lateUse(Insn i, int a) {
        return i.op.lateUse(a) && !(i.op.has(Op.Flags.TWO_ADDR) && i.arg(a) == i.arg(0));
    }

    /** A copy holds its source's bits, so the two may share a location while both live. */
    private static boolean sameBits(Insn def, Insn live) {
        return (def.op == Op.COPY || def.op == Op.CAST) && def.arg(0) == live;
    }

    /** Values that occupy a register or a spill slot. */
    private static boolean tracked(Insn v) {
        return v.hasValue() && (v.loc.isReg() || v.loc.isSlot());
    }

    private void located(Insn i) {
        if (!i.hasValue()) {
            return;
        }
        Loc loc = i.loc;
        if (loc.isNone()) {
            problem(i, "has no location");
        } else if (!i.fixedReg.isNone() && loc != i.fixedReg) {
            problem(i, "must be in " + i.fixedReg + " but is in " + where(i));
        } else if (loc.isRemat()) {
            if (i.op != Op.T_MOVI && i.op != Op.T_LDRLIT) {
                problem(i, "is re-materialised but is no constant");
            }
        } else if (loc.isInArg()) {
            if (i.op != Op.PARAM) {
                problem(i, "is in an incoming argument slot but is no parameter");
            }
        } else if (loc.isReg() && !loc.isLowReg()) {
            boolean spillable = i.op.anyRegs || i.op == Op.PHI;
            if (!spillable || loc.reg() < HIGH_FIRST || loc.reg() > HIGH_LAST) {
                problem(i, "is in " + where(i) + ", which " + i.op.text() + " cannot use");
            }
        } else if (loc.isSlot() && !(i.op.anyRegs || i.op == Op.PHI)) {
            problem(i, "is in " + where(i) + ", but " + i.op.text() + " writes a register");
        }
    }

    private Map<Block, BitSet> liveIn() {
        return Liveness.liveIn(f, Locations::tracked);
    }

    /** Live at the end of {@code b}: what its successors need, phi arguments for this edge included. */
    private static BitSet liveOut(Block b, Map<Block, BitSet> liveIn) {
        return Liveness.liveOut(b, liveIn, Locations::tracked);
    }

    private static String where(Insn v) {
        return v.loc.isSlot() ? "slot " + v.loc.slot() : v.loc.toString();
    }

    private void problem(Insn i, String msg) {
        problems.add(i.block + ": " + Printer.insn(i) + "  -- " + msg);
    }
}
