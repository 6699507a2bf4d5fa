package rtgo.frontend;

import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The front end's input for one method, put in the {@link rtgo.ir.Unit} by {@link Program} before
 * the front-end passes run: the method's bytecode, the class that declares it, and the program it
 * is part of (which records what the method calls, the static fields it touches and the array
 * types it creates).
 */
public record MethodSource(Program program, ClassNode owner, MethodNode m) {
    /** Marks {@code u} with this method as its place, unless a more precise place was set already. */
    Unsupported locate(Unsupported u, int line) {
        return u.at(owner.name, m.name, owner.sourceFile, line);
    }
}
