package rtgo.thumb;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import rtgo.ir.Block;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Liveness;
import rtgo.ir.Loc;
import rtgo.ir.Op;
import rtgo.ir.Type;

/**
 * The stack maps of one allocated function (docs/abi.md, "Stack maps"): for each instruction that
 * makes a call site, where the references that live across it are, so that a collection that
 * happens during the call finds every live reference and nothing else.
 *
 * <p>What lives across a site is recomputed from the allocated IR (SSA liveness, a phi's argument
 * live at the end of its predecessor). A reference lives in a callee-saved register (r4-r11: the
 * collector finds its value where a callee saved it, or in the register itself), in a spill slot or
 * in an incoming stack argument; only across a class-initialisation check (its stub saves r0-r3)
 * can it be in r0-r3. A failed check's call (a throw stub) has a map only when the check has a
 * handler in this frame: otherwise the frame ends with the throw and nothing in it needs keeping.
 * Interior pointers (array element bases, {@link Insn#interior}, and copies and phis of them) are
 * marked as such; the collector keeps their array alive.
 */
final class StackMaps {
    private final Frame frame;
    private final Map<Insn, String> maps = new HashMap<>();
    private final Map<Insn, Boolean> interior = new HashMap<>();

    StackMaps(Func f, Frame frame) {
        this.frame = frame;
        Map<Integer, Insn> byId = new HashMap<>();
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                byId.put(i.id, i);
            }
        }
        Map<Block, BitSet> in = liveIn(f);
        for (Block b : f.blocks) {
            BitSet live = liveOut(b, in);
            boolean handler = b.terminator() != null && b.terminator().op == Op.EXCEPT;
            for (int k = b.insns.size() - 1; k >= 0; k--) {
                Insn i = b.insns.get(k);
                if (i.op == Op.PHI) {
                    break;
                }
                live.clear(i.id);
                boolean site = i.op == Op.CALL || i.op == Op.CALLV || i.op == Op.INITCHECK
                        || (handler && i.op.isCheck());
                if (site) {
                    try {
                        maps.put(i, encode(live, byId, i.op == Op.INITCHECK));
                    } catch (IllegalStateException e) {
                        throw new IllegalStateException(e.getMessage() + " (" + i + " in " + f.displayName + ")", e);
                    }
                }
                for (Insn a : i.args) {
                    if (tracked(a)) {
                        live.set(a.id);
                    }
                }
            }
        }
    }

    /** The map of the call site {@code i} makes, as FrameTable keys it; null when nothing lives across it. */
    String at(Insn i) {
        return maps.get(i);
    }

    private String encode(BitSet live, Map<Integer, Insn> byId, boolean lowRegs) {
        int regs = 0;
        int interiorRegs = 0;
        TreeSet<Integer> slots = new TreeSet<>();
        for (int id = live.nextSetBit(0); id >= 0; id = live.nextSetBit(id + 1)) {
            Insn v = byId.get(id);
            boolean inner = isInterior(v);
            if (v.type != Type.R && !inner) {
                continue;
            }
            Loc loc = v.loc;
            if (loc.isReg()) {
                int r = loc.reg();
                if (r < 4 && !lowRegs) {
                    throw new IllegalStateException(v + " lives in r" + r + " across a call");
                }
                if (inner) {
                    interiorRegs |= 1 << r;
                } else {
                    regs |= 1 << r;
                }
            } else if (loc.isSlot() || loc.isInArg()) {
                int words = frame.offset(loc) / 4;
                if (words >= 0x8000) {
                    throw new IllegalStateException("a reference " + words + " words above sp");
                }
                slots.add(words | (inner ? 0x8000 : 0));
            }
        }
        if (regs == 0 && interiorRegs == 0 && slots.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder().append(regs).append(", ").append(interiorRegs).append(", ").append(slots.size());
        for (int s : slots) {
            sb.append(", ").append(s);
        }
        return sb.toString();
    }

    /** An element base, or a copy or phi of element bases. */
    private boolean isInterior(Insn v) {
        if (v.interior) {
            return true;
        }
        if (v.type == Type.R || !(v.op == Op.PHI || v.op == Op.COPY || v.op == Op.T_SPILL || v.op == Op.T_RELOAD)) {
            return false;
        }
        Boolean known = interior.get(v);
        if (known != null) {
            return known;
        }
        interior.put(v, false); // a cycle of phis: interior only if something outside it is
        boolean any = false;
        for (Insn a : v.args) {
            any |= isInterior(a);
        }
        interior.put(v, any);
        return any;
    }

    /** Values that hold bits somewhere a collection can read: registers, spill slots, stack arguments. */
    private static boolean tracked(Insn v) {
        return v.hasValue() && (v.loc.isReg() || v.loc.isSlot() || v.loc.isInArg());
    }

    private static Map<Block, BitSet> liveIn(Func f) {
        return Liveness.liveIn(f, StackMaps::tracked);
    }

    private static BitSet liveOut(Block b, Map<Block, BitSet> liveIn) {
        return Liveness.liveOut(b, liveIn, StackMaps::tracked);
    }
}
