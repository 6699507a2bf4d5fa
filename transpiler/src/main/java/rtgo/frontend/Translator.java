package rtgo.frontend;

import rtgo.sym.RuntimeSymbols;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;
import rtgo.ir.Block;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Op;
import rtgo.ir.Type;

/**
 * The state of one method's translation into SSA IR, shared by the translation files: the block
 * being filled, the operand stack simulated with IR values, the current source line. Each bytecode
 * instruction goes to the file for its language feature ({@link Arithmetic}, {@link ArrayAccess},
 * {@link Branches}, {@link Calls}, {@link StaticFields}); what none of them handles is rejected by
 * {@link Diagnostics#reject}. Locals and the stack slots that cross block boundaries are SSA
 * variables handled by {@link SsaBuilder}: local n is variable n, stack slot k is maxLocals + k.
 */
final class Translator {
    final Program program;
    final ClassNode owner;
    final MethodNode m;
    final Func f;
    final BlockGraph g;
    final SsaBuilder ssa;
    final Intrinsics intrinsics;
    /** The source line of the instruction being translated; new instructions carry it. */
    int line;
    /** The block being filled. */
    Block cur;
    private final List<Insn> stack = new ArrayList<>();
    private final Set<Insn> trustedRefs = new HashSet<>();
    /** The bytecode instruction being translated (an index into the block graph's code). */
    int current;
    private NpeMessages npeMessages;

    Translator(MethodSource src, Func f, BlockGraph g) {
        this.program = src.program();
        this.owner = src.owner();
        this.m = src.m();
        this.f = f;
        this.g = g;
        this.ssa = new SsaBuilder(f);
        this.intrinsics = new Intrinsics(this);
    }

    /** Fills {@code b} from its bytecode, taking the operand stack from the predecessors. */
    void translateBlock(Block b) {
        cur = b;
        int[] e = g.extent.get(b);
        Frame<BasicValue> fr = g.frames[e[0]];
        stack.clear();
        for (int k = 0; k < fr.getStackSize(); k++) {
            stack.add(ssa.read(m.maxLocals + k, Diagnostics.valueType(fr.getStack(k)), b));
        }
        line = BlockGraph.lineBefore(g.code, e[0]);
        for (int i = e[0]; i < e[1]; i++) {
            AbstractInsnNode n = g.code[i];
            if (n instanceof LineNumberNode ln) {
                line = ln.line;
            }
            if (n.getOpcode() < 0) {
                continue;
            }
            insn(n, i);
        }
        if (b.terminator() == null) {
            leave();
            emit(Op.GOTO, Type.V);
        }
    }

    private void insn(AbstractInsnNode n, int index) {
        current = index;
        boolean done = Arithmetic.translate(this, n) || ArrayAccess.translate(this, n) || Branches.translate(this, n)
                || Objects.translate(this, n) || Calls.translate(this, n) || StaticFields.translate(this, n);
        if (!done) {
            Diagnostics.reject(n);
        }
    }

    /** Hands the operand stack to the successors through the stack variables. */
    void leave() {
        for (int k = 0; k < stack.size(); k++) {
            ssa.write(m.maxLocals + k, cur, stack.get(k));
        }
    }

    Insn emit(Op op, Type type, Insn... args) {
        Insn i = f.add(cur, op, type, args);
        i.line = line;
        return i;
    }

    Insn constant(int v) {
        Insn c = emit(Op.CONST, Type.I);
        c.aux = v;
        return c;
    }

    void push(Insn v) {
        stack.add(v);
    }

    Insn pop() {
        return stack.remove(stack.size() - 1);
    }

    Insn peekTop() {
        return stack.get(stack.size() - 1);
    }

    /** The value {@code depth} slots below the top of the operand stack. */
    Insn peek(int depth) {
        return stack.get(stack.size() - 1 - depth);
    }

    /** Marks a reference as one a cast may be applied to (it comes from Address.toRef). */
    void trust(Insn ref) {
        trustedRefs.add(ref);
    }

    boolean isTrusted(Insn ref) {
        return trustedRefs.contains(ref);
    }

    /** Replaces every copy of {@code old} on the operand stack by {@code now}; returns how many there were. */
    int replaceOnStack(Insn old, Insn now) {
        int n = 0;
        for (int k = 0; k < stack.size(); k++) {
            if (stack.get(k) == old) {
                stack.set(k, now);
                n++;
            }
        }
        return n;
    }

    /** {@code new java.lang.String} waiting for its constructor call: a placeholder (see Objects). */
    final Set<Insn> pendingStrings = new HashSet<>();

    /** Whether {@code ref} is known not to be null (a new object): it needs no null check. */
    boolean isNonNull(Insn ref) {
        return ref.op == Op.NEW || ref.op == Op.STRING;
    }

    /**
     * A null check of {@code ref}, found {@code depth} values below the top of the operand stack
     * before the current instruction. Its message is HotSpot's "helpful" one (NpeMessages), for
     * user code; the runtime's own checks report a bare NullPointerException.
     */
    void nullCheck(Insn ref, int depth, String action) {
        Insn c = emit(Op.NULLCHECK, Type.V, ref);
        if (!RuntimeSymbols.isRuntimeCode(f.displayName)) {
            if (npeMessages == null) {
                npeMessages = new NpeMessages(owner.name, m);
            }
            c.sym = npeMessages.message(current, depth, action);
        }
    }
}
