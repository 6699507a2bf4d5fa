package rtgo.frontend;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;

/**
 * Lambdas and method references: each {@code LambdaMetafactory} call site becomes, at build time,
 * a class of its own — what the JVM spins at run time, written as bytecode with ASM and compiled
 * like any class of the program (the TeaVM way).
 *
 * <p>The class implements the functional interface (and any marker interfaces of
 * {@code altMetafactory}); it holds the captured values in final fields and implements the
 * interface method, and the bridges {@code altMetafactory} asks for, by calling the implementation
 * method with the adaptations LambdaMetafactory defines: casts to the instantiated types, boxing,
 * unboxing and primitive widening of arguments and result. The call site becomes a call of the
 * class's static factory {@code make}, which takes the captured values. A lambda that captures
 * nothing is one object for the whole run: {@code make} returns the instance it made the first
 * time, so evaluating the lambda again allocates nothing (no class initialiser either, so the
 * factory needs no class-initialisation check).
 *
 * <p>Names are {@code Owner$$Lambda$N}, numbered per owner class in the order the call sites are
 * translated (deterministic); {@code Class.getName()} of a lambda object therefore differs from
 * HotSpot's hidden-class names, which are not stable across runs either.
 */
final class Lambdas {
    private final Program program;
    /** The class made for each call site (a site is translated again when its block is copied). */
    private final Map<InvokeDynamicInsnNode, String> made = new IdentityHashMap<>();
    private final Map<String, Integer> counters = new java.util.HashMap<>();

    Lambdas(Program program) {
        this.program = program;
    }

    static final String FACTORY = "make";

    static boolean isMetafactory(Handle bsm) {
        return bsm.getOwner().equals("java/lang/invoke/LambdaMetafactory")
                && (bsm.getName().equals("metafactory") || bsm.getName().equals("altMetafactory"));
    }

    /** Translates the call site: a call of the made class's factory with the captured values. */
    void translate(Translator t, InvokeDynamicInsnNode indy) {
        String cls = made.computeIfAbsent(indy, k -> synthesize(t.owner.name, indy));
        Type site = Type.getMethodType(indy.desc);
        String factoryDesc = Type.getMethodDescriptor(site.getReturnType(), site.getArgumentTypes());
        Calls.call(t, program.resolver.staticMethod(cls, FACTORY, factoryDesc));
    }

    private String synthesize(String owner, InvokeDynamicInsnNode indy) {
        int n = counters.merge(owner, 1, Integer::sum) - 1;
        String name = owner + "$$Lambda$" + n;
        Object[] args = indy.bsmArgs;
        Type samType = (Type) args[0];
        Handle impl = (Handle) args[1];
        Type instantiated = (Type) args[2];
        Type site = Type.getMethodType(indy.desc);
        String iface = site.getReturnType().getInternalName();
        List<String> interfaces = new ArrayList<>(List.of(iface));
        List<Type> bridges = new ArrayList<>();
        if (indy.bsm.getName().equals("altMetafactory")) {
            int flags = (Integer) args[3];
            int k = 4;
            if ((flags & 2) != 0) { // FLAG_MARKERS
                int count = (Integer) args[k++];
                for (int i = 0; i < count; i++) {
                    interfaces.add(((Type) args[k++]).getInternalName());
                }
            }
            if ((flags & 4) != 0) { // FLAG_BRIDGES
                int count = (Integer) args[k++];
                for (int i = 0; i < count; i++) {
                    bridges.add((Type) args[k++]);
                }
            }
            interfaces.remove("java/io/Serializable"); // FLAG_SERIALIZABLE: nothing is serialized on the device
        }
        Type[] captured = site.getArgumentTypes();
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(V21, ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC, name, null, "java/lang/Object",
                interfaces.toArray(String[]::new));
        ClassNode ownerNode = program.classPath.find(owner);
        cw.visitSource(ownerNode != null ? ownerNode.sourceFile : null, null);
        for (int i = 0; i < captured.length; i++) {
            cw.visitField(ACC_PRIVATE | ACC_FINAL, "f" + i, captured[i].getDescriptor(), null, null).visitEnd();
        }
        String self = "L" + name + ";";
        if (captured.length == 0) {
            cw.visitField(ACC_PRIVATE | ACC_STATIC, "instance", self, null, null).visitEnd();
        }
        constructor(cw, name, captured);
        factory(cw, name, captured, site);
        String samName = indy.name;
        body(cw, name, samName, samType, impl, instantiated, captured);
        for (Type b : bridges) {
            if (!b.getDescriptor().equals(samType.getDescriptor())) {
                body(cw, name, samName, b, impl, instantiated, captured);
            }
        }
        define(program, cw, name);
        return name;
    }

    /** Ends {@code cw} and adds its class to the program's class path (classes made at build time). */
    static void define(Program program, ClassWriter cw, String name) {
        cw.visitEnd();
        ClassNode cn = new ClassNode();
        new ClassReader(cw.toByteArray()).accept(cn, 0);
        program.classPath.define(name, cn);
    }

    private static void constructor(ClassWriter cw, String name, Type[] captured) {
        MethodVisitor mv = cw.visitMethod(ACC_PRIVATE, "<init>", Type.getMethodDescriptor(Type.VOID_TYPE, captured), null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        int slot = 1;
        for (int i = 0; i < captured.length; i++) {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitVarInsn(captured[i].getOpcode(ILOAD), slot);
            slot += captured[i].getSize();
            mv.visitFieldInsn(PUTFIELD, name, "f" + i, captured[i].getDescriptor());
        }
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static void factory(ClassWriter cw, String name, Type[] captured, Type site) {
        String desc = Type.getMethodDescriptor(site.getReturnType(), captured);
        MethodVisitor mv = cw.visitMethod(ACC_STATIC, FACTORY, desc, null, null);
        mv.visitCode();
        String self = "L" + name + ";";
        if (captured.length == 0) {
            org.objectweb.asm.Label have = new org.objectweb.asm.Label();
            mv.visitFieldInsn(GETSTATIC, name, "instance", self);
            mv.visitJumpInsn(IFNONNULL, have);
            mv.visitTypeInsn(NEW, name);
            mv.visitInsn(DUP);
            mv.visitMethodInsn(INVOKESPECIAL, name, "<init>", "()V", false);
            mv.visitFieldInsn(PUTSTATIC, name, "instance", self);
            mv.visitLabel(have);
            mv.visitFieldInsn(GETSTATIC, name, "instance", self);
        } else {
            mv.visitTypeInsn(NEW, name);
            mv.visitInsn(DUP);
            int slot = 0;
            for (Type c : captured) {
                mv.visitVarInsn(c.getOpcode(ILOAD), slot);
                slot += c.getSize();
            }
            mv.visitMethodInsn(INVOKESPECIAL, name, "<init>", Type.getMethodDescriptor(Type.VOID_TYPE, captured), false);
        }
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /**
     * The interface method {@code sam} (erased types): captured values, then the arguments, each
     * adapted to the implementation's parameter, the call, and the result adapted back.
     */
    private static void body(ClassWriter cw, String name, String samName, Type sam, Handle impl, Type instantiated,
            Type[] captured) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, samName, sam.getDescriptor(), null, null);
        mv.visitCode();
        int kind = impl.getTag();
        Type implType = Type.getMethodType(impl.getDesc());
        List<Type> implParams = new ArrayList<>();
        if (kind == H_INVOKEVIRTUAL || kind == H_INVOKEINTERFACE || kind == H_INVOKESPECIAL) {
            implParams.add(Type.getObjectType(impl.getOwner())); // the receiver comes first
        }
        implParams.addAll(List.of(implType.getArgumentTypes()));
        if (kind == H_NEWINVOKESPECIAL) {
            mv.visitTypeInsn(NEW, impl.getOwner());
            mv.visitInsn(DUP);
        }
        int p = 0;
        for (int i = 0; i < captured.length; i++, p++) {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, name, "f" + i, captured[i].getDescriptor());
            // captured values already have the implementation's types (javac makes them so)
        }
        Type[] samArgs = sam.getArgumentTypes();
        Type[] instArgs = instantiated.getArgumentTypes();
        int slot = 1;
        for (int j = 0; j < samArgs.length; j++, p++) {
            mv.visitVarInsn(samArgs[j].getOpcode(ILOAD), slot);
            slot += samArgs[j].getSize();
            Type q = j < instArgs.length ? instArgs[j] : samArgs[j];
            if (isRef(q) && !q.equals(samArgs[j]) && !q.getInternalName().equals("java/lang/Object")) {
                mv.visitTypeInsn(CHECKCAST, q.getInternalName());
            }
            convert(mv, isRef(samArgs[j]) ? q : samArgs[j], implParams.get(p));
        }
        switch (kind) {
            case H_INVOKESTATIC -> mv.visitMethodInsn(INVOKESTATIC, impl.getOwner(), impl.getName(), impl.getDesc(),
                    impl.isInterface());
            case H_INVOKEVIRTUAL -> mv.visitMethodInsn(INVOKEVIRTUAL, impl.getOwner(), impl.getName(), impl.getDesc(), false);
            case H_INVOKEINTERFACE -> mv.visitMethodInsn(INVOKEINTERFACE, impl.getOwner(), impl.getName(), impl.getDesc(),
                    true);
            case H_INVOKESPECIAL, H_NEWINVOKESPECIAL -> mv.visitMethodInsn(INVOKESPECIAL, impl.getOwner(), impl.getName(),
                    impl.getDesc(), impl.isInterface());
            default -> throw new Unsupported("a method reference of kind " + kind, "use a lambda");
        }
        Type result = kind == H_NEWINVOKESPECIAL ? Type.getObjectType(impl.getOwner()) : implType.getReturnType();
        Type samResult = sam.getReturnType();
        if (samResult.getSort() == Type.VOID) {
            if (result.getSize() > 0) {
                mv.visitInsn(result.getSize() == 2 ? POP2 : POP);
            }
            mv.visitInsn(RETURN);
        } else {
            Type instResult = instantiated.getReturnType();
            convert(mv, result, isRef(samResult) && isRef(instResult) ? instResult : samResult);
            mv.visitInsn(samResult.getOpcode(IRETURN));
        }
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static boolean isRef(Type t) {
        return t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY;
    }

    /** Converts the value on the stack from {@code from} to {@code to}: box, unbox, widen or cast. */
    private static void convert(MethodVisitor mv, Type from, Type to) {
        if (from.equals(to)) {
            return;
        }
        if (!isRef(from) && !isRef(to)) {
            widen(mv, from, to);
        } else if (!isRef(from)) {
            // box, as the wrapper of the primitive (the target is that wrapper or a supertype)
            Type box = wrapper(from);
            mv.visitMethodInsn(INVOKESTATIC, box.getInternalName(), "valueOf",
                    Type.getMethodDescriptor(box, from), false);
        } else if (!isRef(to)) {
            Type box = primitive(from) != null ? from : wrapper(to);
            if (!box.equals(from)) {
                mv.visitTypeInsn(CHECKCAST, box.getInternalName());
            }
            Type prim = primitive(box);
            mv.visitMethodInsn(INVOKEVIRTUAL, box.getInternalName(), prim.getClassName() + "Value",
                    Type.getMethodDescriptor(prim), false);
            widen(mv, prim, to);
        } else if (!to.getInternalName().equals("java/lang/Object")) {
            mv.visitTypeInsn(CHECKCAST, to.getInternalName());
        }
    }

    private static void widen(MethodVisitor mv, Type from, Type to) {
        int f = from.getSort();
        int t = to.getSort();
        if (f == t) {
            return;
        }
        boolean fromInt = f == Type.INT || f == Type.SHORT || f == Type.BYTE || f == Type.CHAR || f == Type.BOOLEAN;
        if (fromInt && (t == Type.INT || t == Type.SHORT || t == Type.BYTE || t == Type.CHAR)) {
            return;
        }
        int op = switch (t) {
            case Type.LONG -> fromInt ? I2L : f == Type.FLOAT ? F2L : -1;
            case Type.FLOAT -> fromInt ? I2F : f == Type.LONG ? L2F : -1;
            case Type.DOUBLE -> fromInt ? I2D : f == Type.LONG ? L2D : f == Type.FLOAT ? F2D : -1;
            default -> -1;
        };
        if (op < 0) {
            throw new Unsupported("a method reference that converts " + from.getClassName() + " to " + to.getClassName(),
                    "use a lambda that converts explicitly");
        }
        mv.visitInsn(op);
    }

    private static Type wrapper(Type prim) {
        return Type.getObjectType(switch (prim.getSort()) {
            case Type.BOOLEAN -> "java/lang/Boolean";
            case Type.BYTE -> "java/lang/Byte";
            case Type.CHAR -> "java/lang/Character";
            case Type.SHORT -> "java/lang/Short";
            case Type.INT -> "java/lang/Integer";
            case Type.LONG -> "java/lang/Long";
            case Type.FLOAT -> "java/lang/Float";
            default -> "java/lang/Double";
        });
    }

    /** The primitive a wrapper class boxes, or null when {@code box} is not a wrapper. */
    private static Type primitive(Type box) {
        return switch (box.getInternalName()) {
            case "java/lang/Boolean" -> Type.BOOLEAN_TYPE;
            case "java/lang/Byte" -> Type.BYTE_TYPE;
            case "java/lang/Character" -> Type.CHAR_TYPE;
            case "java/lang/Short" -> Type.SHORT_TYPE;
            case "java/lang/Integer" -> Type.INT_TYPE;
            case "java/lang/Long" -> Type.LONG_TYPE;
            case "java/lang/Float" -> Type.FLOAT_TYPE;
            case "java/lang/Double" -> Type.DOUBLE_TYPE;
            default -> null;
        };
    }
}
