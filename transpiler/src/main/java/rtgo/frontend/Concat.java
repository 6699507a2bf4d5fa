package rtgo.frontend;

import org.objectweb.asm.Handle;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import rtgo.ir.Insn;
import rtgo.ir.Op;
import rtgo.ir.Type;

/**
 * String concatenation: javac's {@code invokedynamic makeConcatWithConstants} never reaches the
 * device. The recipe is split at build time into literal pieces and argument slots, and the call
 * site becomes {@code StringConcat.begin()}, one {@code append*} per piece, {@code end()}
 * (docs/abi.md, "Runtime entry points"). All operands were evaluated before the indy, so nothing
 * runs between begin and end. Any other invokedynamic (lambdas, records' methods) is rejected.
 */
final class Concat {
    static final String RUNTIME = "rtgo/runtime/StringConcat";
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
        // objects become strings first, in order, as the JDK's concatenation does before it builds
        // (their toString may concatenate strings itself)
        for (int k = 0; k < argTypes.length; k++) {
            String d = argTypes[k].getDescriptor();
            if ((d.startsWith("L") || d.startsWith("[")) && !d.equals("Ljava/lang/String;")) {
                t.push(args[k][0]);
                Calls.call(t, t.program.resolver.staticMethod("java/lang/String", "valueOf",
                        "(Ljava/lang/Object;)Ljava/lang/String;"));
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
        call("begin", "()V");
        StringBuilder literal = new StringBuilder();
        int arg = 0;
        int constant = 1;
        for (int k = 0; k < recipe.length(); k++) {
            char c = recipe.charAt(k);
            if (c == '\u0001') {
                flush(literal);
                appendValue(argTypes[arg], args[arg]);
                arg++;
            } else if (c == '\u0002') {
                literal.append(indy.bsmArgs[constant++]);
            } else {
                literal.append(c);
            }
        }
        flush(literal);
        t.push(call("end", "()Ljava/lang/String;"));
    }

    private void flush(StringBuilder literal) {
        if (literal.length() > 0) {
            Insn s = t.emit(Op.STRING, Type.R);
            s.sym = literal.toString();
            t.push(s);
            call("appendString", "(Ljava/lang/String;)V");
            literal.setLength(0);
        }
    }

    private void appendValue(org.objectweb.asm.Type type, Insn[] v) {
        String method = switch (type.getDescriptor()) {
            case "I", "B", "S" -> "appendInt(I)V";
            case "C" -> "appendChar(C)V";
            case "Z" -> "appendBoolean(Z)V";
            case "J" -> "appendLong(J)V";
            case "F" -> "appendFloat(F)V";
            case "D" -> "appendDouble(D)V";
            case "Ljava/lang/String;" -> "appendString(Ljava/lang/String;)V";
            default -> throw new Unsupported("string concatenation with a " + type.getClassName(),
                    "concatenate primitives and Strings");
        };
        for (Insn w : v) {
            t.push(w);
        }
        int paren = method.indexOf('(');
        call(method.substring(0, paren), method.substring(paren));
    }

    private Insn call(String name, String desc) {
        ClassNode rt = t.program.classPath.find(RUNTIME);
        if (rt == null) {
            throw new IllegalStateException("runtime class " + RUNTIME + " is missing");
        }
        Resolver.MethodTarget target = t.program.resolver.staticMethod(RUNTIME, name, desc);
        Calls.call(t, target);
        return desc.endsWith("V") ? null : t.pop();
    }
}
