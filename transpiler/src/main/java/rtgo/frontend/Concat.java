package rtgo.frontend;

import static org.objectweb.asm.Opcodes.INVOKEVIRTUAL;

import org.objectweb.asm.Handle;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import rtgo.ir.Insn;
import rtgo.ir.Op;
import rtgo.ir.Type;

/**
 * String concatenation: javac's {@code invokedynamic makeConcatWithConstants} never reaches the
 * device. The recipe is split at build time into literal pieces and argument slots, and the call
 * site becomes {@code StringConcat.begin()}, one {@code append*} per piece, {@code end()}
 * (docs/abi.md, "Runtime entry points"). All operands were evaluated before the indy, so nothing
 * runs between begin and end. Any other invokedynamic (lambdas, records' methods) is rejected.
 *
 * <p>A concatenation that is printed at once, {@code System.out.println("n = " + n)}, builds no
 * String: the same pieces go to the console one by one ({@code Console.writeString},
 * {@code writeInt}, ..., then {@code newline()} for println), and the print call is taken over.
 *
 * <p>Design note (the printed concatenation). Why: the String a print would build is the only
 * allocation of many small programs (examples/blinky), and an allocation brings in the heap, the
 * collector and, through OutOfMemoryError, the exception reports; written piece by piece the line
 * needs none of them, and the link-time prune drops them. When it is right:
 * <ul>
 * <li>The stream is the console. On the device every PrintStream is: PrintStream has only a static
 *     substitute (TPrintStream, no constructor), so the only PrintStreams a program can hold are
 *     System.out and System.err, and a program that constructs one or calls System.setOut does not
 *     build. That is a fact of the closed world's class library, checked here
 *     ({@link #consoleOnly}); if PrintStream objects arrive (a whole-class substitute), the check
 *     turns the direct path off until it becomes the program-wide question "does reachable code
 *     construct a PrintStream", asked after Program.build's worklist, with the print falling back
 *     to building the String wherever the answer is yes.</li>
 * <li>Nothing is written before everything that can run code or throw has run: objects become
 *     Strings (their toString) first, in order, exactly as for a built String, so a toString that
 *     throws or prints leaves no half line; floats and doubles also become Strings first (the
 *     shortest-decimal writer needs a buffer), so only a concatenation with one of those still
 *     allocates. Then the writes, which neither allocate nor throw.</li>
 * <li>The line stays whole when threads print: the writes are consecutive calls into the runtime
 *     (never inlined into program code, never preempted: rtgo.runtime.Sched), with nothing between
 *     them in the caller but the next call, so no backward branch where a thread could be switched
 *     out, which is what keeps TPrintStream.println's string and line end together today. An
 *     interrupt handler may print between two pieces, as it may between two chars of a String.</li>
 * <li>Bytes are the same: Console.writeString feeds a String's chars to the UTF-8 encoder one by
 *     one, so writing the pieces feeds the same chars in the same order (surrogate pairs split
 *     across pieces included); ints, longs, chars and booleans have the texts Integer.toString,
 *     Long.toString and String.valueOf give. Output is unbuffered either way.</li>
 * </ul>
 * Only a print whose argument is the concatenation itself qualifies: the next instruction of the
 * same bytecode block (so no branch joins in between, as in {@code println(c ? a + b : s)}).
 */
final class Concat {
    static final String RUNTIME = "rtgo/runtime/StringConcat";
    static final String CONSOLE = "rtgo/runtime/Console";
    private static final String PRINT_STREAM = "java/io/PrintStream";
    private final Translator t;

    Concat(Translator t) {
        this.t = t;
    }

    void translate(InvokeDynamicInsnNode indy) {
        Handle bsm = indy.bsm;
        boolean withConstants = bsm.getName().equals("makeConcatWithConstants");
        if (!bsm.getOwner().equals("java/lang/invoke/StringConcatFactory")
                || !(withConstants || bsm.getName().equals("makeConcat"))) {
            throw new Unsupported("the invokedynamic bootstrap " + bsm.getOwner().replace('/', '.') + "." + bsm.getName(),
                    "rtgo turns lambdas, method references, string concatenation, records and pattern switches into"
                    + " ordinary code at build time; other bootstraps have no equivalent: call the code directly");
        }
        org.objectweb.asm.Type[] argTypes = org.objectweb.asm.Type.getArgumentTypes(indy.desc);
        Insn[][] args = new Insn[argTypes.length][];
        for (int k = argTypes.length - 1; k >= 0; k--) {
            Insn top = t.pop();
            // a long is two words, low below high
            args[k] = argTypes[k].getSize() == 2 ? new Insn[] {t.pop(), top} : new Insn[] {top};
        }
        int print = printOfResult();
        // objects become strings first, in order, as the JDK's concatenation does before it builds
        // (their toString may concatenate strings itself); for a print, floats too (see above)
        for (int k = 0; k < argTypes.length; k++) {
            String d = argTypes[k].getDescriptor();
            boolean object = (d.startsWith("L") || d.startsWith("[")) && !d.equals("Ljava/lang/String;");
            if (object || print >= 0 && (d.equals("F") || d.equals("D"))) {
                for (Insn w : args[k]) {
                    t.push(w);
                }
                Calls.call(t, t.program.resolver.staticMethod("java/lang/String", "valueOf",
                        "(" + (object ? "Ljava/lang/Object;" : d) + ")Ljava/lang/String;"));
                args[k] = new Insn[] {t.pop()};
                argTypes[k] = org.objectweb.asm.Type.getType(String.class);
            }
        }
        String recipe;
        if (withConstants) {
            recipe = (String) indy.bsmArgs[0];
        } else {
            recipe = "\u0001".repeat(argTypes.length);
        }
        Sink sink = print >= 0 ? new Sink(CONSOLE, "write") : new Sink(RUNTIME, "append");
        if (print < 0) {
            call(RUNTIME, "begin", "()V");
        }
        StringBuilder literal = new StringBuilder();
        int arg = 0;
        int constant = 1;
        for (int k = 0; k < recipe.length(); k++) {
            char c = recipe.charAt(k);
            if (c == '\u0001') {
                flush(sink, literal);
                appendValue(sink, argTypes[arg], args[arg]);
                arg++;
            } else if (c == '\u0002') {
                literal.append(indy.bsmArgs[constant++]);
            } else {
                literal.append(c);
            }
        }
        flush(sink, literal);
        if (print < 0) {
            t.push(call(RUNTIME, "end", "()Ljava/lang/String;"));
            return;
        }
        t.pop(); // the print's receiver: the console, whichever PrintStream it names
        if (((MethodInsnNode) t.g.code[print]).name.equals("println")) {
            call(CONSOLE, "newline", "()V");
        }
        t.consumedThrough = print;
    }

    /** Where the pieces go: {@code owner}'s methods named {@code verb} + String, Int, Char... */
    private record Sink(String owner, String verb) {}

    /**
     * The index of the {@code print(String)} or {@code println(String)} that takes the
     * concatenation as its argument and writes to the console, or -1: it must be the next
     * instruction of the same bytecode block.
     */
    private int printOfResult() {
        for (int i = t.current + 1; i < t.blockEnd; i++) {
            AbstractInsnNode n = t.g.code[i];
            if (n.getOpcode() < 0) {
                continue; // a line number or a label no branch goes to
            }
            boolean print = n instanceof MethodInsnNode mi && mi.getOpcode() == INVOKEVIRTUAL && mi.owner.equals(PRINT_STREAM)
                    && (mi.name.equals("print") || mi.name.equals("println")) && mi.desc.equals("(Ljava/lang/String;)V");
            return print && consoleOnly() ? i : -1;
        }
        return -1;
    }

    /**
     * Whether every PrintStream a program can hold is the console: true while PrintStream has no
     * objects on the device (no whole-class substitute, docs/abi.md "Class library substitution").
     */
    private boolean consoleOnly() {
        return t.program.classes.mapped(PRINT_STREAM).equals(PRINT_STREAM);
    }

    private void flush(Sink sink, StringBuilder literal) {
        if (literal.length() > 0) {
            Insn s = t.emit(Op.STRING, Type.R);
            s.sym = literal.toString();
            t.push(s);
            call(sink.owner, sink.verb + "String", "(Ljava/lang/String;)V");
            literal.setLength(0);
        }
    }

    private void appendValue(Sink sink, org.objectweb.asm.Type type, Insn[] v) {
        String method = switch (type.getDescriptor()) {
            case "I", "B", "S" -> "Int(I)V";
            case "C" -> "Char(C)V";
            case "Z" -> "Boolean(Z)V";
            case "J" -> "Long(J)V";
            case "F" -> "Float(F)V";
            case "D" -> "Double(D)V";
            case "Ljava/lang/String;" -> "String(Ljava/lang/String;)V";
            default -> throw new Unsupported("string concatenation with a " + type.getClassName(),
                    "concatenate primitives and Strings");
        };
        for (Insn w : v) {
            t.push(w);
        }
        int paren = method.indexOf('(');
        call(sink.owner, sink.verb + method.substring(0, paren), method.substring(paren));
    }

    private Insn call(String owner, String name, String desc) {
        if (t.program.classPath.find(owner) == null) {
            throw new IllegalStateException("runtime class " + owner + " is missing");
        }
        Resolver.MethodTarget target = t.program.resolver.staticMethod(owner, name, desc);
        Calls.call(t, target);
        return desc.endsWith("V") ? null : t.pop();
    }
}
