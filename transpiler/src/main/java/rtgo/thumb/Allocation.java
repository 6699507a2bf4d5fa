package rtgo.thumb;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rtgo.ir.Block;
import rtgo.ir.Insn;
import rtgo.ir.Loc;

/**
 * What register allocation decided beyond each value's {@code loc}: the moves that implement phis
 * (already in a safe order, see {@link PhiResolver}) and the number of stack slots.
 *
 * <p>Moves go between locations: registers r0..r7, r8..r11 (spill slots moved there by
 * {@link HighSpill}), {@link #IP} (r12, the move scratch register), spill slots and incoming arguments.
 */
public final class Allocation {
    public static final Loc IP = Loc.reg(12);

    /**
     * One move: from location {@code src} (or, when {@code constant} is set, the value of that
     * constant instruction, and {@code src} is {@link Loc#REMAT}) to location {@code dst}.
     */
    public record Move(Loc src, Loc dst, Insn constant) {}

    /** Moves to make at the end of a block, before its terminator. */
    public final Map<Block, List<Move>> atEnd = new HashMap<>();
    /** Moves to make at the start of a block, after its phis. */
    public final Map<Block, List<Move>> atStart = new HashMap<>();
    /** Spill slots used, including the scratch slot for move cycles. */
    public int slots;

    public List<Move> atEnd(Block b) {
        return atEnd.getOrDefault(b, List.of());
    }

    public List<Move> atStart(Block b) {
        return atStart.getOrDefault(b, List.of());
    }
}
