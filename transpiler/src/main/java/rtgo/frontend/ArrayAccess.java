package rtgo.frontend;

import rtgo.sym.RuntimeSymbols;
import rtgo.sym.Symbols;
import static org.objectweb.asm.Opcodes.*;

import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import rtgo.ir.Alias;
import rtgo.ir.Elem;
import rtgo.ir.Insn;
import rtgo.ir.Op;
import rtgo.ir.Type;

/**
 * Translates arrays: element loads and stores with their null, bounds and store checks, array
 * creation (one and several dimensions) and arraylength. Creating an array records its type in the
 * {@link Program}, whose image holds a descriptor for each array type the program creates.
 */
final class ArrayAccess {
    private ArrayAccess() {}

    /** Translates {@code n} if it is one of this file's instructions; false otherwise. */
    static boolean translate(Translator t, AbstractInsnNode n) {
        switch (n.getOpcode()) {
            case IALOAD -> load(t, Elem.I);
            case BALOAD -> load(t, Elem.B);
            case CALOAD -> load(t, Elem.C);
            case SALOAD -> load(t, Elem.S);
            case AALOAD -> load(t, Elem.R);
            case IASTORE -> store(t, Elem.I);
            case BASTORE -> store(t, Elem.B);
            case CASTORE -> store(t, Elem.C);
            case SASTORE -> store(t, Elem.S);
            case AASTORE -> store(t, Elem.R);
            case NEWARRAY -> newArray(t, primitiveArray(((IntInsnNode) n).operand));
            case ANEWARRAY -> {
                String elem = ((TypeInsnNode) n).desc;
                newArray(t, "[" + (elem.startsWith("[") ? elem : "L" + elem + ";"));
            }
            case MULTIANEWARRAY -> {
                MultiANewArrayInsnNode mn = (MultiANewArrayInsnNode) n;
                checkArrayType(t, mn.desc);
                Insn[] dims = new Insn[mn.dims];
                for (int k = mn.dims - 1; k >= 0; k--) {
                    dims[k] = t.pop();
                }
                t.program.arrayType(mn.desc);
                t.program.require(RuntimeSymbols.ALLOC_MULTI); // what NEWMULTI lowers to
                Insn a = t.emit(Op.NEWMULTI, Type.R, dims);
                a.sym = mn.desc;
                a.mem = Alias.ANY;
                t.push(a);
            }
            case ARRAYLENGTH -> {
                Insn a = t.pop();
                t.nullCheck(a, 0, NpeMessages.ARRAY_LENGTH);
                t.push(t.emit(Op.ARRAYLEN, Type.I, a));
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    static void load(Translator t, Elem e) {
        Insn idx = t.pop();
        Insn arr = t.pop();
        t.nullCheck(arr, 1, NpeMessages.load(t.g.code[t.current].getOpcode()));
        checkBounds(t, arr, idx);
        Insn v = t.emit(Op.ALOAD, e.type(), arr, idx);
        v.aux = e.ordinal();
        if (arr.refType != null && arr.refType.startsWith("[") && e == Elem.R) {
            v.refType = Objects.refType(t, arr.refType.substring(1)); // the element type
        }
        v.mem = Alias.elements(e);
        t.push(v);
    }

    static void store(Translator t, Elem e) {
        Insn val = t.pop();
        Insn idx = t.pop();
        Insn arr = t.pop();
        t.nullCheck(arr, 2, NpeMessages.store(t.g.code[t.current].getOpcode()));
        checkBounds(t, arr, idx);
        if (e == Elem.R) {
            t.program.require(RuntimeSymbols.ARRAY_STORE); // what STORECHECK lowers to
            t.emit(Op.STORECHECK, Type.V, arr, val);
        }
        if (e != Elem.R && t.hasLoops() && !RuntimeSymbols.isRuntimeCode(t.owner.name.replace('/', '.'))) {
            t.program.require(RuntimeSymbols.FILL); // rtgo.opt.FillLoops may call it
        }
        Insn s = t.emit(Op.ASTORE, Type.V, arr, idx, val);
        s.aux = e.ordinal();
        s.mem = Alias.elements(e);
    }

    /**
     * laload and lastore: after the null and bounds checks on the element index, the two words of
     * element i are the int elements 2i and 2i+1 of the same array (Longs).
     */
    static void longElement(Translator t, boolean store) {
        Insn hi = store ? t.pop() : null;
        Insn lo = store ? t.pop() : null;
        Insn idx = t.pop();
        Insn arr = t.pop();
        int opcode = t.g.code[t.current].getOpcode();
        t.nullCheck(arr, store ? 2 : 1, store ? NpeMessages.store(opcode) : NpeMessages.load(opcode));
        checkBounds(t, arr, idx);
        Insn w0 = t.emit(Op.SHL, Type.I, idx, t.constant(1));
        Insn w1 = t.emit(Op.ADD, Type.I, w0, t.constant(1));
        for (Insn w : new Insn[] {w0, w1}) {
            Insn a = store ? t.emit(Op.ASTORE, Type.V, arr, w, w == w0 ? lo : hi) : t.emit(Op.ALOAD, Type.I, arr, w);
            a.aux = Elem.I.ordinal();
            a.mem = Alias.elements(Elem.J);
            if (!store) {
                t.push(a);
            }
        }
    }

    private static void checkBounds(Translator t, Insn arr, Insn idx) {
        Insn len = t.emit(Op.ARRAYLEN, Type.I, arr);
        t.emit(Op.BOUNDSCHECK, Type.V, idx, len);
    }

    /** A new array of type {@code desc} whose length is popped. */
    static void newArray(Translator t, String desc) {
        // CharSequence has no descriptor on the device (Strings and StringBuilders are ones): such an
        // array (String.join's varargs) holds them as an Object[] does
        desc = desc.replace("Ljava/lang/CharSequence;", "Ljava/lang/Object;");
        checkArrayType(t, desc);
        t.program.arrayType(desc);
        Insn a = t.emit(Op.NEWARRAY, Type.R, t.pop());
        a.sym = desc;
        a.refType = desc;
        a.mem = Alias.ANY;
        t.push(a);
    }

    private static String primitiveArray(int type) {
        return switch (type) {
            case T_BOOLEAN -> "[Z";
            case T_BYTE -> "[B";
            case T_CHAR -> "[C";
            case T_SHORT -> "[S";
            case T_INT -> "[I";
            case T_LONG -> "[J";
            case T_FLOAT -> "[F";
            default -> "[D";
        };
    }

    /** Array types rtgo can lay out: of supported primitives, String, or arrays of those. */
    static void checkArrayType(Translator t, String desc) {
        String e = desc.replace("[", "");
        boolean ok = e.length() == 1 ? "ZBCSIJFD".contains(e) : e.equals("Ljava/lang/String;");
        if (e.equals("Ljava/lang/Object;")) {
            t.program.objectType(); // the elements' type, for the store check
            ok = true;
        }
        String cls = e.startsWith("L") ? t.program.classes.mapped(e.substring(1, e.length() - 1)) : "";
        if (!ok && (t.program.classes.isProgramClass(cls) || t.program.classes.isProgramInterface(cls))) {
            t.program.classes.describe(cls); // the store check compares classes
            ok = true;
        }
        if (!ok) {
            throw new Unsupported("arrays of " + Symbols.javaName(e),
                    "use arrays of primitives, String or a class of the program");
        }
    }
}
