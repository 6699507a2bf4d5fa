package rtgo.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * A basic block: phis first, then ordinary instructions, then exactly one terminator.
 *
 * <p>{@code succs} belong to the terminator ({@link Op#IF}: true then false; {@link Op#SWITCH}: the
 * cases then the default). {@code preds} is kept in step by {@link Func#link} and fixes the order of
 * every phi's arguments.
 */
public final class Block {
    public int id;
    public final List<Insn> insns = new ArrayList<>();
    public final List<Block> preds = new ArrayList<>();
    public final List<Block> succs = new ArrayList<>();
    /** Loop nesting depth (0 outside loops), filled by {@link Cfg#loops}. */
    public int loopDepth;
    /** Scratch for passes (e.g. reverse-postorder number). */
    public int mark;

    Block(int id) {
        this.id = id;
    }

    public Insn terminator() {
        if (insns.isEmpty()) {
            return null;
        }
        Insn last = insns.get(insns.size() - 1);
        return last.op.isTerminator() ? last : null;
    }

    /** Index of the first non-phi instruction. */
    public int firstNonPhi() {
        int i = 0;
        while (i < insns.size() && insns.get(i).op == Op.PHI) {
            i++;
        }
        return i;
    }

    public List<Insn> phis() {
        return insns.subList(0, firstNonPhi());
    }

    /** Inserts {@code insn} just before the terminator (or at the end while there is none). */
    public void addBeforeTerminator(Insn insn) {
        insn.block = this;
        int at = terminator() == null ? insns.size() : insns.size() - 1;
        insns.add(at, insn);
    }

    public int predIndex(Block p) {
        int i = preds.indexOf(p);
        if (i < 0) {
            throw new IllegalStateException("b" + p.id + " is not a predecessor of b" + id);
        }
        return i;
    }

    @Override
    public String toString() {
        return "b" + id;
    }
}
