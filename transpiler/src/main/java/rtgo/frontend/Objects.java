package rtgo.frontend;

import static org.objectweb.asm.Opcodes.CHECKCAST;
import static org.objectweb.asm.Opcodes.GETFIELD;
import static org.objectweb.asm.Opcodes.INSTANCEOF;
import static org.objectweb.asm.Opcodes.INVOKESPECIAL;
import static org.objectweb.asm.Opcodes.MONITORENTER;
import static org.objectweb.asm.Opcodes.MONITOREXIT;
import static org.objectweb.asm.Opcodes.NEW;
import static org.objectweb.asm.Opcodes.PUTFIELD;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import rtgo.ir.Alias;
import rtgo.ir.Insn;
import rtgo.ir.Op;
import rtgo.ir.Type;
import rtgo.sym.RuntimeSymbols;
import rtgo.sym.Symbols;

/**
 * Translates the object model's bytecodes for the program's own classes: {@code new}, instance
 * fields, constructor, private and {@code super} calls ({@code invokespecial}), virtual calls,
 * {@code instanceof} and {@code checkcast}. What the closed world knows about classes is in
 * {@link Classes}.
 */
final class Objects {
    private Objects() {}

    /** Translates {@code n} if it is one of this file's instructions on a program class; false otherwise. */
    static boolean translate(Translator t, AbstractInsnNode n) {
        Classes classes = t.program.classes;
        switch (n.getOpcode()) {
            case NEW -> {
                if (((TypeInsnNode) n).desc.equals("java/lang/String")) {
                    // new String(...): a placeholder until the constructor call, which makes the String
                    Insn placeholder = t.emit(Op.CONST, Type.R);
                    t.pendingStrings.add(placeholder);
                    t.push(placeholder);
                    return true;
                }
                String c = classes.mapped(((TypeInsnNode) n).desc);
                if (c.equals("java/lang/Object")) {
                    c = Symbols.PLAIN_OBJECT; // a lock or a sentinel
                }
                if (!classes.isProgramClass(c)) {
                    return false;
                }
                classes.instantiate(c);
                runtime(t, RuntimeSymbols.ALLOC_OBJECT);
                runtime(t, RuntimeSymbols.ALLOC_SMALL);
                StaticFields.initCheck(t, classes.node(c)); // new is a first active use (JLS 12.4.1)
                Insn o = t.emit(Op.NEW, Type.R);
                o.sym = c;
                o.refType = c;
                o.mem = Alias.ANY;
                t.push(o);
            }
            case MONITORENTER, MONITOREXIT -> {
                // synchronized (rtgo.runtime.Monitors); the JVM checks for null first
                boolean enter = n.getOpcode() == MONITORENTER;
                t.nullCheck(t.peekTop(), 0, enter ? NpeMessages.MONITOR_ENTER : NpeMessages.MONITOR_EXIT);
                Calls.call(t, t.program.resolver.staticMethod("rtgo/runtime/Monitors", enter ? "enter" : "exit",
                        "(Ljava/lang/Object;)V"));
            }
            case GETFIELD, PUTFIELD -> {
                FieldInsnNode fi = (FieldInsnNode) n;
                if (!classes.isProgramClass(classes.mapped(fi.owner))) {
                    return false;
                }
                Classes.FieldSlot slot = classes.field(classes.mapped(fi.owner), fi.name);
                boolean wide = Longs.isLong(fi.desc);
                if (n.getOpcode() == GETFIELD) {
                    Insn obj = t.peekTop();
                    t.nullCheck(obj, 0, "Cannot read field \"" + fi.name + "\"");
                    t.pop();
                    if (wide) {
                        Longs.loadField(t, obj, slot.symbol(), slot.offset(), fieldClass(classes, slot));
                        return true;
                    }
                    Insn v = t.emit(Op.GETFIELD, slot.elem().type(), obj);
                    v.refType = refType(t, fi.desc);
                    field(v, slot);
                    v.mem = fieldClass(classes, slot);
                    t.push(v);
                } else {
                    t.nullCheck(t.peek(wide ? 2 : 1), 1, "Cannot assign field \"" + fi.name + "\"");
                    if (wide) {
                        Longs.storeField(t, true, slot.symbol(), slot.offset(), fieldClass(classes, slot));
                        return true;
                    }
                    Insn val = t.pop();
                    Insn obj = t.pop();
                    field(t.emit(Op.PUTFIELD, Type.V, obj, val), slot).mem = fieldClass(classes, slot);
                }
            }
            case INSTANCEOF, CHECKCAST -> {
                return typeTest(t, ((TypeInsnNode) n).desc, n.getOpcode());
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * A handler dispatch's test of the exception on the operand stack against a catch type (an
     * instanceof). A type the program never instantiates cannot match, but must still exist.
     */
    static void instanceOf(Translator t, String desc) {
        if (!typeTest(t, desc, INSTANCEOF)) {
            throw new Unsupported("catching " + Symbols.javaName(desc),
                    "catch an exception class of the program or one the device's class library has (docs/abi.md)");
        }
    }

    static final String COMPARABLE = "rtgo/runtime/classlib/java/lang/TComparable";
    static final String COLLECTIONS = "rtgo/runtime/classlib/java/util/TCollections";

    /** instanceof or checkcast of the reference on top of the operand stack; false if the type is not supported. */
    private static boolean typeTest(Translator t, String desc, int opcode) {
        Classes classes = t.program.classes;
        String c = classes.mapped(desc);
        if (c.equals("java/lang/CharSequence")) {
            // no class on the device declares CharSequence: the Strings and StringBuilders are ones
            runtimeTypeTest(t, opcode, "rtgo/runtime/classlib/java/lang/TString", "CharSequence");
            return true;
        }
        if (c.equals(COMPARABLE) && !t.owner.name.equals(COLLECTIONS)) {
            // Strings are Comparable too, but have no interface tables on the device: TCollections tests
            runtimeTypeTest(t, opcode, COLLECTIONS, "Comparable");
            return true;
        }
        if (opcode == CHECKCAST && (t.isTrusted(t.peekTop()) || t.peekTop().op == Op.CONST)) {
            return true; // a reference the runtime made from an address (Address.toRef), or null
        }
        if (c.equals("java/lang/Object") && opcode == CHECKCAST) {
            return true; // every reference is an Object
        }
        boolean string = c.equals("java/lang/String");
        boolean array = c.startsWith("[");
        if (c.equals("java/lang/Object")) {
            t.program.objectType(); // instanceof Object: any non-null reference
        } else if (array) {
            c = desc; // arrays keep their JDK spelling (their descriptors' names)
            ArrayAccess.checkArrayType(t, c);
            t.program.arrayType(c);
        } else if (!string && !classes.isProgramClass(c) && !classes.isProgramInterface(c)) {
            return false;
        } else if (!string) {
            classes.describe(c);
        }
        Insn v = t.peekTop();
        if (opcode == CHECKCAST && v.refType != null && classes.isSubtype(v.refType, c)) {
            // the value's static class is already a subtype: the cast cannot fail (Lowering would
            // drop it too), and a program whose casts are all like this carries no cast machinery
            return true;
        }
        runtime(t, opcode == INSTANCEOF ? RuntimeSymbols.INSTANCE_OF : RuntimeSymbols.CHECK_CAST);
        if (opcode == INSTANCEOF) {
            t.pop();
            Insn r = t.emit(Op.INSTANCEOF, Type.I, v);
            r.sym = c;
            t.push(r);
        } else {
            t.emit(Op.CHECKCAST, Type.V, v).sym = c;
        }
        return true;
    }

    /**
     * instanceof or checkcast done by the runtime methods {@code is<what>(Object)Z} and
     * {@code check<what>(Object)V} of {@code owner}, for a type that Strings have but no descriptor
     * records; a checkcast leaves the reference on the stack.
     */
    private static void runtimeTypeTest(Translator t, int opcode, String owner, String what) {
        if (opcode == INSTANCEOF) {
            Calls.call(t, t.program.resolver.staticMethod(owner, "is" + what, "(Ljava/lang/Object;)Z"));
        } else {
            t.push(t.peekTop());
            Calls.call(t, t.program.resolver.staticMethod(owner, "check" + what, "(Ljava/lang/Object;)V"));
        }
    }

    /**
     * {@code new String(args)}: javac's {@code new; dup; args; invokespecial <init>} becomes a call of
     * the runtime's String factory for those arguments, whose result replaces the placeholder
     * {@code new} pushed. Arguments with control flow inside (a ?: between new and the call) would
     * carry the placeholder through a phi, which cannot be replaced: that is refused.
     */
    private static void newString(Translator t, MethodInsnNode mi) {
        String factory = switch (mi.desc) {
            case "([C)V" -> "valueOf([C)Ljava/lang/String;";
            case "([CII)V" -> "valueOf([CII)Ljava/lang/String;";
            case "(Ljava/lang/String;)V" -> "newString(Ljava/lang/String;)Ljava/lang/String;";
            case "()V" -> "newString()Ljava/lang/String;";
            default -> throw new Unsupported("the constructor java.lang.String" + mi.desc.replace(")V", ")"),
                    "use new String(char[]), new String(char[], int, int), new String(String) or a StringBuilder");
        };
        Insn placeholder = t.peek(Longs.argWords(mi.desc));
        if (!t.pendingStrings.contains(placeholder)) {
            throw new Unsupported("new String(...) whose arguments hold a conditional or a loop",
                    "compute the arguments into local variables first");
        }
        int paren = factory.indexOf('(');
        Calls.call(t, t.program.resolver.staticMethod("java/lang/String", factory.substring(0, paren),
                factory.substring(paren)));
        Insn made = t.pop();
        if (t.pop() != placeholder || t.replaceOnStack(placeholder, made) == 0) {
            throw new Unsupported("new String(...) used other than as an expression",
                    "compute the arguments into local variables first");
        }
        t.pendingStrings.remove(placeholder);
    }

    /** A private interface method, which javac calls with invokeinterface: it has one target. */
    private static boolean isPrivate(ClassNode owner, MethodInsnNode mi) {
        MethodNode m = Classes.declared(owner, mi.name, mi.desc);
        return m != null && (m.access & Opcodes.ACC_PRIVATE) != 0;
    }

    /** Makes an entry point that lowering will call part of the build. */
    private static void runtime(Translator t, String[] entry) {
        Resolver.MethodTarget m = t.program.resolver.staticMethod(entry[0], entry[1], entry[2]);
        t.program.require(m.owner(), m.method());
    }

    private static Insn field(Insn i, Classes.FieldSlot slot) {
        i.sym = slot.symbol();
        i.aux = slot.elem().access().ordinal();
        i.aux2 = slot.offset();
        i.mem = Alias.instanceField(i.sym);
        return i;
    }

    /** The alias class of the field in {@code slot}: volatile fields have their own (see Alias). */
    private static Alias fieldClass(Classes classes, Classes.FieldSlot slot) {
        for (org.objectweb.asm.tree.FieldNode fn : classes.node(slot.owner()).fields) {
            if (fn.name.equals(slot.name()) && (fn.access & Opcodes.ACC_STATIC) == 0) {
                return Alias.field(slot.symbol(), false, (fn.access & Opcodes.ACC_VOLATILE) != 0);
            }
        }
        return Alias.instanceField(slot.symbol());
    }

    /**
     * {@code invokespecial} and {@code invokevirtual} of a program class's method (or
     * {@code Object.<init>}, which does nothing); false when the owner is not the program's.
     */
    static boolean invoke(Translator t, MethodInsnNode original) {
        Classes classes = t.program.classes;
        MethodInsnNode mi = original;
        String mappedOwner = classes.mapped(original.owner);
        if (!mappedOwner.equals(original.owner)) {
            // a JDK class with a whole-class substitute: the substitute's method, its types mapped too
            mi = new MethodInsnNode(original.getOpcode(), mappedOwner, original.name, classes.mappedDesc(original.desc),
                    original.itf);
        }
        int args = org.objectweb.asm.Type.getArgumentTypes(mi.desc).length;
        int words = Longs.argWords(mi.desc);
        if (mi.getOpcode() == INVOKESPECIAL && mi.owner.equals("java/lang/String") && mi.name.equals("<init>")) {
            newString(t, mi);
            return true;
        }
        if (mi.getOpcode() == INVOKESPECIAL && mi.owner.equals("java/lang/Object") && mi.name.equals("<init>")) {
            t.pop(); // Object's constructor does nothing
            return true;
        }
        boolean iface = mi.getOpcode() == Opcodes.INVOKEINTERFACE;
        if (mi.getOpcode() == Opcodes.INVOKEVIRTUAL && Classes.OBJECT_METHODS.contains(mi.name + mi.desc)
                && (mi.owner.equals("java/lang/Class") || "java/lang/Class".equals(t.peek(words).refType))) {
            // a Class is a type descriptor, without Object's virtual table: TClass's own methods
            t.nullCheck(t.peek(words), args, NpeMessages.invoke(original));
            Calls.call(t, t.program.resolver.staticMethod("rtgo/runtime/classlib/java/lang/TClass", mi.name,
                    mi.desc.replace("(", "(Ljava/lang/Class;")));
            return true;
        }
        if (mi.getOpcode() == Opcodes.INVOKEVIRTUAL && mi.owner.equals(Classes.OBJECT)
                && Classes.OBJECT_METHODS.contains(mi.name + mi.desc)) {
            t.nullCheck(t.peek(words), args, NpeMessages.invoke(original));
            virtual(t, mi, classes.objectCall(mi.name, mi.desc), Op.VCALL);
            return true;
        }
        boolean ownerIsInterface = classes.isProgramInterface(mi.owner);
        if (!ownerIsInterface && !classes.isProgramClass(mi.owner) || iface && !ownerIsInterface) {
            return false;
        }
        Insn receiver = t.peek(words);
        if (!t.isNonNull(receiver)) {
            t.nullCheck(receiver, args, NpeMessages.invoke(original));
        }
        if (iface && mi.owner.equals(COMPARABLE) && mi.name.equals("compareTo") && !t.owner.name.equals(COLLECTIONS)) {
            // Comparable.compareTo: Strings and boxed values compare too (TCollections.compareNatural)
            Calls.call(t, t.program.resolver.staticMethod(COLLECTIONS, "compareNatural",
                    "(Ljava/lang/Object;Ljava/lang/Object;)I"));
            return true;
        }
        if (mi.getOpcode() == INVOKESPECIAL || iface && isPrivate(classes.node(mi.owner), mi)) {
            // constructors, private methods, super.m() and I.super.m(): the method the owner's chain declares
            Calls.call(t, classes.special(mi.owner, mi.name, mi.desc), true);
            return true;
        }
        if (mi.name.equals("getClass") && mi.desc.equals("()Ljava/lang/Class;")) {
            // final in Object: one target for every receiver
            Calls.call(t, t.program.resolver.jdkInstanceMethod(Classes.OBJECT, mi.name, mi.desc));
            return true;
        }
        String sym = iface ? classes.interfaceCall(mi.owner, mi.name, mi.desc)
                : classes.virtualCall(mi.owner, mi.name, mi.desc);
        boolean objectMethod = sym.equals(Symbols.method(Classes.OBJECT, mi.name, mi.desc));
        virtual(t, mi, sym, iface && !objectMethod ? Op.ICALL : Op.VCALL);
        return true;
    }

    /** Emits a virtual or interface call of {@code sym}: the receiver and arguments are on the stack. */
    private static void virtual(Translator t, MethodInsnNode mi, String sym, Op op) {
        int args = Longs.argWords(mi.desc);
        org.objectweb.asm.Type mt = org.objectweb.asm.Type.getMethodType(mi.desc);
        Insn[] a = new Insn[args + 1];
        for (int k = args; k >= 0; k--) {
            a[k] = t.pop();
        }
        for (org.objectweb.asm.Type p : mt.getArgumentTypes()) {
            Diagnostics.irType(p.getDescriptor(), "parameters");
        }
        Type rt = Diagnostics.irType(mt.getReturnType().getDescriptor(), "return values");
        Insn c = t.emitCall(op, rt, mt.getReturnType().getSize() == 2, a);
        c.sym = sym;
        c.mem = Alias.ANY;
        c.refType = refType(t, mt.getReturnType().getDescriptor());
    }

    /**
     * The static class of a value of JVM type {@code desc} (a field's, a parameter's or a result's),
     * as the program means it (whole-class substitutes mapped); null for primitives.
     */
    static String refType(Translator t, String desc) {
        if (desc.startsWith("L")) {
            return t.program.classes.mapped(desc.substring(1, desc.length() - 1));
        }
        return desc.startsWith("[") ? desc : null;
    }
}
