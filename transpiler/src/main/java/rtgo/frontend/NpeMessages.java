package rtgo.frontend;

import static org.objectweb.asm.Opcodes.*;

import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * The detail message of a NullPointerException, worked out at build time the way HotSpot works it
 * out at run time (JEP 358, "helpful NullPointerExceptions"): what failed ("Cannot load from int
 * array") and, when the bytecode shows where the null came from, why ({@code because "grid[i]" is
 * null}). The device only prints the text.
 *
 * <p>The null's origin is the instruction that pushed it, found with ASM's {@link SourceInterpreter}
 * and followed through {@code dup}s and {@code checkcast}; a value with more than one origin (a
 * merge of paths) gets no "because". Origins that are described: locals (their debug name, else
 * {@code <localN>} or {@code <parameterN>}), {@code null}, static fields ({@code pkg.Cls.field}),
 * array elements ({@code a[i]}, with {@code <array>} and {@code ...} for what cannot be described
 * or is nested too deep), small int constants and method results ("the return value of
 * {@code "Cls.m(int)"}"). These rules and texts were checked against HotSpot 25 with test programs
 * (the corpus compares them on every run).
 */
final class NpeMessages {
    /** How deep a description nests before it is cut short, as in HotSpot. */
    private static final int MAX_DETAIL = 5;

    private final String owner;
    private final MethodNode m;
    private final InsnList insns;
    private Frame<SourceValue>[] frames;
    private Set<Integer> writtenSlots;

    NpeMessages(String owner, MethodNode m) {
        this.owner = owner;
        this.m = m;
        this.insns = m.instructions;
    }

    /**
     * The message for a null reference found at instruction {@code index}, where the reference is
     * {@code depth} values below the top of the operand stack; {@code action} says what failed.
     */
    String message(int index, int depth, String action) {
        Frame<SourceValue> f = frames()[index];
        if (f == null) {
            return action;
        }
        AbstractInsnNode source = origin(f, f.getStackSize() - 1 - depth);
        if (source == null) {
            return action;
        }
        if (source instanceof MethodInsnNode mi) {
            return action + " because the return value of \"" + method(mi) + "\" is null";
        }
        String what = describe(source, MAX_DETAIL);
        return what == null ? action : action + " because \"" + what + "\" is null";
    }

    /** "Cannot load from int array", for an x{@code aload} opcode. */
    static String load(int opcode) {
        return "Cannot load from " + arrayKind(opcode - IALOAD) + " array";
    }

    /** "Cannot store to int array", for an x{@code astore} opcode. */
    static String store(int opcode) {
        return "Cannot store to " + arrayKind(opcode - IASTORE) + " array";
    }

    static final String ARRAY_LENGTH = "Cannot read the array length";
    static final String THROW = "Cannot throw exception";
    static final String MONITOR_ENTER = "Cannot enter synchronized block";
    static final String MONITOR_EXIT = "Cannot exit synchronized block";

    /** "Cannot invoke "String.charAt(int)"". */
    static String invoke(MethodInsnNode mi) {
        return "Cannot invoke \"" + method(mi) + "\"";
    }

    private static String arrayKind(int k) {
        // IALOAD, LALOAD, FALOAD, DALOAD, AALOAD, BALOAD, CALOAD, SALOAD (and the stores) in order
        return switch (k) {
            case 0 -> "int";
            case 1 -> "long";
            case 2 -> "float";
            case 3 -> "double";
            case 4 -> "object";
            case 5 -> "byte/boolean";
            case 6 -> "char";
            default -> "short";
        };
    }

    /** The one instruction that pushed stack slot {@code slot} of {@code f}, or null. */
    private AbstractInsnNode origin(Frame<SourceValue> f, int slot) {
        if (slot < 0 || slot >= f.getStackSize()) {
            return null;
        }
        SourceValue v = f.getStack(slot);
        if (v.insns.size() != 1) {
            return null;
        }
        AbstractInsnNode n = v.insns.iterator().next();
        Frame<SourceValue> before = frames()[insns.indexOf(n)];
        if (before == null) {
            return null;
        }
        int top = before.getStackSize() - 1;
        if (n.getOpcode() == CHECKCAST) {
            return origin(before, top);
        }
        // ASM makes a dup or swap the origin of every value it pushes; what counts is the value
        // it came from. STACK_MOVES gives, for each value the instruction leaves (bottom first),
        // which of the values it took (bottom first) it is; rtgo only has one-word values.
        int[] moves = STACK_MOVES.get(n.getOpcode());
        if (moves == null) {
            return n;
        }
        int taken = 0;
        for (int k : moves) {
            taken = Math.max(taken, k + 1);
        }
        int base = top - taken + 1;
        int k = slot - base;
        return k >= 0 && k < moves.length ? origin(before, base + moves[k]) : null;
    }

    private static final java.util.Map<Integer, int[]> STACK_MOVES = java.util.Map.of(
            DUP, new int[] {0, 0},
            DUP_X1, new int[] {1, 0, 1},
            DUP_X2, new int[] {2, 0, 1, 2},
            DUP2, new int[] {0, 1, 0, 1},
            DUP2_X1, new int[] {1, 2, 0, 1, 2},
            DUP2_X2, new int[] {2, 3, 0, 1, 2, 3},
            SWAP, new int[] {1, 0});

    /** The value {@code n} pushed, as HotSpot names it, or null when it cannot be named. */
    private String describe(AbstractInsnNode n, int detail) {
        if (detail <= 0) {
            return null;
        }
        int op = n.getOpcode();
        switch (op) {
            case ACONST_NULL:
                return "null";
            case ICONST_M1, ICONST_0, ICONST_1, ICONST_2, ICONST_3, ICONST_4, ICONST_5:
                return Integer.toString(op - ICONST_0);
            case BIPUSH, SIPUSH:
                return Integer.toString(((IntInsnNode) n).operand);
            case ILOAD, LLOAD, FLOAD, DLOAD, ALOAD:
                return local(n, ((VarInsnNode) n).var);
            case GETSTATIC: {
                FieldInsnNode fi = (FieldInsnNode) n;
                return className(fi.owner) + "." + fi.name;
            }
            case INVOKESTATIC, INVOKEVIRTUAL, INVOKESPECIAL, INVOKEINTERFACE:
                return method((MethodInsnNode) n);
            case GETFIELD: {
                // HotSpot names the object if it can, then the field: "this.next", "n.next.next"
                FieldInsnNode fi = (FieldInsnNode) n;
                Frame<SourceValue> f = frames()[insns.indexOf(n)];
                AbstractInsnNode object = origin(f, f.getStackSize() - 1);
                String o = object == null ? null : describe(object, detail - 1);
                return (o == null ? "" : o + ".") + fi.name;
            }
            case IALOAD, AALOAD: {
                // HotSpot spells out int and reference elements only: a[b[i]] but not a[chars[i]]
                Frame<SourceValue> f = frames()[insns.indexOf(n)];
                int top = f.getStackSize() - 1;
                AbstractInsnNode array = origin(f, top - 1);
                AbstractInsnNode index = origin(f, top);
                String a = array == null ? null : describe(array, detail - 1);
                // HotSpot spends a level on the array, not on the index ("<array>[i]" at the cut)
                String i = index == null ? null : describe(index, detail);
                return (a == null ? "<array>" : a) + "[" + (i == null ? "..." : i) + "]";
            }
            default:
                return null;
        }
    }

    /** A local's debug name where it is in scope, else {@code <parameterN>}, {@code <localN>}. */
    private String local(AbstractInsnNode at, int slot) {
        int index = insns.indexOf(at);
        if (m.localVariables != null) {
            for (LocalVariableNode lv : m.localVariables) {
                if (lv.index == slot && insns.indexOf(lv.start) <= index && index < insns.indexOf(lv.end)) {
                    return lv.name;
                }
            }
        }
        boolean isStatic = (m.access & ACC_STATIC) != 0;
        if (!isStatic && slot == 0) {
            return "this";
        }
        if (!writtenSlots().contains(slot)) {
            int s = isStatic ? 0 : 1;
            Type[] params = Type.getArgumentTypes(m.desc);
            for (int p = 0; p < params.length; p++) {
                if (s == slot) {
                    return "<parameter" + (p + 1) + ">";
                }
                s += params[p].getSize();
            }
        }
        return "<local" + slot + ">";
    }

    private Set<Integer> writtenSlots() {
        if (writtenSlots == null) {
            writtenSlots = new HashSet<>();
            for (AbstractInsnNode n : insns) {
                if (n instanceof VarInsnNode v && v.getOpcode() >= ISTORE && v.getOpcode() <= ASTORE) {
                    writtenSlots.add(v.var);
                } else if (n instanceof IincInsnNode ii) {
                    writtenSlots.add(ii.var);
                }
            }
        }
        return writtenSlots;
    }

    /** {@code pkg.Cls.name(int, String[])}: parameter types as Java spells them, String and Object short. */
    private static String method(MethodInsnNode mi) {
        StringBuilder sb = new StringBuilder(className(mi.owner)).append('.').append(mi.name).append('(');
        Type[] params = Type.getArgumentTypes(mi.desc);
        for (int p = 0; p < params.length; p++) {
            sb.append(p == 0 ? "" : ", ").append(typeName(params[p]));
        }
        return sb.append(')').toString();
    }

    private static String typeName(Type t) {
        if (t.getSort() == Type.ARRAY) {
            return typeName(t.getElementType()) + "[]".repeat(t.getDimensions());
        }
        return t.getSort() == Type.OBJECT ? className(t.getInternalName()) : t.getClassName();
    }

    private static String className(String internal) {
        return switch (internal) {
            case "java/lang/String" -> "String";
            case "java/lang/Object" -> "Object";
            default -> internal.replace('/', '.');
        };
    }

    /**
     * ASM's SourceInterpreter keeping one origin per value or none: where paths merge different
     * origins, the value gets a shared two-element marker instead of the union of all origins.
     * Only single origins are described, and the unions made large methods with many loops take
     * minutes to analyse.
     */
    private static final class OriginInterpreter extends SourceInterpreter {
        private static final SourceValue[] AMBIGUOUS = {null, ambiguous(1), ambiguous(2)};

        OriginInterpreter() {
            super(ASM9);
        }

        private static SourceValue ambiguous(int size) {
            Set<AbstractInsnNode> two = new HashSet<>();
            two.add(new org.objectweb.asm.tree.InsnNode(NOP));
            two.add(new org.objectweb.asm.tree.InsnNode(NOP));
            return new SourceValue(size, two);
        }

        @Override
        public SourceValue merge(SourceValue a, SourceValue b) {
            if (a.insns.equals(b.insns) && a.size == b.size) {
                return a;
            }
            return AMBIGUOUS[Math.min(a.size, b.size)];
        }
    }

    private Frame<SourceValue>[] frames() {
        if (frames == null) {
            try {
                frames = new Analyzer<>(new OriginInterpreter()).analyze(owner, m);
            } catch (AnalyzerException e) {
                throw new IllegalStateException("bytecode of " + owner + "." + m.name + " does not verify", e);
            }
        }
        return frames;
    }
}
