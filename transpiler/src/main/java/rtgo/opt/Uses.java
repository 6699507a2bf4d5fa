package rtgo.opt;

import rtgo.ir.Block;
import rtgo.ir.Func;
import rtgo.ir.Insn;

/** Whole-function use rewriting shared by the passes. */
final class Uses {
    private Uses() {}

    /** Replaces every use of {@code from} by {@code to}. */
    static void replaceAll(Func f, Insn from, Insn to) {
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                i.replaceArg(from, to);
            }
        }
    }

    static void remove(Insn i) {
        i.block.insns.remove(i);
    }
}
