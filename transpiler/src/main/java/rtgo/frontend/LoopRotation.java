package rtgo.frontend;

import static org.objectweb.asm.Opcodes.GOTO;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import rtgo.ir.Block;
import rtgo.ir.Func;
import rtgo.ir.Unit;

/**
 * Rotates loops on the bytecode block graph, before translation. javac puts a loop's test at the
 * top and jumps back to it with a {@code goto} at the bottom; each backward {@code goto} to a small
 * block that ends in a conditional jump (the loop test) gets its own copy of that block instead.
 * The test then sits at the bottom, one branch per iteration, and the body is entered only after a
 * test passed, which is what lets later passes hoist loop-invariant checks. The copy is the same
 * bytecode translated once more (it shares the test's extent), so the SSA builder places its phis.
 *
 * <p>The graph comes out exactly as if the copies had been linked while the blocks were
 * discovered: copies are numbered in the order of the blocks that jump to them, and a copy stands
 * in each successor's predecessor list where the block that jumps to it would stand. Predecessor
 * order decides phi operand order, so this keeps the IR the same from build to build.
 */
public final class LoopRotation {
    /** Largest loop test (in bytecode instructions) that is duplicated to rotate a loop. */
    static final int ROTATE_LIMIT = 12;

    private final Func f;
    private final BlockGraph g;
    /** Each copy's bottom block: the block whose backward goto it replaces. */
    private final Map<Block, Block> jumpedFrom = new HashMap<>();

    private LoopRotation(Func f, BlockGraph g) {
        this.f = f;
        this.g = g;
    }

    public static void run(Unit u) {
        new LoopRotation(u.f, u.get(BlockGraph.class)).rotateAll();
    }

    private void rotateAll() {
        // the blocks of the bytecode, in creation order; the copies appended meanwhile are not
        // candidates (they end in a conditional jump, not a goto)
        for (Block b : new ArrayList<>(f.blocks)) {
            int[] e = g.extent.get(b);
            if (e == null) {
                continue; // the entry block
            }
            int last = g.lastReal(e[0], e[1]);
            if (last >= 0 && g.code[last] instanceof JumpInsnNode j && j.getOpcode() == GOTO) {
                int target = g.index(j.label);
                Block t = g.blockAt.get(target);
                if (target < last && isLoopTest(t)) {
                    rotate(b, t);
                }
            }
        }
    }

    /** Replaces {@code b}'s edge to the loop test {@code t} by an edge to a new copy of {@code t}. */
    private void rotate(Block b, Block t) {
        Block copy = f.newBlock();
        g.extent.put(copy, g.extent.get(t).clone());
        jumpedFrom.put(copy, b);
        b.succs.set(b.succs.indexOf(t), copy);
        t.preds.remove(b);
        copy.preds.add(b);
        for (Block s : t.succs) {
            copy.succs.add(s);
            insertPred(s, copy, b.id);
        }
    }

    /**
     * Inserts {@code p} into {@code s}'s predecessors where discovery would have linked it: after
     * the predecessors linked from blocks numbered up to {@code at}. Discovery links the blocks in
     * creation order and the entry block last.
     */
    private void insertPred(Block s, Block p, int at) {
        List<Block> preds = s.preds;
        int k = 0;
        while (k < preds.size() && linkOrder(preds.get(k)) <= at) {
            k++;
        }
        preds.add(k, p);
    }

    private int linkOrder(Block p) {
        if (p == g.entry) {
            return Integer.MAX_VALUE;
        }
        return jumpedFrom.getOrDefault(p, p).id;
    }

    private boolean isLoopTest(Block t) {
        int[] e = g.extent.get(t);
        int last = g.lastReal(e[0], e[1]);
        AbstractInsnNode[] code = g.code;
        if (last < 0 || !(code[last] instanceof JumpInsnNode) || code[last].getOpcode() == GOTO) {
            return false;
        }
        int real = 0;
        for (int i = e[0]; i <= last; i++) {
            if (code[i].getOpcode() >= 0) {
                real++;
            }
        }
        return real <= ROTATE_LIMIT;
    }
}
