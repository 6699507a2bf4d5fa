package rtgo.frontend;

import rtgo.sym.Symbols;
import static org.objectweb.asm.Opcodes.*;

import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import rtgo.ir.Alias;
import rtgo.ir.Insn;
import rtgo.ir.Op;
import rtgo.ir.Type;

/**
 * Translates calls: intrinsics first ({@link Intrinsics}), then static methods of the program and
 * JDK methods with a substitute in the runtime (resolved by {@link Resolver}), each queued for
 * translation in the {@link Program}; string concatenation ({@link Concat}, javac's invokedynamic);
 * and checkcast, which only references an intrinsic made may pass.
 */
final class Calls {
    private Calls() {}

    /** Translates {@code n} if it is one of this file's instructions; false otherwise. */
    static boolean translate(Translator t, AbstractInsnNode n) {
        switch (n.getOpcode()) {
            case INVOKESTATIC, INVOKEVIRTUAL, INVOKESPECIAL, INVOKEINTERFACE -> invoke(t, (MethodInsnNode) n);
            case INVOKEDYNAMIC -> {
                InvokeDynamicInsnNode indy = (InvokeDynamicInsnNode) n;
                if (Lambdas.isMetafactory(indy.bsm)) {
                    t.program.lambdas.translate(t, indy);
                } else if (RecordMethods.isObjectMethods(indy.bsm)) {
                    t.program.recordMethods.translate(t, indy);
                } else if (SwitchSites.isSwitchBootstrap(indy.bsm)) {
                    t.program.switchSites.translate(t, indy);
                } else {
                    new Concat(t).translate(indy);
                }
            }
            case CHECKCAST -> {
                Insn v = t.peekTop();
                if (v.op == Op.CONST) {
                    return true; // null passes every cast
                }
                if (!t.isTrusted(v) && !(v.op == Op.CONST)) {
                    throw new Unsupported("casts to " + Symbols.javaName(((TypeInsnNode) n).desc),
                            "casts arrive with the object model");
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void invoke(Translator t, MethodInsnNode mi) {
        if (takesEnumClass(mi)) {
            // EnumSet.noneOf/allOf(E.class), new EnumMap(E.class): the runtime finds E's constants
            // through E's $VALUES, which E's initialiser fills (the JDK reads them reflectively)
            String e = t.classLiterals.get(t.peekTop());
            if (e != null && t.program.classes.isProgramClass(e)) {
                StaticFields.initCheck(t, t.program.classes.node(e));
            }
        }
        if (mi.getOpcode() == INVOKESTATIC && t.intrinsics.translate(mi)) {
            return;
        }
        if (mi.getOpcode() != INVOKESTATIC && Objects.invoke(t, mi)) {
            return;
        }
        if (mi.getOpcode() == INVOKESTATIC && mi.owner.equals("java/lang/Enum") && mi.name.equals("valueOf")) {
            enumValueOf(t);
            return;
        }
        if (mi.getOpcode() == INVOKEVIRTUAL && mi.owner.startsWith("[") && mi.name.equals("clone")) {
            t.nullCheck(t.peekTop(), 0, NpeMessages.invoke(mi));
            call(t, t.program.resolver.staticMethod("rtgo/runtime/Heap", "cloneArray", "(Ljava/lang/Object;)Ljava/lang/Object;"));
            return;
        }
        if (mi.owner.equals("java/util/Objects") && mi.name.equals("requireNonNull")
                && mi.desc.equals("(Ljava/lang/Object;)Ljava/lang/Object;") && isConsole(t.peekTop())) {
            return; // javac's check before a method reference on System.out: the console is never null
        }
        Resolver.MethodTarget target;
        if (mi.getOpcode() == INVOKESTATIC) {
            target = t.program.resolver.staticMethod(mi.owner, mi.name, mi.desc);
        } else if (Resolver.isJdk(mi.owner)) {
            target = t.program.resolver.jdkInstanceMethod(mi.owner, mi.name, mi.desc);
            if (!mi.owner.equals("java/io/PrintStream")) {
                // the receiver is checked here, where the message can name it; System.out is
                // null on the device (one console), so PrintStream calls are not checked
                int args = org.objectweb.asm.Type.getArgumentTypes(mi.desc).length;
                t.nullCheck(t.peek(Longs.argWords(mi.desc)), args, NpeMessages.invoke(mi));
            }
        } else if (mi.name.equals("<init>")) {
            throw new Unsupported("constructors", "objects arrive with a later milestone");
        } else {
            throw new Unsupported("calling the instance method " + Symbols.dotted(mi.owner) + "." + mi.name,
                    "objects arrive with a later milestone; make the method static");
        }
        call(t, target);
    }

    /**
     * Enum.valueOf(E.class, name), as javac's E.valueOf(String) calls it: the device cannot find
     * E's constants from a Class, so E.values() goes along to TEnum.valueOf. E must be a constant.
     */
    private static void enumValueOf(Translator t) {
        String e = t.classLiterals.get(t.peek(1));
        if (e == null) {
            throw new Unsupported("Enum.valueOf with a Class that is not a class literal",
                    "call valueOf(String) on the enum class itself");
        }
        Insn name = t.pop();
        Insn cls = t.pop();
        call(t, t.program.resolver.staticMethod(e, "values", "()[L" + e + ";"));
        t.push(cls);
        t.push(name);
        String te = "rtgo/runtime/classlib/java/lang/TEnum";
        call(t, t.program.resolver.staticMethod(te, "valueOf", "([L" + te + ";Ljava/lang/Class;Ljava/lang/String;)L" + te + ";"));
    }

    private static boolean takesEnumClass(MethodInsnNode mi) {
        return mi.owner.equals("java/util/EnumSet") && (mi.name.equals("noneOf") || mi.name.equals("allOf"))
                || mi.owner.equals("java/util/EnumMap") && mi.name.equals("<init>") && mi.desc.equals("(Ljava/lang/Class;)V");
    }

    /** Whether {@code v} is System.out or System.err, which hold null on the device (TSystem). */
    private static boolean isConsole(Insn v) {
        return v.op == Op.GETSTATIC && v.sym != null && v.sym.startsWith("S:rtgo.runtime.classlib.java.lang.TSystem.")
                && (v.sym.endsWith(".out") || v.sym.endsWith(".err"));
    }

    /** Calls a resolved static method (arguments on the stack), with class initialisation first. */
    static void call(Translator t, Resolver.MethodTarget target) {
        call(t, target, false);
    }

    /**
     * Calls a resolved method directly (arguments on the stack, and the receiver below them when
     * {@code instance}); a static method's class is initialised first.
     */
    static void call(Translator t, Resolver.MethodTarget target, boolean instance) {
        String sym = t.program.require(target.owner(), target.method());
        org.objectweb.asm.Type mt = org.objectweb.asm.Type.getMethodType(target.method().desc);
        int n = Longs.argWords(target.method().desc) + (instance ? 1 : 0);
        Insn[] args = new Insn[n];
        for (int k = n - 1; k >= 0; k--) {
            args[k] = t.pop();
        }
        for (org.objectweb.asm.Type a : mt.getArgumentTypes()) {
            Diagnostics.irType(a.getDescriptor(), "parameters");
        }
        if (!instance) {
            StaticFields.initCheck(t, target.owner());
        }
        Type rt = Diagnostics.irType(mt.getReturnType().getDescriptor(), "return values");
        Insn c = t.emitCall(Op.CALL, rt, mt.getReturnType().getSize() == 2, args);
        c.sym = sym;
        c.refType = Objects.refType(t, mt.getReturnType().getDescriptor());
        c.mem = Alias.ANY;
    }
}
