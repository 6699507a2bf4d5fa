package rtgo.frontend;

import static org.objectweb.asm.Opcodes.ACC_STATIC;
import static org.objectweb.asm.Opcodes.ACC_SYNCHRONIZED;
import static org.objectweb.asm.Opcodes.ALOAD;
import static org.objectweb.asm.Opcodes.ASTORE;
import static org.objectweb.asm.Opcodes.ATHROW;
import static org.objectweb.asm.Opcodes.DUP;
import static org.objectweb.asm.Opcodes.IRETURN;
import static org.objectweb.asm.Opcodes.MONITORENTER;
import static org.objectweb.asm.Opcodes.MONITOREXIT;
import static org.objectweb.asm.Opcodes.RETURN;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * A synchronized method becomes the synchronized block the JVM runs it as (JVMS 2.11.10): the
 * monitor of {@code this} (or of the class, for a static method) is entered first, exited before
 * every return, and exited by a catch-all handler that rethrows, added last so that the method's
 * own handlers come first. The lock is kept in a new local, because the method may store into
 * local 0. The rest of the front end then sees only monitorenter and monitorexit.
 */
final class SynchronizedMethods {
    private SynchronizedMethods() {}

    /** Rewrites {@code m} of class {@code owner} in place if it is synchronized. */
    static void rewrite(String owner, MethodNode m) {
        if ((m.access & ACC_SYNCHRONIZED) == 0 || m.instructions.size() == 0) {
            return;
        }
        m.access &= ~ACC_SYNCHRONIZED;
        int lock = m.maxLocals;
        m.maxLocals++;
        m.maxStack = Math.max(m.maxStack, 2);
        LabelNode start = new LabelNode();
        LabelNode end = new LabelNode();
        LabelNode handler = new LabelNode();
        InsnList enter = new InsnList();
        if ((m.access & ACC_STATIC) != 0) {
            enter.add(new LdcInsnNode(Type.getObjectType(owner)));
        } else {
            enter.add(new VarInsnNode(ALOAD, 0));
        }
        enter.add(new InsnNode(DUP));
        enter.add(new VarInsnNode(ASTORE, lock));
        enter.add(new InsnNode(MONITORENTER));
        enter.add(start);
        List<AbstractInsnNode> returns = new ArrayList<>();
        for (AbstractInsnNode n : m.instructions) {
            int op = n.getOpcode();
            if (op >= IRETURN && op <= RETURN) {
                returns.add(n);
            }
        }
        // the enter goes after the first line number, so that it belongs to the method's first line
        AbstractInsnNode first = m.instructions.getFirst();
        AbstractInsnNode at = first;
        while (at != null && at.getOpcode() < 0 && !(at instanceof org.objectweb.asm.tree.LineNumberNode)) {
            at = at.getNext();
        }
        if (at instanceof org.objectweb.asm.tree.LineNumberNode) {
            m.instructions.insert(at, enter);
        } else {
            m.instructions.insert(enter);
        }
        for (AbstractInsnNode r : returns) {
            InsnList exit = new InsnList();
            exit.add(new VarInsnNode(ALOAD, lock));
            exit.add(new InsnNode(MONITOREXIT));
            m.instructions.insertBefore(r, exit);
        }
        m.instructions.add(end);
        m.instructions.add(handler);
        m.instructions.add(new VarInsnNode(ALOAD, lock));
        m.instructions.add(new InsnNode(MONITOREXIT));
        m.instructions.add(new InsnNode(ATHROW));
        m.tryCatchBlocks.add(new TryCatchBlockNode(start, end, handler, null));
    }
}
