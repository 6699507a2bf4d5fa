package rtgo.frontend;

import static org.objectweb.asm.Opcodes.*;

import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import rtgo.ir.Insn;
import rtgo.ir.Op;
import rtgo.ir.Type;

/**
 * Translates the {@code float} and {@code double} bytecodes. The Cortex-M0+ has no FPU, so a float
 * is its IEEE-754 bits in one int value and a double its bits in two words, exactly like a long
 * (docs/abi.md, "float and double"): locals, the operand stack, fields, arrays, arguments and
 * results move them as bits (their loads, stores and returns are the int ones, in Arithmetic and
 * Branches, and the long ones, in Longs), and only arithmetic, comparisons and conversions need code, which is
 * soft-float written in Java ({@code rtgo.runtime.SoftFloat} on int bits, {@code SoftDouble} on
 * long bits) and called like any static method. Negation flips the sign bit inline (it is exact
 * and keeps NaN payloads, as the JVM's fneg/dneg do).
 */
final class Floats {
    private Floats() {}

    static final String FLOAT = "rtgo/runtime/SoftFloat";
    static final String DOUBLE = "rtgo/runtime/SoftDouble";

    /** Translates {@code n} if it is a float or double instruction; false otherwise. */
    static boolean translate(Translator t, AbstractInsnNode n) {
        int op = n.getOpcode();
        switch (op) {
            case FCONST_0, FCONST_1, FCONST_2 -> t.push(t.constant(Float.floatToRawIntBits(op - FCONST_0)));
            case DCONST_0, DCONST_1 -> Longs.constant(t, Double.doubleToRawLongBits(op - DCONST_0));
            case LDC -> {
                Object c = ((LdcInsnNode) n).cst;
                if (c instanceof Float f) {
                    t.push(t.constant(Float.floatToRawIntBits(f)));
                } else if (c instanceof Double d) {
                    Longs.constant(t, Double.doubleToRawLongBits(d));
                } else {
                    return false;
                }
            }
            case FADD -> call(t, FLOAT, "add", "(II)I");
            case FSUB -> call(t, FLOAT, "sub", "(II)I");
            case FMUL -> call(t, FLOAT, "mul", "(II)I");
            case FDIV -> call(t, FLOAT, "div", "(II)I");
            case FREM -> call(t, FLOAT, "rem", "(II)I");
            case DADD -> call(t, DOUBLE, "add", "(JJ)J");
            case DSUB -> call(t, DOUBLE, "sub", "(JJ)J");
            case DMUL -> call(t, DOUBLE, "mul", "(JJ)J");
            case DDIV -> call(t, DOUBLE, "div", "(JJ)J");
            case DREM -> call(t, DOUBLE, "rem", "(JJ)J");
            case FNEG -> t.push(t.emit(Op.XOR, Type.I, t.pop(), t.constant(0x80000000)));
            case DNEG -> {
                Insn hi = t.pop();
                t.push(t.emit(Op.XOR, Type.I, hi, t.constant(0x80000000)));
            }
            case FCMPL -> call(t, FLOAT, "cmpl", "(II)I");
            case FCMPG -> call(t, FLOAT, "cmpg", "(II)I");
            case DCMPL -> call(t, DOUBLE, "cmpl", "(JJ)I");
            case DCMPG -> call(t, DOUBLE, "cmpg", "(JJ)I");
            case I2F -> call(t, FLOAT, "fromInt", "(I)I");
            case L2F -> call(t, FLOAT, "fromLong", "(J)I");
            case F2I -> call(t, FLOAT, "toInt", "(I)I");
            case F2L -> call(t, FLOAT, "toLong", "(I)J");
            case F2D -> call(t, FLOAT, "toDouble", "(I)J");
            case I2D -> call(t, DOUBLE, "fromInt", "(I)J");
            case L2D -> call(t, DOUBLE, "fromLong", "(J)J");
            case D2I -> call(t, DOUBLE, "toInt", "(J)I");
            case D2L -> call(t, DOUBLE, "toLong", "(J)J");
            case D2F -> call(t, DOUBLE, "toFloat", "(J)I");
            case FALOAD -> ArrayAccess.load(t, rtgo.ir.Elem.I);
            case FASTORE -> ArrayAccess.store(t, rtgo.ir.Elem.I);
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void call(Translator t, String owner, String name, String desc) {
        Calls.call(t, t.program.resolver.staticMethod(owner, name, desc));
    }
}
