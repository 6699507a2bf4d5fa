package rtgo.frontend;

import static org.objectweb.asm.Opcodes.*;

import java.util.IdentityHashMap;
import java.util.Map;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;

/**
 * Pattern-matching switches: javac's invokedynamic of {@code SwitchBootstraps.typeSwitch} or
 * {@code enumSwitch} (target, restart index) returns the index of the first case label at or after
 * the restart index that the target matches, -1 for null, and the number of labels when none
 * matches; javac's tableswitch on that index does the rest, and a guard that fails re-enters with
 * the next index. At build time each call site becomes a static method of a class made for it
 * ({@code Owner$$Switch$N}) that tests the labels in order: a class label is an instanceof, an
 * Integer label matches a boxed Integer or Character of that value, a String label a String equal
 * to it (for enumSwitch: an enum constant of that name).
 */
final class SwitchSites {
    private final Program program;
    private final Map<InvokeDynamicInsnNode, String> made = new IdentityHashMap<>();
    private final Map<String, Integer> counters = new java.util.HashMap<>();

    SwitchSites(Program program) {
        this.program = program;
    }

    static boolean isSwitchBootstrap(Handle bsm) {
        return bsm.getOwner().equals("java/lang/runtime/SwitchBootstraps")
                && (bsm.getName().equals("typeSwitch") || bsm.getName().equals("enumSwitch"));
    }

    void translate(Translator t, InvokeDynamicInsnNode indy) {
        String cls = made.computeIfAbsent(indy, k -> synthesize(t.owner, indy));
        Calls.call(t, program.resolver.staticMethod(cls, indy.name, indy.desc));
    }

    private String synthesize(ClassNode owner, InvokeDynamicInsnNode indy) {
        int n = counters.merge(owner.name, 1, Integer::sum) - 1;
        String name = owner.name + "$$Switch$" + n;
        boolean enumSwitch = indy.bsm.getName().equals("enumSwitch");
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(V21, ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC, name, null, "java/lang/Object", null);
        cw.visitSource(owner.sourceFile, null);
        MethodVisitor mv = cw.visitMethod(ACC_STATIC, indy.name, indy.desc, null, null);
        mv.visitCode();
        Label notNull = new Label();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitJumpInsn(IFNONNULL, notNull);
        mv.visitInsn(ICONST_M1);
        mv.visitInsn(IRETURN);
        mv.visitLabel(notNull);
        Object[] labels = indy.bsmArgs;
        for (int i = 0; i < labels.length; i++) {
            Label next = new Label();
            mv.visitVarInsn(ILOAD, 1);
            push(mv, i);
            mv.visitJumpInsn(IF_ICMPGT, next); // restart > i: not this label
            Object label = labels[i];
            if (label instanceof Type type) {
                mv.visitVarInsn(ALOAD, 0);
                mv.visitTypeInsn(INSTANCEOF, type.getInternalName());
                mv.visitJumpInsn(IFEQ, next);
            } else if (label instanceof String s && enumSwitch) {
                mv.visitVarInsn(ALOAD, 0);
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Enum", "name", "()Ljava/lang/String;", false);
                mv.visitLdcInsn(s);
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/String", "equals", "(Ljava/lang/Object;)Z", false);
                mv.visitJumpInsn(IFEQ, next);
            } else if (label instanceof String s) {
                mv.visitLdcInsn(s);
                mv.visitVarInsn(ALOAD, 0);
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/String", "equals", "(Ljava/lang/Object;)Z", false);
                mv.visitJumpInsn(IFEQ, next);
            } else if (label instanceof Integer k) {
                Label integer = new Label();
                Label compare = new Label();
                mv.visitVarInsn(ALOAD, 0);
                mv.visitTypeInsn(INSTANCEOF, "java/lang/Integer");
                mv.visitJumpInsn(IFNE, integer);
                mv.visitVarInsn(ALOAD, 0);
                mv.visitTypeInsn(INSTANCEOF, "java/lang/Character");
                mv.visitJumpInsn(IFEQ, next);
                mv.visitVarInsn(ALOAD, 0);
                mv.visitTypeInsn(CHECKCAST, "java/lang/Character");
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Character", "charValue", "()C", false);
                mv.visitJumpInsn(GOTO, compare);
                mv.visitLabel(integer);
                mv.visitVarInsn(ALOAD, 0);
                mv.visitTypeInsn(CHECKCAST, "java/lang/Integer");
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Integer", "intValue", "()I", false);
                mv.visitLabel(compare);
                mv.visitLdcInsn(k);
                mv.visitJumpInsn(IF_ICMPNE, next);
            } else {
                throw new Unsupported("a case label of kind " + label.getClass().getSimpleName() + " in a pattern switch",
                        "use a type pattern or a constant of the switch's own type");
            }
            push(mv, i);
            mv.visitInsn(IRETURN);
            mv.visitLabel(next);
        }
        push(mv, labels.length);
        mv.visitInsn(IRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        Lambdas.define(program, cw, name);
        return name;
    }

    private static void push(MethodVisitor mv, int v) {
        if (v <= 5) {
            mv.visitInsn(ICONST_0 + v);
        } else {
            mv.visitIntInsn(SIPUSH, v);
        }
    }
}
