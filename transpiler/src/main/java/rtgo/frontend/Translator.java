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
    /** One past the last bytecode instruction of the block being translated. */
    int blockEnd;
    /**
     * The last instruction that a translation took over together with its own (a print of a
     * concatenation, {@link Concat}): the instructions up to it are not translated again.
     */
    int consumedThrough;
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
        created.clear();
        dispatch = g.dispatchOf(b);
        if (dispatch != null) {
            // the stand-in edge from discovery: the throwing instructions make the real ones
            b.succs.remove(dispatch);
            dispatch.preds.remove(b);
        }
        int[] e = g.extent.get(b);
        Frame<BasicValue> fr = g.frames[e[0]];
        stack.clear();
        for (int k = 0, w = 0; k < fr.getStackSize(); k++) {
            BasicValue v = fr.getStack(k);
            if (v == BasicValue.LONG_VALUE || v == BasicValue.DOUBLE_VALUE) {
                // a long or double is two words, low below high (Longs)
                stack.add(ssa.read(m.maxLocals + w++, Type.I, b));
                stack.add(ssa.read(m.maxLocals + w++, Type.I, b));
            } else {
                stack.add(ssa.read(m.maxLocals + w++, Diagnostics.valueType(v), b));
            }
        }
        line = BlockGraph.lineBefore(g.code, e[0]);
        blockEnd = e[1];
        consumedThrough = -1;
        for (int i = e[0]; i < e[1]; i++) {
            AbstractInsnNode n = g.code[i];
            if (n instanceof LineNumberNode ln) {
                line = ln.line;
            }
            if (n.getOpcode() < 0 || i <= consumedThrough) {
                continue;
            }
            insn(n, i);
        }
        if (cur.terminator() == null) {
            leave();
            emit(Op.GOTO, Type.V);
        }
    }

    private void insn(AbstractInsnNode n, int index) {
        current = index;
        boolean done = Longs.translate(this, n) || Floats.translate(this, n) || Arithmetic.translate(this, n) || ArrayAccess.translate(this, n) || Branches.translate(this, n)
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
        if (dispatch != null && op.has(Op.Flags.THROWS)) {
            exceptionEdge();
        }
        return i;
    }

    /** The handler dispatch of the block being translated, or null outside try ranges. */
    private Block dispatch;
    /** Blocks the translation of the current bytecode block made (see {@link #exceptionEdge}). */
    final List<Block> created = new ArrayList<>();

    /**
     * Ends the current block after the throwing instruction just emitted, with an exception edge
     * to the dispatch ({@link Op#EXCEPT}), and goes on in a new block that takes over the
     * successors. So each such block has one throwing instruction, the handler sees the locals as
     * they were when it threw, and the register allocator keeps what the handler needs out of the
     * registers a throw does not preserve.
     */
    private void exceptionEdge() {
        Block next = f.newBlock();
        for (Block s : cur.succs) {
            s.preds.set(s.preds.indexOf(cur), next);
        }
        next.succs.addAll(cur.succs);
        cur.succs.clear();
        Insn x = f.add(cur, Op.EXCEPT, Type.V);
        x.line = line;
        Func.link(cur, next);
        Func.link(cur, dispatch);
        ssa.seal(next);
        created.add(next);
        cur = next;
    }

    /**
     * Fills a block of a handler dispatch chain (BlockGraph.DispatchStep): the head takes the
     * exception the unwinder caught; each step tests one catch type and hands the exception to its
     * handler on the operand stack; after the last, the exception goes on to the caller.
     */
    void translateDispatch(Block b, BlockGraph.DispatchStep step) {
        cur = b;
        created.clear();
        dispatch = null;
        stack.clear();
        // the catch clause's line (the handler's first), for what is made here and any error
        Block handler = b.succs.isEmpty() ? null : b.succs.get(0);
        int[] e = handler == null ? null : g.extent.get(handler);
        line = e == null ? 0 : BlockGraph.lineAfter(g.code[e[0]]);
        Insn ex;
        if (step.k() == 0) {
            ex = emit(Op.CALL, Type.R);
            ex.sym = program.require(RuntimeSymbols.CAUGHT);
            ex.mem = rtgo.ir.Alias.ANY;
            caught.put(b, ex);
        } else {
            ex = caught.get(step.head());
        }
        if (step.k() == step.types().size()) {
            rethrow(ex);
            return;
        }
        ssa.write(m.maxLocals, b, ex);
        String type = step.types().get(step.k());
        if (type == null) {
            emit(Op.GOTO, Type.V);
            return;
        }
        push(ex);
        Objects.instanceOf(this, type);
        emit(Op.IF, Type.V, pop(), constant(0)).aux = rtgo.ir.Cond.NE.ordinal();
    }

    private final java.util.Map<Block, Insn> caught = new java.util.HashMap<>();

    /** Throws {@code ex} on to the caller (athrow, a dispatch that matched no handler). */
    void rethrow(Insn ex) {
        Insn c = emit(Op.CALL, Type.V, ex);
        c.sym = program.require(RuntimeSymbols.RAISE);
        c.mem = rtgo.ir.Alias.ANY;
        // the call never returns; the block still needs a terminator
        if (f.result == Type.V) {
            emit(Op.RET, Type.V);
        } else if (f.wideResult) {
            emit(Op.RET, Type.V, constant(0), constant(0));
        } else {
            Insn zero = emit(Op.CONST, f.result);
            emit(Op.RET, Type.V, zero);
        }
    }

    /**
     * Emits a call (CALL, VCALL or ICALL) with its result's high word when {@code wide}: the
     * {@link Op#HIRESULT} goes right after the call, before the exception edge a try range adds,
     * so that nothing comes between them. Pushes the result words.
     */
    /** Whether the method's bytecode jumps backwards (it has a loop); computed once. */
    boolean hasLoops() {
        if (loops == null) {
            loops = false;
            for (AbstractInsnNode i : m.instructions) {
                if (i instanceof org.objectweb.asm.tree.JumpInsnNode j
                        && m.instructions.indexOf(j.label) < m.instructions.indexOf(j)) {
                    loops = true;
                    break;
                }
            }
        }
        return loops;
    }

    private Boolean loops;

    Insn emitCall(Op op, Type type, boolean wide, Insn... args) {
        Insn c = f.add(cur, op, type, args);
        c.line = line;
        Insn hi = null;
        if (wide) {
            hi = f.add(cur, Op.HIRESULT, Type.I, c);
            hi.line = line;
        }
        if (dispatch != null) {
            exceptionEdge();
        }
        if (type != Type.V) {
            push(c);
        }
        if (hi != null) {
            push(hi);
        }
        return c;
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

    /** Class literals on the operand stack (ldc of a program class), by the class's internal name. */
    final java.util.Map<Insn, String> classLiterals = new java.util.HashMap<>();

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
