package rtgo.frontend;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.BasicVerifier;
import rtgo.diag.BuildException;

/**
 * Reads one of the program's own classfiles the way the JVM's loader and verifier would before
 * anything else looks at it, so that a file that is not a classfile, is cut short, comes from a Java
 * release rtgo cannot read, or holds bytecode no JVM would accept is a build error that names the
 * file and says why, instead of a crash deep inside the compiler.
 *
 * <p>The checks are: the magic number, the version, a full parse by ASM, the class name against the
 * file's path (as the JVM's "wrong name" check), every field and method descriptor, and a type-level
 * verification of every method body (ASM's {@link BasicVerifier}: stack heights, operand kinds,
 * branch targets, local variable indices). The runtime's own classes, read from rtgo's resources, are
 * trusted and not checked here.
 */
final class ClassFileCheck {
    private ClassFileCheck() {}

    /** 0xCAFEBABE, the first four bytes of every classfile. */
    private static final int MAGIC = 0xCAFEBABE;
    /** JDK 1.1's classfiles: the oldest version ASM reads. */
    static final int MIN_MAJOR = Opcodes.V1_1 & 0xFFFF;
    /**
     * Java 25 (the build JDK): rtgo is tested with classes javac writes for release 21, and newer
     * releases may add bytecode or attributes its front end has never seen.
     */
    static final int MAX_MAJOR = Opcodes.V25;

    /**
     * Parses {@code bytes}, read from {@code file}, which should hold class {@code expectedName}
     * (internal form); returns the class or throws a BuildException that names the file.
     */
    static ClassNode read(byte[] bytes, String file, String expectedName) throws BuildException {
        if (bytes.length < 10 || readInt(bytes, 0) != MAGIC) {
            throw bad(file, bytes.length < 4 ? "it is too short (" + bytes.length + " bytes) to be one"
                    : "it does not start with the classfile magic number 0xCAFEBABE");
        }
        int major = ((bytes[6] & 0xFF) << 8) | (bytes[7] & 0xFF);
        if (major < MIN_MAJOR || major > MAX_MAJOR) {
            throw new BuildException("error: " + file + " has classfile version " + major
                    + (major > 44 && major < 100 ? " (Java " + (major - 44) + ")" : "")
                    + ", but rtgo reads versions " + MIN_MAJOR + " to " + MAX_MAJOR + " (Java 1.1 to "
                    + (MAX_MAJOR - 44) + ")\n  hint: compile with javac --release 21");
        }
        ClassNode cn = new ClassNode();
        try {
            new ClassReader(bytes).accept(cn, 0);
        } catch (RuntimeException e) {
            throw bad(file, "it is damaged or cut short (the parser stopped with: " + describe(e) + ")");
        }
        if (!expectedName.equals(cn.name)) {
            throw new BuildException("error: " + file + " holds class " + dotted(cn.name) + ", not "
                    + dotted(expectedName) + "\n  hint: a classfile must sit at the path of its class name ("
                    + cn.name + ".class), as javac -d writes it");
        }
        checkDescriptors(cn, file);
        for (MethodNode m : cn.methods) {
            verify(cn, m, file);
        }
        return cn;
    }

    private static void checkDescriptors(ClassNode cn, String file) throws BuildException {
        for (FieldNode f : cn.fields) {
            if (f.desc == null || fieldType(f.desc, 0) != f.desc.length()) {
                throw bad(file, "field " + f.name + " has the malformed type descriptor '" + f.desc + "'");
            }
        }
        for (MethodNode m : cn.methods) {
            if (m.desc == null || !isMethodDescriptor(m.desc)) {
                throw bad(file, "method " + m.name + " has the malformed descriptor '" + m.desc + "'");
            }
        }
    }

    /** JVMS 4.3.3: ( {FieldType} ) (FieldType | V). */
    static boolean isMethodDescriptor(String d) {
        if (d.isEmpty() || d.charAt(0) != '(') {
            return false;
        }
        int at = 1;
        while (at < d.length() && d.charAt(at) != ')') {
            at = fieldType(d, at);
            if (at < 0) {
                return false;
            }
        }
        if (at >= d.length()) {
            return false;
        }
        at++;
        return d.equals(d.substring(0, at) + "V") || fieldType(d, at) == d.length();
    }

    /** JVMS 4.3.2: the end of the field type starting at {@code at}, or -1 when there is none. */
    static int fieldType(String d, int at) {
        int dims = 0;
        while (at < d.length() && d.charAt(at) == '[') {
            at++;
            dims++;
        }
        if (at >= d.length() || dims > 255) {
            return -1;
        }
        switch (d.charAt(at)) {
            case 'B', 'C', 'D', 'F', 'I', 'J', 'S', 'Z' -> {
                return at + 1;
            }
            case 'L' -> {
                int semi = d.indexOf(';', at);
                if (semi <= at + 1) {
                    return -1;
                }
                for (int i = at + 1; i < semi; i++) {
                    char c = d.charAt(i);
                    if (c == '.' || c == '[' || c == '(' || c == ')' || c == '<' || c == '>'
                            || (c == '/' && (i == at + 1 || i == semi - 1 || d.charAt(i - 1) == '/'))) {
                        return -1;
                    }
                }
                return semi + 1;
            }
            default -> {
                return -1;
            }
        }
    }

    /**
     * The JVM's type-level checks of one method body. Abstract and native methods have none, and
     * every other method must have one (the JVM's ClassFormatError "Absent Code attribute").
     */
    private static void verify(ClassNode cn, MethodNode m, String file) throws BuildException {
        boolean bodiless = (m.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0;
        if (bodiless != (m.instructions.size() == 0)) {
            throw bad(file, "method " + dotted(cn.name) + "." + m.name + (bodiless
                    ? " is abstract or native but has code" : " has no code but is neither abstract nor native"));
        }
        if (bodiless) {
            return;
        }
        try {
            new Analyzer<BasicValue>(new BasicVerifier()).analyze(cn.name, m);
        } catch (AnalyzerException e) {
            if (e.getCause() instanceof RuntimeException crash) {
                // the verifier itself tripped over the bytes (a null or out-of-range entry): damaged
                throw bad(file, "the bytecode of " + dotted(cn.name) + "." + m.name + " is damaged ("
                        + (e.node != null ? "instruction " + m.instructions.indexOf(e.node) + ": " : "")
                        + describe(crash) + ")");
            }
            throw new BuildException("error: " + file + " is not a valid classfile: the bytecode of "
                    + dotted(cn.name) + "." + m.name + " would not pass the JVM's verifier ("
                    + e.getMessage() + ")\n  hint: recompile it with javac; a tool that rewrote it may be broken", e);
        } catch (RuntimeException e) {
            throw bad(file, "the bytecode of " + dotted(cn.name) + "." + m.name
                    + " is damaged (the verifier stopped with: " + describe(e) + ")");
        } catch (AssertionError e) {
            // ASM's analysis asserts on values no valid classfile can produce (with -ea only)
            throw bad(file, "the bytecode of " + dotted(cn.name) + "." + m.name + " is damaged");
        }
    }

    private static BuildException bad(String file, String why) {
        return new BuildException("error: " + file + " is not a valid classfile: " + why
                + "\n  hint: recompile it with javac, or remove it from the input");
    }

    /**
     * A parser failure in a few words: its message, or what an unexplained failure means. A null
     * pointer's message would describe ASM's own variables, which says nothing about the file.
     */
    private static String describe(RuntimeException e) {
        String message = e.getMessage();
        if (e instanceof NullPointerException) {
            return "an entry it refers to is missing";
        }
        if (message != null && !message.isBlank()) {
            return message;
        }
        return e instanceof IndexOutOfBoundsException ? "an entry points past the end of its table or the file"
                : "an entry is malformed";
    }

    private static String dotted(String internalName) {
        return internalName == null ? "(no name)" : internalName.replace('/', '.');
    }

    private static int readInt(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }
}
