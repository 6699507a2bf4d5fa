package rtgo.opt;

import java.util.LinkedHashMap;
import java.util.Map;
import rtgo.ir.Block;
import rtgo.ir.Func;
import rtgo.ir.Insn;

/** Copying a counted loop's blocks, shared by versioning and unrolling. */
final class LoopCopy {
    private LoopCopy() {}

    /**
     * Copies the blocks and instructions of {@code cl} into new blocks of {@code f}. Instructions
     * already in {@code copyOf} are not copied: the copy uses the value they map to (unrolling
     * maps the header's phis so). Every other instruction gets an entry in {@code copyOf}.
     * Arguments, predecessors and successors inside the loop are renamed to their copies; those
     * outside (the entry, the exit, invariant values) stay. Returns the copy of each block.
     */
    static Map<Block, Block> copy(Func f, CountedLoop cl, Map<Insn, Insn> copyOf) {
        Map<Block, Block> blockCopy = new LinkedHashMap<>();
        for (Block b : cl.blocks) {
            blockCopy.put(b, f.newBlock());
        }
        Map<Insn, Insn> seeded = Map.copyOf(copyOf);
        for (Block b : cl.blocks) {
            Block nb = blockCopy.get(b);
            for (Insn i : b.insns) {
                if (seeded.containsKey(i)) {
                    continue;
                }
                Insn c = f.make(i.op, i.type, i.args.clone());
                c.aux = i.aux;
                c.aux2 = i.aux2;
                c.sym = i.sym;
                c.table = i.table;
                c.mem = i.mem;
                c.line = i.line;
                c.interior = i.interior;
                c.refType = i.refType;
                c.block = nb;
                nb.insns.add(c);
                copyOf.put(i, c);
            }
            for (Block p : b.preds) {
                nb.preds.add(blockCopy.getOrDefault(p, p));
            }
            for (Block s : b.succs) {
                nb.succs.add(blockCopy.getOrDefault(s, s));
            }
        }
        for (Block nb : blockCopy.values()) {
            for (Insn c : nb.insns) {
                for (int k = 0; k < c.args.length; k++) {
                    c.args[k] = copyOf.getOrDefault(c.args[k], c.args[k]);
                }
            }
        }
        return blockCopy;
    }

    /** Renames successor {@code from} of {@code b} to {@code to}. */
    static void replaceSucc(Block b, Block from, Block to) {
        for (int s = 0; s < b.succs.size(); s++) {
            if (b.succs.get(s) == from) {
                b.succs.set(s, to);
            }
        }
    }
}
