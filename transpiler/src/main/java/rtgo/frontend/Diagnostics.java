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
            d.checkShape();
        } catch (Unsupported u) {
            throw src.locate(u, d.line);
        }
    }

    private void checkShape() {
        MethodNode m = src.m();
        if ((m.access & ACC_SYNCHRONIZED) != 0) {
            line = BlockGraph.lineAfter(m.instructions.getFirst()); // the method's first line
            throw new Unsupported("synchronized methods", "remove 'synchronized'; threads arrive with a later milestone");
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
            if (op == MONITORENTER) {
                line = BlockGraph.lineBefore(code, i);
                throw new Unsupported("synchronized blocks", "threads arrive with a later milestone; remove the synchronized block");
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
                    + "." + ((FieldInsnNode) n).name + ")", "use a class of your own; the class library arrives later");
            case NEW -> throw new Unsupported("creating JDK objects (new " + Symbols.dotted(((TypeInsnNode) n).desc) + ")",
                    "objects of the program's own classes work; JDK classes arrive with the class library");
            case INSTANCEOF -> throw new Unsupported("instanceof " + Symbols.javaName(((TypeInsnNode) n).desc),
                    "instanceof works on the program's own classes; arrays, interfaces and JDK classes arrive later");
            case MONITORENTER, MONITOREXIT -> throw new Unsupported("synchronized blocks", "threads arrive with a later milestone");
            default -> throw new Unsupported(unsupportedOpcode(op), "use int arithmetic");
        }
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
