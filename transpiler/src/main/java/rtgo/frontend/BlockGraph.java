package rtgo.frontend;

import static org.objectweb.asm.Opcodes.*;

import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;
import rtgo.ir.Block;

/**
 * The front end's side data for the bytecode block graph ({@link rtgo.ir.Prop#BLOCKS}), made by
 * {@link BlockDiscovery} and read by the passes up to {@link SsaTranslation}: the method's
 * instructions, ASM's frame at each of them, the block that starts at each leader, and each
 * block's extent (the range of instruction indices it translates). Blocks made by copying
 * (loop rotation, loop peeling) share the extent of their original: they are the same bytecode
 * translated once more.
 */
public final class BlockGraph {
    final MethodNode m;
    /** The method's instructions, pseudo-instructions (labels, line numbers, frames) included. */
    final AbstractInsnNode[] code;
    /** ASM's frame before each instruction; null where the instruction is unreachable. */
    final Frame<BasicValue>[] frames;
    /** The IR entry block: it holds the parameters and jumps to the block at instruction 0. */
    final Block entry;
    /** The block of the original bytecode that starts at an instruction index. */
    final Map<Integer, Block> blockAt = new HashMap<>();
    /** Every block but the entry: {start, end} instruction indices, end exclusive. */
    final Map<Block, int[]> extent = new HashMap<>();

    /**
     * The first block of the handler dispatch for the blocks that start at an instruction index
     * inside try ranges (see {@link BlockDiscovery}); copies of a block share its start, so its
     * dispatch too.
     */
    final Map<Integer, Block> dispatchAt = new HashMap<>();
    /** Every block of a handler dispatch chain: which test of which chain it is. */
    final Map<Block, DispatchStep> dispatch = new HashMap<>();

    /**
     * One block of a handler dispatch chain: {@code head} takes the exception from the unwinder,
     * then step k tests {@code types.get(k)} (null: any) and goes to its handler or to step k+1;
     * the step after the last rethrows to the caller, unless the last type takes any exception.
     */
    record DispatchStep(Block head, int k, java.util.List<String> types) {}

    /** The dispatch block of {@code b}'s bytecode, or null outside try ranges. */
    Block dispatchOf(Block b) {
        int[] e = extent.get(b);
        return e == null ? null : dispatchAt.get(e[0]);
    }

    BlockGraph(MethodNode m, AbstractInsnNode[] code, Frame<BasicValue>[] frames, Block entry) {
        this.m = m;
        this.code = code;
        this.frames = frames;
        this.entry = entry;
    }

    /** The instruction index of a label. */
    int index(LabelNode l) {
        return m.instructions.indexOf(l);
    }

    /** The index of the last real (non-pseudo) instruction in {@code [from, to)}, or -1. */
    int lastReal(int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (code[i].getOpcode() >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Real (non-pseudo) bytecode instructions in a block. */
    int realSize(Block b) {
        int[] e = extent.get(b);
        int n = 0;
        for (int i = e[0]; i < e[1]; i++) {
            if (code[i].getOpcode() >= 0) {
                n++;
            }
        }
        return n;
    }

    /** Whether a block accesses arrays or statics or calls (its checks are worth peeling for). */
    boolean touchesMemory(Block b) {
        int[] e = extent.get(b);
        for (int i = e[0]; i < e[1]; i++) {
            int op = code[i].getOpcode();
            if ((op >= IALOAD && op <= SALOAD) || (op >= IASTORE && op <= SASTORE) || op == ARRAYLENGTH
                    || op == GETSTATIC || op == PUTSTATIC || op == INVOKESTATIC) {
                return true;
            }
        }
        return false;
    }

    static boolean isReturnOrThrow(int op) {
        return (op >= IRETURN && op <= RETURN) || op == ATHROW;
    }

    /** The source line of instruction {@code i}: the closest line number at or before it, or 0. */
    static int lineBefore(AbstractInsnNode[] code, int i) {
        for (int k = i; k >= 0; k--) {
            if (code[k] instanceof LineNumberNode ln) {
                return ln.line;
            }
        }
        return 0;
    }

    /** The first line number at or after {@code from}, or 0. */
    static int lineAfter(AbstractInsnNode from) {
        for (AbstractInsnNode n = from; n != null; n = n.getNext()) {
            if (n instanceof LineNumberNode lnn) {
                return lnn.line;
            }
        }
        return 0;
    }
}
