package rtgo.thumb;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rtgo.ir.Block;

/**
 * What register allocation decided beyond each value's {@code loc}: the moves that implement phis
 * (already in a safe order, see {@link PhiResolver}) and the number of stack slots.
 *
 * <p>A move is {@code {src, dst}} over locations: registers 0..7, {@link #IP} (r12, the move
 * scratch register), spill slots {@code Insn.STACK + n} and incoming arguments {@code Insn.IN_ARG + k}.
 */
public final class Allocation {
    public static final int IP = 12;

    /** Moves to make at the end of a block, before its terminator. */
    public final Map<Block, List<int[]>> atEnd = new HashMap<>();
    /** Moves to make at the start of a block, after its phis. */
    public final Map<Block, List<int[]>> atStart = new HashMap<>();
    /** Spill slots used, including the scratch slot for move cycles. */
    public int slots;

    public List<int[]> atEnd(Block b) {
        return atEnd.getOrDefault(b, List.of());
    }

    public List<int[]> atStart(Block b) {
        return atStart.getOrDefault(b, List.of());
    }
}
