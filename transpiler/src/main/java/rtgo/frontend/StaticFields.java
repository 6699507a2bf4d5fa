package rtgo.frontend;

import rtgo.sym.StaticField;
import static org.objectweb.asm.Opcodes.*;

import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import rtgo.ir.Alias;
import rtgo.ir.Insn;
import rtgo.ir.Op;
import rtgo.ir.Type;

/**
 * Translates static field reads and writes, and the class-initialisation checks that come before
 * a static field access or a static call (JVMS 5.5): the field is resolved to its declaring class,
 * recorded in the {@link Program} for the image's data layout, and accessed by symbol. A volatile
 * field's accesses carry its volatile alias class, which the optimiser never shares or moves.
 */
final class StaticFields {
    private StaticFields() {}

    /** Translates {@code n} if it is one of this file's instructions; false otherwise. */
    static boolean translate(Translator t, AbstractInsnNode n) {
        int op = n.getOpcode();
        if (op != GETSTATIC && op != PUTSTATIC) {
            return false;
        }
        FieldInsnNode fi = (FieldInsnNode) n;
        Resolver.FieldTarget target = t.program.resolver.staticField(fi.owner, fi.name);
        StaticField sf = t.program.field(target.owner(), target.field());
        initCheck(t, target.owner());
        Alias mem = Alias.field(sf.symbol(), true, (target.field().access & ACC_VOLATILE) != 0);
        if (Longs.isLong(fi.desc)) {
            if (op == PUTSTATIC) {
                Longs.storeField(t, false, sf.symbol(), 0, mem);
            } else {
                Longs.loadField(t, null, sf.symbol(), 0, mem);
            }
            return true;
        }
        if (op == PUTSTATIC) {
            Insn s = t.emit(Op.PUTSTATIC, Type.V, t.pop());
            s.sym = sf.symbol();
            s.aux = sf.elem().access().ordinal();
            s.mem = mem;
        } else {
            Insn g = t.emit(Op.GETSTATIC, sf.elem().type());
            g.refType = Objects.refType(t, target.field().desc);
            g.sym = sf.symbol();
            g.aux = sf.elem().access().ordinal();
            g.mem = mem;
            t.push(g);
        }
        return true;
    }

    /** Emits a class-initialisation check unless {@code c} is this class or one of its superclasses. */
    static void initCheck(Translator t, ClassNode c) {
        for (ClassNode k = t.owner; k != null; k = k.superName == null ? null : t.program.classPath.find(k.superName)) {
            if (k.name.equals(c.name)) {
                return;
            }
        }
        if (t.program.needsInit(c.name)) {
            Insn i = t.emit(Op.INITCHECK, Type.V);
            i.sym = c.name;
            i.mem = Alias.ANY;
        }
    }
}
