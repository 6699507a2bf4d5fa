package rtgo.frontend;

import static org.objectweb.asm.Opcodes.*;

import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import rtgo.ir.Cond;
import rtgo.ir.Insn;
import rtgo.ir.Op;
import rtgo.ir.Type;

/**
 * Translates the instructions that end a block: conditional jumps (int compares, reference
 * compares, null tests), goto, tableswitch and lookupswitch, and returns. The block graph already
 * has the edges ({@link BlockDiscovery}); a branch hands the operand stack to the successors and
 * emits the terminator, whose successors are the block's.
 */
final class Branches {
    private Branches() {}

    /** Translates {@code n} if it is one of this file's instructions; false otherwise. */
    static boolean translate(Translator t, AbstractInsnNode n) {
        int op = n.getOpcode();
        switch (op) {
            case IFEQ, IFNE, IFLT, IFGE, IFGT, IFLE -> {
                Insn a = t.pop();
                if (a.op == Op.LCMP && a.block == t.cur) {
                    // lcmp; if<cond>: one long compare-and-branch (the lcmp is left unused)
                    t.leave();
                    t.emit(Op.LIF, Type.V, a.args.clone()).aux = op - IFEQ;
                    return true;
                }
                branch(t, Cond.values()[op - IFEQ], a, t.constant(0));
            }
            case IF_ICMPEQ, IF_ICMPNE, IF_ICMPLT, IF_ICMPGE, IF_ICMPGT, IF_ICMPLE -> {
                Insn b = t.pop();
                Insn a = t.pop();
                branch(t, Cond.values()[op - IF_ICMPEQ], a, b);
            }
            case IF_ACMPEQ, IF_ACMPNE -> {
                Insn b = t.pop();
                Insn a = t.pop();
                branch(t, op == IF_ACMPEQ ? Cond.EQ : Cond.NE, a, b);
            }
            case IFNULL, IFNONNULL -> {
                Insn a = t.pop();
                branch(t, op == IFNULL ? Cond.EQ : Cond.NE, a, t.emit(Op.CONST, Type.R));
            }
            case GOTO -> {
                t.leave();
                t.emit(Op.GOTO, Type.V);
            }
            case TABLESWITCH -> {
                TableSwitchInsnNode s = (TableSwitchInsnNode) n;
                int[] keys = new int[s.labels.size()];
                for (int k = 0; k < keys.length; k++) {
                    keys[k] = s.min + k;
                }
                switchOn(t, keys);
            }
            case LOOKUPSWITCH -> switchOn(t, ((LookupSwitchInsnNode) n).keys.stream().mapToInt(Integer::intValue).toArray());
            case IRETURN, FRETURN, ARETURN -> t.emit(Op.RET, Type.V, t.pop());
            case RETURN -> t.emit(Op.RET, Type.V);
            case ATHROW -> {
                Insn ex = t.peekTop();
                t.nullCheck(ex, 0, NpeMessages.THROW);
                t.pop();
                t.rethrow(ex);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void branch(Translator t, Cond c, Insn a, Insn b) {
        t.leave();
        Insn i = t.emit(Op.IF, Type.V, a, b);
        i.aux = c.ordinal();
    }

    /** A switch on the popped value; {@code keys} in the order of the block's successors. */
    private static void switchOn(Translator t, int[] keys) {
        Insn v = t.pop();
        t.leave();
        Insn s = t.emit(Op.SWITCH, Type.V, v);
        s.table = keys;
    }
}
