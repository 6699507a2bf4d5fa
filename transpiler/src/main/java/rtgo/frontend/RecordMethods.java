package rtgo.frontend;

import static org.objectweb.asm.Opcodes.*;

import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;

/**
 * A record's {@code toString}, {@code hashCode} and {@code equals}: javac implements them with an
 * invokedynamic of {@code java.lang.runtime.ObjectMethods.bootstrap}, given the record class, its
 * component names and a getter per component. At build time each becomes a static method of a
 * class made for the record ({@code R$$ObjectMethods}, ASM-written bytecode compiled like the
 * program's), computing what the JDK's bootstrap computes:
 * <ul>
 * <li>toString: {@code Simple[a=1, b=text]} — the class's simple name, each component as
 *     String.valueOf would print it;
 * <li>hashCode: {@code h = 31 * h + hash(c)} over the components from 0, where hash is the
 *     wrapper's hashCode of a primitive and {@code Objects.hashCode} of a reference;
 * <li>equals: false unless the other object is an instance of the record class, then {@code ==}
 *     on primitive components and {@code Objects.equals} on references.
 * </ul>
 */
final class RecordMethods {
    private final Program program;
    private final Map<String, String> made = new HashMap<>();

    RecordMethods(Program program) {
        this.program = program;
    }

    static boolean isObjectMethods(Handle bsm) {
        return bsm.getOwner().equals("java/lang/runtime/ObjectMethods") && bsm.getName().equals("bootstrap");
    }

    void translate(Translator t, InvokeDynamicInsnNode indy) {
        String record = ((Type) indy.bsmArgs[0]).getInternalName();
        String cls = made.computeIfAbsent(record, r -> synthesize(r, indy));
        Calls.call(t, program.resolver.staticMethod(cls, indy.name, indy.desc));
    }

    private String synthesize(String record, InvokeDynamicInsnNode indy) {
        String name = record + "$$ObjectMethods";
        String[] names = ((String) indy.bsmArgs[1]).isEmpty() ? new String[0] : ((String) indy.bsmArgs[1]).split(";");
        Handle[] getters = new Handle[indy.bsmArgs.length - 2];
        for (int i = 0; i < getters.length; i++) {
            getters[i] = (Handle) indy.bsmArgs[i + 2];
        }
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(V21, ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC, name, null, "java/lang/Object", null);
        ClassNode recordNode = program.classPath.find(record);
        cw.visitSource(recordNode != null ? recordNode.sourceFile : null, null);
        String self = "L" + record + ";";
        toString(cw, record, self, names, getters);
        hashCode(cw, self, getters);
        equals(cw, record, self, getters);
        Lambdas.define(program, cw, name);
        return name;
    }

    private static void get(MethodVisitor mv, int slot, Handle getter) {
        mv.visitVarInsn(ALOAD, slot);
        mv.visitFieldInsn(GETFIELD, getter.getOwner(), getter.getName(), getter.getDesc());
    }

    private static void toString(ClassWriter cw, String record, String self, String[] names, Handle[] getters) {
        MethodVisitor mv = cw.visitMethod(ACC_STATIC, "toString", "(" + self + ")Ljava/lang/String;", null, null);
        mv.visitCode();
        String sb = "java/lang/StringBuilder";
        mv.visitTypeInsn(NEW, sb);
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, sb, "<init>", "()V", false);
        String simple = record.substring(Math.max(record.lastIndexOf('/'), record.lastIndexOf('$')) + 1)
                .replaceFirst("^[0-9]+", ""); // a local record's class is Outer$1Name
        for (int i = 0; i < getters.length; i++) {
            String prefix = (i == 0 ? simple + "[" : ", ") + names[i] + "=";
            mv.visitLdcInsn(prefix);
            mv.visitMethodInsn(INVOKEVIRTUAL, sb, "append", "(Ljava/lang/String;)L" + sb + ";", false);
            get(mv, 0, getters[i]);
            String d = getters[i].getDesc();
            String arg = switch (d.charAt(0)) {
                case 'Z', 'C', 'I', 'J', 'F', 'D' -> d;
                case 'B', 'S' -> "I";
                default -> d.equals("Ljava/lang/String;") ? d : "Ljava/lang/Object;";
            };
            mv.visitMethodInsn(INVOKEVIRTUAL, sb, "append", "(" + arg + ")L" + sb + ";", false);
        }
        mv.visitLdcInsn(getters.length == 0 ? simple + "[]" : "]");
        mv.visitMethodInsn(INVOKEVIRTUAL, sb, "append", "(Ljava/lang/String;)L" + sb + ";", false);
        mv.visitMethodInsn(INVOKEVIRTUAL, sb, "toString", "()Ljava/lang/String;", false);
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static void hashCode(ClassWriter cw, String self, Handle[] getters) {
        MethodVisitor mv = cw.visitMethod(ACC_STATIC, "hashCode", "(" + self + ")I", null, null);
        mv.visitCode();
        mv.visitInsn(ICONST_0);
        for (Handle g : getters) {
            mv.visitIntInsn(BIPUSH, 31);
            mv.visitInsn(IMUL);
            get(mv, 0, g);
            String d = g.getDesc();
            switch (d.charAt(0)) {
                case 'B', 'S', 'C', 'I' -> { }
                case 'Z' -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Boolean", "hashCode", "(Z)I", false);
                case 'J' -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", "hashCode", "(J)I", false);
                case 'F' -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Float", "hashCode", "(F)I", false);
                case 'D' -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "hashCode", "(D)I", false);
                default -> mv.visitMethodInsn(INVOKESTATIC, "java/util/Objects", "hashCode", "(Ljava/lang/Object;)I", false);
            }
            mv.visitInsn(IADD);
        }
        mv.visitInsn(IRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static void equals(ClassWriter cw, String record, String self, Handle[] getters) {
        MethodVisitor mv = cw.visitMethod(ACC_STATIC, "equals", "(" + self + "Ljava/lang/Object;)Z", null, null);
        mv.visitCode();
        Label no = new Label();
        mv.visitVarInsn(ALOAD, 1);
        mv.visitTypeInsn(INSTANCEOF, record);
        mv.visitJumpInsn(IFEQ, no);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitTypeInsn(CHECKCAST, record);
        mv.visitVarInsn(ASTORE, 2);
        for (Handle g : getters) {
            get(mv, 0, g);
            get(mv, 2, g);
            switch (g.getDesc().charAt(0)) {
                case 'Z', 'B', 'S', 'C', 'I' -> mv.visitJumpInsn(IF_ICMPNE, no);
                case 'J' -> {
                    mv.visitInsn(LCMP);
                    mv.visitJumpInsn(IFNE, no);
                }
                case 'F' -> {
                    mv.visitMethodInsn(INVOKESTATIC, "java/lang/Float", "compare", "(FF)I", false);
                    mv.visitJumpInsn(IFNE, no);
                }
                case 'D' -> {
                    mv.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "compare", "(DD)I", false);
                    mv.visitJumpInsn(IFNE, no);
                }
                default -> {
                    mv.visitMethodInsn(INVOKESTATIC, "java/util/Objects", "equals",
                            "(Ljava/lang/Object;Ljava/lang/Object;)Z", false);
                    mv.visitJumpInsn(IFEQ, no);
                }
            }
        }
        mv.visitInsn(ICONST_1);
        mv.visitInsn(IRETURN);
        mv.visitLabel(no);
        mv.visitInsn(ICONST_0);
        mv.visitInsn(IRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }
}
