package rtgo.thumb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import rtgo.ir.Block;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Loc;
import rtgo.ir.Unit;
import rtgo.ir.Op;

/**
 * Moves the busiest spill slots into r8..r11. Thumb-1 can do little with the high registers, but
 * {@code mov} reaches them in one cycle where a stack load or store takes two, so they make the
 * fastest spill slots. They are callee-saved: a function that uses them saves them on entry
 * (through low registers), which costs a few cycles per call — so only slots reloaded inside loops
 * are moved (weight: reloads and spills, 10^loop depth each).
 *
 * <p>Runs after allocation and phi resolution: spill slots become r8..r11 in values and
 * moves alike, and the remaining slots are renumbered densely. The emitter moves between a high
 * register and the stack (or a constant into one) through r7, parking r7 in ip: PhiResolver never
 * uses ip as a cycle temporary in a sequence that involves slots or constants, so that is safe.
 */
public final class HighSpill {
    static final int FIRST = 8;
    static final int COUNT = 4;
    /** Below this weight a slot stays on the stack (a loop use weighs 10). */
    static final double MIN_WEIGHT = 10;

    private HighSpill() {}

    /** Moves the most used stack slots of {@code u.f} into r8..r11. */
    public static void run(Unit u) {
        run(u.f, u.get(Allocation.class));
    }

    static void run(Func f, Allocation alloc) {
        if (alloc.slots == 0) {
            return;
        }
        double[] weight = new double[alloc.slots];
        for (Block b : f.blocks) {
            double w = Math.pow(10, Math.min(b.loopDepth, 5));
            for (Insn i : b.insns) {
                if (i.op == Op.T_RELOAD && i.arg(0).loc.isSlot()) {
                    weight[i.arg(0).loc.slot()] += w;
                } else if (i.op == Op.T_SPILL && i.loc.isSlot()) {
                    weight[i.loc.slot()] += w;
                }
            }
            for (Allocation.Move m : alloc.atEnd(b)) {
                count(m, weight, w);
            }
            for (Allocation.Move m : alloc.atStart(b)) {
                count(m, weight, w);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int s = 0; s < alloc.slots; s++) {
            order.add(s);
        }
        order.sort((x, y) -> Double.compare(weight[y], weight[x]));
        // the new location of each slot
        Loc[] remap = new Loc[alloc.slots];
        int high = 0;
        int low = 0;
        for (int s : order) {
            if (high < COUNT && weight[s] >= MIN_WEIGHT) {
                remap[s] = Loc.reg(FIRST + high++);
            }
        }
        if (high == 0) {
            return;
        }
        for (int s = 0; s < alloc.slots; s++) {
            if (remap[s] == null) {
                remap[s] = Loc.slot(low++);
            }
        }
        alloc.slots = low;
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                if (i.loc.isSlot()) {
                    i.loc = remap[i.loc.slot()];
                }
            }
        }
        rewrite(alloc.atEnd, remap);
        rewrite(alloc.atStart, remap);
    }

    private static void count(Allocation.Move m, double[] weight, double w) {
        if (m.src().isSlot()) {
            weight[m.src().slot()] += w;
        }
        if (m.dst().isSlot()) {
            weight[m.dst().slot()] += w;
        }
    }

    private static void rewrite(Map<Block, List<Allocation.Move>> moves, Loc[] remap) {
        for (Map.Entry<Block, List<Allocation.Move>> e : moves.entrySet()) {
            List<Allocation.Move> list = new ArrayList<>();
            for (Allocation.Move m : e.getValue()) {
                Loc src = m.src().isSlot() ? remap[m.src().slot()] : m.src();
                Loc dst = m.dst().isSlot() ? remap[m.dst().slot()] : m.dst();
                list.add(new Allocation.Move(src, dst, m.constant()));
            }
            e.setValue(list);
        }
    }
}
