package rtgo.opt;

import java.util.ArrayList;
import java.util.List;
import rtgo.ir.Block;
import rtgo.ir.Cfg;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Op;
import rtgo.ir.Type;

/**
 * Gives element accesses inside loops an explicit element base ({@link Op#ELEMBASE}: the array's
 * address plus its 8-byte header), which code motion then hoists out of the loop. Thumb-1 loads and
 * stores take a register offset, so {@code a[i]} becomes one instruction for bytes
 * ({@code ldrb r, [base, i]}) and two for ints ({@code lsls t, i, #2; ldr r, [base, t]}) instead of
 * adding the array and the header in every iteration. Outside loops nothing is gained, so only
 * accesses in loops with a variable index get a base.
 *
 * <p>Requires: generic IR with checks already placed. The access keeps its array operand (for
 * the IR's meaning and for value numbering); the back end addresses through the base.
 */
public final class ElementAddressing {
    private ElementAddressing() {}

    public static void run(Func f) {
        Cfg.loops(f);
        for (Block b : f.blocks) {
            if (b.loopDepth == 0) {
                continue;
            }
            List<Insn> list = b.insns;
            for (Insn i : new ArrayList<>(list)) {
                boolean load = i.op == Op.ALOAD && i.args.length == 2;
                boolean store = i.op == Op.ASTORE && i.args.length == 3;
                if ((load || store) && !i.arg(1).isConst()) {
                    Insn base = f.make(Op.ELEMBASE, Type.I, i.arg(0));
                    base.interior = true;
                    base.line = i.line;
                    base.block = b;
                    list.add(list.indexOf(i), base);
                    i.appendArg(base);
                }
            }
        }
    }
}
