package rtgo.frontend;

import static org.objectweb.asm.Opcodes.*;

import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import rtgo.ir.Insn;
import rtgo.ir.Op;
import rtgo.ir.Type;
import rtgo.sym.RuntimeSymbols;

/**
 * Translates constants (int, null and String), local variables, the operand-stack shuffles
 * (pop, dup, swap), int arithmetic with its divisor check, and the narrowing conversions
 * (i2b, i2c, i2s). Locals are SSA variables: a load reads the variable, a store writes it.
 */
final class Arithmetic {
    private Arithmetic() {}

    /** Translates {@code n} if it is one of this file's instructions; false otherwise. */
    static boolean translate(Translator t, AbstractInsnNode n) {
        int op = n.getOpcode();
        switch (op) {
            case NOP -> { }
            case ACONST_NULL -> t.push(t.emit(Op.CONST, Type.R));
            case ICONST_M1, ICONST_0, ICONST_1, ICONST_2, ICONST_3, ICONST_4, ICONST_5 -> t.push(t.constant(op - ICONST_0));
            case BIPUSH, SIPUSH -> t.push(t.constant(((IntInsnNode) n).operand));
            case LDC -> ldc(t, ((LdcInsnNode) n).cst);
            case ILOAD, FLOAD -> t.push(t.ssa.read(((VarInsnNode) n).var, Type.I, t.cur)); // a float is its bits
            case ALOAD -> t.push(t.ssa.read(((VarInsnNode) n).var, Type.R, t.cur));
            case ISTORE, FSTORE, ASTORE -> t.ssa.write(((VarInsnNode) n).var, t.cur, t.pop());
            case IINC -> {
                IincInsnNode ii = (IincInsnNode) n;
                Insn v = t.ssa.read(ii.var, Type.I, t.cur);
                t.ssa.write(ii.var, t.cur, t.emit(Op.ADD, Type.I, v, t.constant(ii.incr)));
            }
            case POP -> t.pop();
            case POP2 -> { t.pop(); t.pop(); }
            case DUP -> t.push(t.peekTop());
            case DUP_X1 -> { Insn a = t.pop(); Insn b = t.pop(); t.push(a); t.push(b); t.push(a); }
            case DUP_X2 -> {
                Insn a = t.pop(); Insn b = t.pop(); Insn c = t.pop();
                t.push(a); t.push(c); t.push(b); t.push(a);
            }
            case DUP2 -> { Insn a = t.pop(); Insn b = t.pop(); t.push(b); t.push(a); t.push(b); t.push(a); }
            case DUP2_X1 -> {
                Insn a = t.pop(); Insn b = t.pop(); Insn c = t.pop();
                t.push(b); t.push(a); t.push(c); t.push(b); t.push(a);
            }
            case DUP2_X2 -> {
                Insn a = t.pop(); Insn b = t.pop(); Insn c = t.pop(); Insn d = t.pop();
                t.push(b); t.push(a); t.push(d); t.push(c); t.push(b); t.push(a);
            }
            case SWAP -> { Insn a = t.pop(); Insn b = t.pop(); t.push(a); t.push(b); }
            case IADD -> binary(t, Op.ADD);
            case ISUB -> binary(t, Op.SUB);
            case IMUL -> binary(t, Op.MUL);
            case IDIV, IREM -> {
                Insn d = t.pop();
                Insn x = t.pop();
                t.program.require(RuntimeSymbols.DIVIDE_BY_ZERO); // the check's stub calls it
                t.emit(Op.DIVCHECK, Type.V, d);
                t.push(t.emit(op == IDIV ? Op.DIV : Op.REM, Type.I, x, d));
            }
            case INEG -> t.push(t.emit(Op.NEG, Type.I, t.pop()));
            case ISHL -> binary(t, Op.SHL);
            case ISHR -> binary(t, Op.SHR);
            case IUSHR -> binary(t, Op.USHR);
            case IAND -> binary(t, Op.AND);
            case IOR -> binary(t, Op.OR);
            case IXOR -> binary(t, Op.XOR);
            case I2B -> t.push(t.emit(Op.I2B, Type.I, t.pop()));
            case I2C -> t.push(t.emit(Op.I2C, Type.I, t.pop()));
            case I2S -> t.push(t.emit(Op.I2S, Type.I, t.pop()));
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void ldc(Translator t, Object cst) {
        if (cst instanceof Integer i) {
            t.push(t.constant(i));
        } else if (cst instanceof String s) {
            Insn str = t.emit(Op.STRING, Type.R);
            str.sym = s;
            t.push(str);
        } else if (cst instanceof Long) {
            throw new Unsupported("long constants", "use int");
        } else if (cst instanceof Float || cst instanceof Double) {
            throw new Unsupported("floating-point constants", "use int (fixed point)");
        } else if (cst instanceof org.objectweb.asm.Type type && type.getSort() == org.objectweb.asm.Type.OBJECT
                && (type.getInternalName().equals("java/lang/String")
                    || t.program.classes.isProgramClass(t.program.classes.mapped(type.getInternalName())))) {
            // a class literal (Foo.class): a Class on the device is its type descriptor; a JDK class
            // with a whole-class substitute (IllegalStateException.class) is the substitute's, and
            // String's is the one every string has (as instanceof String uses it)
            String name = t.program.classes.mapped(type.getInternalName());
            if (!name.equals("java/lang/String")) {
                t.program.classes.describe(name);
            }
            Insn d = t.emit(Op.SYMBOL, Type.I);
            d.sym = rtgo.sym.Symbols.type(name);
            Insn c = t.emit(Op.CAST, Type.R, d);
            t.trust(c);
            t.classLiterals.put(c, name);
            c.refType = "java/lang/Class";
            t.push(c);
        } else {
            throw new Unsupported("class literals and other constants (" + cst + ")",
                    "use int or String constants; class literals work for the program's own classes and for JDK"
                            + " classes rtgo provides as classes (exceptions, boxes, StringBuilder; not interfaces)");
        }
    }

    private static void binary(Translator t, Op op) {
        Insn b = t.pop();
        Insn a = t.pop();
        t.push(t.emit(op, Type.I, a, b));
    }
}
