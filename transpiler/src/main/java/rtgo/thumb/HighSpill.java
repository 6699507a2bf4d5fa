package rtgo.thumb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rtgo.ir.Block;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Unit;
import rtgo.ir.Op;

/**
 * Moves the busiest spill slots into r8..r11. Thumb-1 can do little with the high registers, but
 * {@code mov} reaches them in one cycle where a stack load or store takes two, so they make the
 * fastest spill slots. They are callee-saved: a function that uses them saves them on entry
 * (through low registers), which costs a few cycles per call — so only slots reloaded inside loops
 * are moved (weight: reloads and spills, 10^loop depth each).
 *
 * <p>Runs after allocation and phi resolution: locations {@code STACK + n} become 8..11 in values and
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
                if (i.op == Op.T_RELOAD && isSlot(i.arg(0).loc)) {
                    weight[i.arg(0).loc - Insn.STACK] += w;
                } else if (i.op == Op.T_SPILL && isSlot(i.loc)) {
                    weight[i.loc - Insn.STACK] += w;
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
        Map<Integer, Integer> remap = new HashMap<>();
        int high = 0;
        int low = 0;
        for (int s : order) {
            if (high < COUNT && weight[s] >= MIN_WEIGHT) {
                remap.put(Insn.STACK + s, FIRST + high++);
            }
        }
        if (high == 0) {
            return;
        }
        for (int s = 0; s < alloc.slots; s++) {
            if (!remap.containsKey(Insn.STACK + s)) {
                remap.put(Insn.STACK + s, Insn.STACK + low++);
            }
        }
        alloc.slots = low;
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                if (isSlot(i.loc)) {
                    i.loc = remap.get(i.loc);
                }
            }
        }
        rewrite(alloc.atEnd, remap);
        rewrite(alloc.atStart, remap);
    }

    private static void count(Allocation.Move m, double[] weight, double w) {
        if (isSlot(m.src())) {
            weight[m.src() - Insn.STACK] += w;
        }
        if (isSlot(m.dst())) {
            weight[m.dst() - Insn.STACK] += w;
        }
    }

    private static boolean isSlot(int loc) {
        return loc >= Insn.STACK && loc < Insn.IN_ARG;
    }

    private static void rewrite(Map<Block, List<Allocation.Move>> moves, Map<Integer, Integer> remap) {
        for (Map.Entry<Block, List<Allocation.Move>> e : moves.entrySet()) {
            List<Allocation.Move> list = new ArrayList<>();
            for (Allocation.Move m : e.getValue()) {
                int src = isSlot(m.src()) ? remap.get(m.src()) : m.src();
                int dst = isSlot(m.dst()) ? remap.get(m.dst()) : m.dst();
                list.add(new Allocation.Move(src, dst, m.constant()));
            }
            e.setValue(list);
        }
    }
}
