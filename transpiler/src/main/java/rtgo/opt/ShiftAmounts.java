package rtgo.opt;

import java.util.ArrayList;
import java.util.List;
import rtgo.ir.Block;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Op;
import rtgo.ir.Type;

/**
 * Java shifts an int by the amount's low five bits; Thumb's register shifts take the low byte (an
 * amount of 32 to 255 gives 0 or the sign). A shift by a variable amount therefore needs
 * {@code amount & 31}. Lowering used to add that AND beside the shift, after code motion, so a
 * loop shifting by an invariant amount masked it again in every iteration (a radix sort's digit
 * loop: three instructions per element). This pass makes the AND an ordinary IR value before value
 * numbering and code motion, which share and hoist it; lowering then sees a masked amount and adds
 * nothing (Lowering.knownBelow32).
 *
 * <p>Requires: generic SSA. Keeps: SSA, block order.
 */
public final class ShiftAmounts {
    private ShiftAmounts() {}

    public static void run(Func f) {
        for (Block b : f.blocks) {
            List<Insn> insns = b.insns;
            for (Insn i : new ArrayList<>(insns)) {
                if ((i.op == Op.SHL || i.op == Op.SHR || i.op == Op.USHR) && i.type == Type.I
                        && !masked(i.arg(1))) {
                    Insn mask = f.make(Op.CONST, Type.I);
                    mask.aux = 31;
                    Insn and = f.make(Op.AND, Type.I, i.arg(1), mask);
                    for (Insn n : List.of(mask, and)) {
                        n.line = i.line;
                        n.block = b;
                        insns.add(insns.indexOf(i), n);
                    }
                    i.args[1] = and;
                }
            }
        }
    }

    /** A constant (lowering takes its low bits) or an amount already within 0..31. */
    private static boolean masked(Insn amount) {
        if (amount.op == Op.CONST) {
            return true;
        }
        return amount.op == Op.AND && (small(amount.arg(0)) || small(amount.arg(1)));
    }

    private static boolean small(Insn v) {
        return v.op == Op.CONST && v.aux >= 0 && v.aux <= 31;
    }
}
