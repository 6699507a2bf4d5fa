package rtgo.frontend;

import rtgo.sym.Symbols;
import static org.objectweb.asm.Opcodes.*;

import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.analysis.BasicValue;
import rtgo.ir.Type;

/**
 * The subset checks: Java the front end does not accept, reported as {@link Unsupported} with the
 * source line and what to write instead. Whole-method checks run before ASM's analyser
 * ({@link #checkMethod}); the instructions no translation file handles are rejected by
 * {@link #reject}; types are checked where values enter the IR ({@link #irType}, {@link #valueType}).
 */
final class Diagnostics {
    private final MethodSource src;
    private final AbstractInsnNode[] code;
    /** The line the next error is reported at. */
    private int line;

    private Diagnostics(MethodSource src, AbstractInsnNode[] code) {
        this.src = src;
        this.code = code;
    }

    /**
     * Rejects a method outside the subset before it is analysed: the constructs found by
     * {@link #preScan}, exception handlers, synchronized methods and instance methods.
     */
    static void checkMethod(MethodSource src, AbstractInsnNode[] code) {
        Diagnostics d = new Diagnostics(src, code);
        try {
            d.preScan();
        } catch (Unsupported u) {
            throw src.locate(u, d.line);
        }
    }

    /**
     * Finds the constructs whose own error says most, before the translation trips over a side
     * effect of them: a synchronized block (which javac wraps in a catch-all handler), or a JDK
     * method without substitute.
     */
    private void preScan() {
        for (int i = 0; i < code.length; i++) {
            AbstractInsnNode n = code[i];
            int op = n.getOpcode();
            if (op == NEW && n instanceof TypeInsnNode ti && Resolver.isJdk(ti.desc) && !ti.desc.equals("java/lang/String")
                    && !ti.desc.equals("java/lang/Object")
                    && src.program().classes.mapped(ti.desc).equals(ti.desc)) {
                line = BlockGraph.lineBefore(code, i);
                reject(n); // a JDK class without a substitute: its constructor is the first thing that fails
            }
            if (n instanceof MethodInsnNode mi && !mi.owner.startsWith("rtgo/vm/")) {
                line = BlockGraph.lineBefore(code, i);
                if (Resolver.isJdk(mi.owner) && !Intrinsics.isJdkIntrinsic(mi)
                        && src.program().classes.mapped(mi.owner).equals(mi.owner)) {
                    if (op == INVOKESTATIC) {
                        src.program().resolver.staticMethod(mi.owner, mi.name, mi.desc);
                    } else if (!mi.name.equals("<init>")) {
                        src.program().resolver.jdkInstanceMethod(mi.owner, mi.name, mi.desc);
                    }
                }
            }
        }
        line = 0;
    }

    /** Rejects an instruction that no translation file handles (they are tried first). */
    static void reject(AbstractInsnNode n) {
        int op = n.getOpcode();
        switch (op) {
            case GETFIELD, PUTFIELD -> throw new Unsupported("fields of JDK objects (" + Symbols.dotted(((FieldInsnNode) n).owner)
                    + "." + ((FieldInsnNode) n).name + ")", orList(((FieldInsnNode) n).owner, "use a class of your own"));
            case NEW -> throw new Unsupported("creating JDK objects (new " + Symbols.dotted(((TypeInsnNode) n).desc) + ")",
                    orList(((TypeInsnNode) n).desc, "use a class of your own"));
            case INSTANCEOF -> throw new Unsupported("instanceof " + Symbols.javaName(((TypeInsnNode) n).desc),
                    orList(((TypeInsnNode) n).desc, "test against a class of the program or one the device's class library has"));
            default -> throw new Unsupported(unsupportedOpcode(op), "rewrite this without it");
        }
    }

    /** The area hint for a JDK class the device cannot have (Resolver), or the list and {@code otherwise}. */
    private static String orList(String jdkClass, String otherwise) {
        String area = Resolver.areaHint(jdkClass);
        return area != null ? area : "docs/classlib.md lists the JDK classes rtgo provides; " + otherwise;
    }

    /** The IR type of a parameter or return value's descriptor (of each word of a long or double). */
    static Type irType(String desc, String what) {
        char c = desc.charAt(0);
        if (c == 'J' || c == 'F' || c == 'D') {
            return Type.I; // a float's bits, or each of the two words of a long or double (Longs, Floats)
        }
        return Type.ofDescriptor(desc);
    }

    /** The IR type of a value in ASM's frame (a stack slot crossing a block boundary). */
    static Type valueType(BasicValue v) {
        if (v == BasicValue.INT_VALUE || v == BasicValue.FLOAT_VALUE) {
            return Type.I;
        }
        if (v.isReference()) {
            return Type.R;
        }
        throw new Unsupported(v.getType() == null ? "this kind of value" : v.getType().getClassName() + " values",
                "use int");
    }

    private static String unsupportedOpcode(int op) {
        String lower = org.objectweb.asm.util.Printer.OPCODES[op].toLowerCase();
        return "the bytecode " + lower;
    }
}
