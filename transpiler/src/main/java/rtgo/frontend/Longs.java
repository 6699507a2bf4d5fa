package rtgo.frontend;

import static org.objectweb.asm.Opcodes.*;

import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import rtgo.ir.Alias;
import rtgo.ir.Elem;
import rtgo.ir.Insn;
import rtgo.ir.Op;
import rtgo.ir.Type;
import rtgo.sym.RuntimeSymbols;

/**
 * Translates the {@code long} bytecodes. A long is two int values everywhere in the IR: its low
 * word and its high word (docs/abi.md, "long"). That is the JVM's own word model — a long takes two
 * local slots (n is the low word here, n+1 the high) and two operand-stack words (low below, high
 * on top), so {@code dup2}, {@code pop2} and the other shuffles already move both words — and it
 * leaves the register allocator, the stack maps and the optimiser working on 32-bit values only:
 * each word gets its own register, which Thumb-1 allows since it has no instruction that needs a
 * register pair.
 *
 * <p>Bitwise ops work word by word; add and subtract use {@link Op#ADDHI}/{@link Op#SUBHI} for the
 * carry into the high word; shifts by a constant become word shifts and ors; a comparison is
 * {@link Op#LCMP}. Multiplication, division, remainder and shifts by a variable amount call
 * {@code rtgo.runtime.LongOps}, written in Java with int arithmetic.
 */
final class Longs {
    private Longs() {}

    static final String OPS = "rtgo/runtime/LongOps";

    /** Translates {@code n} if it is a long instruction; false otherwise. */
    static boolean translate(Translator t, AbstractInsnNode n) {
        int op = n.getOpcode();
        switch (op) {
            case LCONST_0, LCONST_1 -> constant(t, op - LCONST_0);
            case LDC -> {
                if (!(((LdcInsnNode) n).cst instanceof Long l)) {
                    return false;
                }
                constant(t, l);
            }
            case LLOAD, DLOAD -> {
                int v = ((VarInsnNode) n).var;
                t.push(t.ssa.read(v, Type.I, t.cur));
                t.push(t.ssa.read(v + 1, Type.I, t.cur));
            }
            case LSTORE, DSTORE -> {
                int v = ((VarInsnNode) n).var;
                Insn hi = t.pop();
                Insn lo = t.pop();
                t.ssa.write(v, t.cur, lo);
                t.ssa.write(v + 1, t.cur, hi);
            }
            case LADD, LSUB -> {
                Insn bhi = t.pop(), blo = t.pop(), ahi = t.pop(), alo = t.pop();
                boolean add = op == LADD;
                t.push(t.emit(add ? Op.ADD : Op.SUB, Type.I, alo, blo));
                t.push(t.emit(add ? Op.ADDHI : Op.SUBHI, Type.I, alo, blo, ahi, bhi));
            }
            case LNEG -> {
                Insn hi = t.pop(), lo = t.pop();
                Insn zero = t.constant(0);
                t.push(t.emit(Op.NEG, Type.I, lo));
                t.push(t.emit(Op.SUBHI, Type.I, zero, lo, zero, hi));
            }
            case LAND, LOR, LXOR -> {
                Op o = op == LAND ? Op.AND : op == LOR ? Op.OR : Op.XOR;
                Insn bhi = t.pop(), blo = t.pop(), ahi = t.pop(), alo = t.pop();
                t.push(t.emit(o, Type.I, alo, blo));
                t.push(t.emit(o, Type.I, ahi, bhi));
            }
            case LSHL, LSHR, LUSHR -> shift(t, op);
            case LMUL -> {
                if (t.peekTop().op == Op.CONST && t.peek(1).op == Op.CONST) {
                    multiply(t); // by a constant (hashes, LCGs): the factor's pieces fold
                } else {
                    call(t, "mul", "(JJ)J"); // a call keeps frames small (recursion) and code short
                }
            }
            case LDIV, LREM -> {
                Insn dhi = t.pop(), dlo = t.pop();
                t.program.require(RuntimeSymbols.DIVIDE_BY_ZERO); // the check's stub calls it
                t.emit(Op.DIVCHECK, Type.V, t.emit(Op.OR, Type.I, dlo, dhi));
                t.push(dlo);
                t.push(dhi);
                call(t, op == LDIV ? "div" : "rem", "(JJ)J");
            }
            case LCMP -> {
                Insn bhi = t.pop(), blo = t.pop(), ahi = t.pop(), alo = t.pop();
                t.push(t.emit(Op.LCMP, Type.I, alo, ahi, blo, bhi));
            }
            case I2L -> {
                Insn v = t.peekTop();
                t.push(t.emit(Op.SHR, Type.I, v, t.constant(31)));
            }
            case L2I -> t.pop(); // the low word
            case LALOAD, LASTORE, DALOAD, DASTORE -> ArrayAccess.longElement(t, op == LASTORE || op == DASTORE);
            case LRETURN, DRETURN -> {
                Insn hi = t.pop(), lo = t.pop();
                t.emit(Op.RET, Type.V, lo, hi);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * lmul inline: the low words' full 64-bit product from four 16x16-bit products (MULS gives only
     * the low 32 bits of a product), the cross products' low words into the high word. Carries out
     * of 32-bit sums come from {@link Op#ADDHI} with zero high words. Used when the second factor is
     * a constant, whose pieces fold: about 25 instructions against a call of LongOps.mul.
     */
    private static void multiply(Translator t) {
        Insn bhi = t.pop(), blo = t.pop(), ahi = t.pop(), alo = t.pop();
        Insn mask = t.constant(0xFFFF);
        Insn sixteen = t.constant(16);
        Insn zero = t.constant(0);
        Insn a0 = t.emit(Op.AND, Type.I, alo, mask);
        Insn a1 = t.emit(Op.USHR, Type.I, alo, sixteen);
        Insn b0 = t.emit(Op.AND, Type.I, blo, mask);
        Insn b1 = t.emit(Op.USHR, Type.I, blo, sixteen);
        Insn p00 = t.emit(Op.MUL, Type.I, a0, b0);
        Insn p01 = t.emit(Op.MUL, Type.I, a0, b1);
        Insn p10 = t.emit(Op.MUL, Type.I, a1, b0);
        Insn p11 = t.emit(Op.MUL, Type.I, a1, b1);
        Insn mid = t.emit(Op.ADD, Type.I, p01, p10);
        Insn midCarry = t.emit(Op.ADDHI, Type.I, p01, p10, zero, zero); // worth 2^48: bit 16 of hi
        Insn midLow = t.emit(Op.SHL, Type.I, mid, sixteen);
        Insn lo = t.emit(Op.ADD, Type.I, p00, midLow);
        Insn loCarry = t.emit(Op.ADDHI, Type.I, p00, midLow, zero, zero);
        Insn hi = t.emit(Op.ADD, Type.I, p11, t.emit(Op.USHR, Type.I, mid, sixteen));
        hi = t.emit(Op.ADD, Type.I, hi, t.emit(Op.SHL, Type.I, midCarry, sixteen));
        hi = t.emit(Op.ADD, Type.I, hi, loCarry);
        hi = t.emit(Op.ADD, Type.I, hi, t.emit(Op.MUL, Type.I, alo, bhi));
        hi = t.emit(Op.ADD, Type.I, hi, t.emit(Op.MUL, Type.I, ahi, blo));
        t.push(lo);
        t.push(hi);
    }

    /** Pushes the two words of {@code v}. */
    static void constant(Translator t, long v) {
        t.push(t.constant((int) v));
        t.push(t.constant((int) (v >>> 32)));
    }

    private static void call(Translator t, String name, String desc) {
        Calls.call(t, t.program.resolver.staticMethod(OPS, name, desc));
    }

    /** lshl, lshr, lushr: by a constant amount in words; by a variable one through LongOps. */
    private static void shift(Translator t, int op) {
        Insn s = t.peekTop();
        if (s.op != Op.CONST) {
            call(t, op == LSHL ? "shl" : op == LSHR ? "shr" : "ushr", "(JI)J");
            return;
        }
        t.pop();
        int k = s.aux & 63;
        Insn hi = t.pop(), lo = t.pop();
        Insn rlo, rhi;
        if (k == 0) {
            rlo = lo;
            rhi = hi;
        } else if (op == LSHL) {
            if (k < 32) {
                rlo = t.emit(Op.SHL, Type.I, lo, t.constant(k));
                rhi = t.emit(Op.OR, Type.I, t.emit(Op.SHL, Type.I, hi, t.constant(k)),
                        t.emit(Op.USHR, Type.I, lo, t.constant(32 - k)));
            } else {
                rlo = t.constant(0);
                rhi = t.emit(Op.SHL, Type.I, lo, t.constant(k - 32));
            }
        } else {
            Op right = op == LSHR ? Op.SHR : Op.USHR;
            if (k < 32) {
                rlo = t.emit(Op.OR, Type.I, t.emit(Op.USHR, Type.I, lo, t.constant(k)),
                        t.emit(Op.SHL, Type.I, hi, t.constant(32 - k)));
                rhi = t.emit(right, Type.I, hi, t.constant(k));
            } else {
                rlo = t.emit(right, Type.I, hi, t.constant(k - 32));
                rhi = op == LSHR ? t.emit(Op.SHR, Type.I, hi, t.constant(31)) : t.constant(0);
            }
        }
        t.push(rlo);
        t.push(rhi);
    }

    /** Whether a field or value descriptor is a long or double (two words). */
    static boolean isLong(String desc) {
        return desc.charAt(0) == 'J' || desc.charAt(0) == 'D';
    }

    /** The number of operand-stack words of a method's arguments (a long counts two). */
    static int argWords(String methodDesc) {
        int n = 0;
        for (org.objectweb.asm.Type a : org.objectweb.asm.Type.getArgumentTypes(methodDesc)) {
            n += a.getSize();
        }
        return n;
    }

    /** Emits the two loads of a long field at {@code offset} of {@code obj} (instance) or of a static. */
    static void loadField(Translator t, Insn obj, String sym, int offset, Alias mem) {
        for (int w = 0; w < 2; w++) {
            Insn v = obj == null ? t.emit(Op.GETSTATIC, Type.I) : t.emit(Op.GETFIELD, Type.I, obj);
            v.sym = sym;
            v.aux = Elem.I.ordinal();
            v.aux2 = offset + 4 * w;
            v.mem = mem;
            t.push(v);
        }
    }

    /** Emits the two stores of a long field; the value's words are on the stack (and obj below when instance). */
    static void storeField(Translator t, boolean instance, String sym, int offset, Alias mem) {
        Insn hi = t.pop(), lo = t.pop();
        Insn obj = instance ? t.pop() : null;
        for (int w = 0; w < 2; w++) {
            Insn v = w == 0 ? lo : hi;
            Insn s = instance ? t.emit(Op.PUTFIELD, Type.V, obj, v) : t.emit(Op.PUTSTATIC, Type.V, v);
            s.sym = sym;
            s.aux = Elem.I.ordinal();
            s.aux2 = offset + 4 * w;
            s.mem = mem;
        }
    }
}
