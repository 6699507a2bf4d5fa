package rtgo.frontend;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;
import rtgo.ir.Block;
import rtgo.ir.Cond;
import rtgo.ir.Elem;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Op;
import rtgo.ir.Type;
import rtgo.sym.RuntimeSymbols;
import rtgo.sym.StaticField;
import rtgo.sym.Symbols;

/**
 * Translates one method's bytecode into SSA IR.
 *
 * <p>ASM's {@link Analyzer} supplies a frame (local and stack types) at every instruction; basic
 * blocks start at jump targets and after branches. Blocks are translated in reverse postorder,
 * simulating the operand stack with IR values; locals and the stack slots that cross block
 * boundaries are SSA variables handled by {@link SsaBuilder}. Java semantics that need checks become
 * explicit check ops (null, bounds, divisor), so later passes can remove the redundant ones.
 * Everything outside the supported subset throws {@link Unsupported} with the source line.
 */
final class MethodTranslator {
    private final Program program;
    private final ClassNode owner;
    private final MethodNode m;
    private final Func f;
    private final SsaBuilder ssa;
    private final Intrinsics intrinsics;
    private Frame<BasicValue>[] frames;
    private AbstractInsnNode[] code;
    private final Map<Integer, Block> blockAt = new HashMap<>();
    private final Map<Block, int[]> extent = new HashMap<>();
    private int line;
    private Block cur;
    private final List<Insn> stack = new ArrayList<>();
    private final Set<Insn> trustedRefs = new HashSet<>();
    /** The bytecode instruction being translated (an index into {@link #code}). */
    private int current;
    private NpeMessages npeMessages;

    MethodTranslator(Program program, ClassNode owner, MethodNode m) {
        this.program = program;
        this.owner = owner;
        this.m = m;
        org.objectweb.asm.Type mt = org.objectweb.asm.Type.getMethodType(m.desc);
        List<Type> params = new ArrayList<>();
        for (org.objectweb.asm.Type a : mt.getArgumentTypes()) {
            params.add(irType(a.getDescriptor(), "parameters"));
        }
        Type result = irType(mt.getReturnType().getDescriptor(), "return values");
        this.f = new Func(Symbols.method(owner.name, m.name, m.desc), Symbols.dotted(owner.name) + "." + m.name,
                owner.sourceFile, params, result);
        this.ssa = new SsaBuilder(f);
        this.intrinsics = new Intrinsics(this);
    }

    private static Type irType(String desc, String what) {
        char c = desc.charAt(0);
        if (c == 'J' || c == 'F' || c == 'D') {
            String name = c == 'J' ? "long" : c == 'F' ? "float" : "double";
            throw new Unsupported(name + " " + what, "use int; " + name + " arrives with a later milestone");
        }
        return Type.ofDescriptor(desc);
    }

    Func translate() {
        try {
            return doTranslate();
        } catch (Unsupported u) {
            throw u.at(owner.name, m.name, owner.sourceFile, line);
        }
    }

    private Func doTranslate() {
        code = m.instructions.toArray();
        preScan();
        if (!m.tryCatchBlocks.isEmpty()) {
            // the first line inside the try block: the try keyword itself has no line of its own
            line = lineAfter(m.tryCatchBlocks.get(0).start);
            throw new Unsupported("try/catch and finally", "exceptions arrive with the object model; check the condition before the operation instead");
        }
        if ((m.access & ACC_SYNCHRONIZED) != 0) {
            line = lineAfter(m.instructions.getFirst()); // the method's first line
            throw new Unsupported("synchronized methods", "remove 'synchronized'; threads arrive with a later milestone");
        }
        if ((m.access & ACC_STATIC) == 0) {
            throw new Unsupported("instance methods and constructors (" + m.name + ")", "make the method static");
        }
        try {
            frames = new Analyzer<>(new BasicInterpreter()).analyze(owner.name, m);
        } catch (AnalyzerException e) {
            throw new IllegalStateException("bytecode of " + f.displayName + " does not verify: " + e.getMessage(), e);
        }
        Block entry = f.newBlock();
        findBlocks();
        Func.link(entry, blockAt.get(0));
        new LoopPeeling(f, extent, this::realSize, this::touchesMemory).run();
        ssa.seal(entry);
        cur = entry;
        int slot = 0;
        for (int p = 0; p < f.params.size(); p++) {
            Insn param = emit(Op.PARAM, f.params.get(p));
            param.aux = p;
            ssa.write(slot++, entry, param);
        }
        emit(Op.GOTO, Type.V);
        Set<Block> filled = new HashSet<>();
        filled.add(entry);
        sealReady(entry, filled);
        for (Block b : rtgo.ir.Cfg.reversePostorder(f)) {
            if (b == entry) {
                continue;
            }
            translateBlock(b);
            filled.add(b);
            sealReady(b, filled);
        }
        ssa.finish();
        rtgo.ir.Cfg.removeUnreachable(f);
        return f;
    }

    /**
     * Finds the constructs whose own error says most, before the translation trips over a side
     * effect of them: a synchronized block (which javac wraps in a catch-all handler), an interface
     * call, or a JDK method without substitute (whose long argument would be reported first).
     */
    private void preScan() {
        String wide = null;
        int wideLine = 0;
        for (int i = 0; i < code.length; i++) {
            AbstractInsnNode n = code[i];
            int op = n.getOpcode();
            if (op == MONITORENTER) {
                line = lineBefore(i);
                throw new Unsupported("synchronized blocks", "threads arrive with a later milestone; remove the synchronized block");
            }
            // The first long/float/double operation is the mistake (not a println(long) further
            // down), unless a JDK call on its own line fails too: Thread.sleep(10L) is about sleep.
            if (wide != null && lineBefore(i) != wideLine) {
                line = wideLine;
                throw new Unsupported(wide, "use int arithmetic");
            }
            if (wide == null) {
                wide = wideTypeUse(n);
                wideLine = lineBefore(i);
            }
            if (n instanceof MethodInsnNode mi && !mi.owner.startsWith("rtgo/vm/")) {
                line = lineBefore(i);
                if (op == INVOKEINTERFACE && !Resolver.isJdk(mi.owner)) {
                    throw new Unsupported("interface method calls (" + Symbols.dotted(mi.owner) + "." + mi.name + ")",
                            "interfaces arrive with the object model; call a static method instead");
                }
                if (Resolver.isJdk(mi.owner) && !Intrinsics.isJdkIntrinsic(mi)) {
                    if (op == INVOKESTATIC) {
                        program.resolver.staticMethod(mi.owner, mi.name, mi.desc);
                    } else if (!mi.name.equals("<init>")) {
                        program.resolver.jdkInstanceMethod(mi.owner, mi.name, mi.desc);
                    }
                }
            }
        }
        if (wide != null) {
            line = wideLine;
            throw new Unsupported(wide, "use int arithmetic");
        }
        line = 0;
    }

    private void sealReady(Block b, Set<Block> filled) {
        for (Block s : b.succs) {
            if (!ssa.isSealed(s) && filled.containsAll(s.preds)) {
                ssa.seal(s);
            }
        }
    }

    // ---- blocks --------------------------------------------------------------------------------

    private void findBlocks() {
        Set<Integer> leaders = new HashSet<>();
        leaders.add(0);
        for (int i = 0; i < code.length; i++) {
            AbstractInsnNode n = code[i];
            if (frames[i] == null) {
                continue;
            }
            if (n instanceof JumpInsnNode j) {
                leaders.add(index(j.label));
                leaders.add(i + 1);
            } else if (n instanceof TableSwitchInsnNode t) {
                leaders.add(index(t.dflt));
                t.labels.forEach(l -> leaders.add(index(l)));
                leaders.add(i + 1);
            } else if (n instanceof LookupSwitchInsnNode t) {
                leaders.add(index(t.dflt));
                t.labels.forEach(l -> leaders.add(index(l)));
                leaders.add(i + 1);
            } else if (isReturnOrThrow(n.getOpcode())) {
                leaders.add(i + 1);
            }
        }
        List<Integer> sorted = new ArrayList<>(leaders);
        sorted.sort(null);
        for (int k = 0; k < sorted.size(); k++) {
            int start = sorted.get(k);
            if (start >= code.length || frames[start] == null) {
                continue;
            }
            int end = k + 1 < sorted.size() ? Math.min(sorted.get(k + 1), code.length) : code.length;
            Block b = f.newBlock();
            blockAt.put(start, b);
            extent.put(b, new int[] {start, end});
        }
        // in creation (bytecode) order, so predecessor lists and phis are the same on every build
        for (Block b : new ArrayList<>(f.blocks)) {
            if (extent.containsKey(b)) {
                link(b);
            }
        }
    }

    /** Largest loop test (in bytecode instructions) that is duplicated to rotate a loop. */
    private static final int ROTATE_LIMIT = 12;

    /**
     * Adds the successor edges of {@code b}. A backward {@code goto} to a small block that ends in a
     * conditional jump (javac's loop test) gets its own copy of that block: the loop is rotated so
     * the test sits at the bottom, one branch per iteration, and the body is entered only after a
     * test passed, which is what lets later passes hoist loop-invariant checks.
     */
    private void link(Block b) {
        int[] e = extent.get(b);
        int last = lastReal(e[0], e[1]);
        AbstractInsnNode n = last >= 0 ? code[last] : null;
        int op = n == null ? -1 : n.getOpcode();
        if (n instanceof JumpInsnNode j) {
            int target = index(j.label);
            Block t = blockAt.get(target);
            if (op == GOTO && target < last && isLoopTest(t)) {
                Block copy = f.newBlock();
                extent.put(copy, extent.get(t).clone());
                Func.link(b, copy);
                link(copy);
                return;
            }
            Func.link(b, t);
            if (op != GOTO) {
                Func.link(b, fallThrough(e[1]));
            }
        } else if (n instanceof TableSwitchInsnNode t) {
            t.labels.forEach(l -> Func.link(b, blockAt.get(index(l))));
            Func.link(b, blockAt.get(index(t.dflt)));
        } else if (n instanceof LookupSwitchInsnNode t) {
            t.labels.forEach(l -> Func.link(b, blockAt.get(index(l))));
            Func.link(b, blockAt.get(index(t.dflt)));
        } else if (n == null || !isReturnOrThrow(op)) {
            Func.link(b, fallThrough(e[1]));
        }
    }

    /** Real (non-pseudo) bytecode instructions in a block. */
    private int realSize(Block b) {
        int[] e = extent.get(b);
        int n = 0;
        for (int i = e[0]; i < e[1]; i++) {
            if (code[i].getOpcode() >= 0) {
                n++;
            }
        }
        return n;
    }

    /** Whether a block accesses arrays or statics or calls (its checks are worth peeling for). */
    private boolean touchesMemory(Block b) {
        int[] e = extent.get(b);
        for (int i = e[0]; i < e[1]; i++) {
            int op = code[i].getOpcode();
            if ((op >= IALOAD && op <= SALOAD) || (op >= IASTORE && op <= SASTORE) || op == ARRAYLENGTH
                    || op == GETSTATIC || op == PUTSTATIC || op == INVOKESTATIC) {
                return true;
            }
        }
        return false;
    }

    private boolean isLoopTest(Block t) {
        int[] e = extent.get(t);
        int last = lastReal(e[0], e[1]);
        if (last < 0 || !(code[last] instanceof JumpInsnNode) || code[last].getOpcode() == GOTO) {
            return false;
        }
        int real = 0;
        for (int i = e[0]; i <= last; i++) {
            if (code[i].getOpcode() >= 0) {
                real++;
            }
        }
        return real <= ROTATE_LIMIT;
    }

    private Block fallThrough(int at) {
        Block b = blockAt.get(at);
        if (b == null) {
            throw new IllegalStateException("control falls off the end of " + f.displayName);
        }
        return b;
    }

    private int lastReal(int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (code[i].getOpcode() >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isReturnOrThrow(int op) {
        return (op >= IRETURN && op <= RETURN) || op == ATHROW;
    }

    private int index(LabelNode l) {
        return m.instructions.indexOf(l);
    }

    private static int lineAfter(AbstractInsnNode from) {
        for (AbstractInsnNode n = from; n != null; n = n.getNext()) {
            if (n instanceof LineNumberNode lnn) {
                return lnn.line;
            }
        }
        return 0;
    }

    private int lineOf(LabelNode l) {
        for (AbstractInsnNode n = l; n != null; n = n.getPrevious()) {
            if (n instanceof LineNumberNode lnn) {
                return lnn.line;
            }
        }
        return lineAfter(l);
    }

    private void translateBlock(Block b) {
        cur = b;
        int[] e = extent.get(b);
        Frame<BasicValue> fr = frames[e[0]];
        stack.clear();
        for (int k = 0; k < fr.getStackSize(); k++) {
            stack.add(ssa.read(m.maxLocals + k, valueType(fr.getStack(k)), b));
        }
        line = lineBefore(e[0]);
        for (int i = e[0]; i < e[1]; i++) {
            AbstractInsnNode n = code[i];
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

    private int lineBefore(int i) {
        for (int k = i; k >= 0; k--) {
            if (code[k] instanceof LineNumberNode ln) {
                return ln.line;
            }
        }
        return 0;
    }

    /** Hands the operand stack to the successors through the stack variables. */
    private void leave() {
        for (int k = 0; k < stack.size(); k++) {
            ssa.write(m.maxLocals + k, cur, stack.get(k));
        }
    }

    private static Type valueType(BasicValue v) {
        if (v == BasicValue.INT_VALUE) {
            return Type.I;
        }
        if (v.isReference()) {
            return Type.R;
        }
        throw new Unsupported(v.getType() == null ? "this kind of value" : v.getType().getClassName() + " values",
                "use int");
    }

    // ---- instructions --------------------------------------------------------------------------

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

    void trust(Insn ref) {
        trustedRefs.add(ref);
    }

    Program program() {
        return program;
    }

    ClassNode owner() {
        return owner;
    }

    private void insn(AbstractInsnNode n, int index) {
        int op = n.getOpcode();
        current = index;
        switch (op) {
            case NOP -> { }
            case ACONST_NULL -> push(emit(Op.CONST, Type.R));
            case ICONST_M1, ICONST_0, ICONST_1, ICONST_2, ICONST_3, ICONST_4, ICONST_5 -> push(constant(op - ICONST_0));
            case BIPUSH, SIPUSH -> push(constant(((IntInsnNode) n).operand));
            case LDC -> ldc(((LdcInsnNode) n).cst);
            case ILOAD -> push(ssa.read(((VarInsnNode) n).var, Type.I, cur));
            case ALOAD -> push(ssa.read(((VarInsnNode) n).var, Type.R, cur));
            case ISTORE, ASTORE -> ssa.write(((VarInsnNode) n).var, cur, pop());
            case IINC -> {
                IincInsnNode ii = (IincInsnNode) n;
                Insn v = ssa.read(ii.var, Type.I, cur);
                ssa.write(ii.var, cur, emit(Op.ADD, Type.I, v, constant(ii.incr)));
            }
            case IALOAD -> arrayLoad(Elem.I);
            case BALOAD -> arrayLoad(Elem.B);
            case CALOAD -> arrayLoad(Elem.C);
            case SALOAD -> arrayLoad(Elem.S);
            case AALOAD -> arrayLoad(Elem.R);
            case IASTORE -> arrayStore(Elem.I);
            case BASTORE -> arrayStore(Elem.B);
            case CASTORE -> arrayStore(Elem.C);
            case SASTORE -> arrayStore(Elem.S);
            case AASTORE -> arrayStore(Elem.R);
            case POP -> pop();
            case POP2 -> { pop(); pop(); }
            case DUP -> push(peekTop());
            case DUP_X1 -> { Insn a = pop(); Insn b = pop(); push(a); push(b); push(a); }
            case DUP_X2 -> { Insn a = pop(); Insn b = pop(); Insn c = pop(); push(a); push(c); push(b); push(a); }
            case DUP2 -> { Insn a = pop(); Insn b = pop(); push(b); push(a); push(b); push(a); }
            case DUP2_X1 -> { Insn a = pop(); Insn b = pop(); Insn c = pop(); push(b); push(a); push(c); push(b); push(a); }
            case DUP2_X2 -> {
                Insn a = pop(); Insn b = pop(); Insn c = pop(); Insn d = pop();
                push(b); push(a); push(d); push(c); push(b); push(a);
            }
            case SWAP -> { Insn a = pop(); Insn b = pop(); push(a); push(b); }
            case IADD -> binary(Op.ADD);
            case ISUB -> binary(Op.SUB);
            case IMUL -> binary(Op.MUL);
            case IDIV, IREM -> {
                Insn d = pop();
                Insn x = pop();
                emit(Op.DIVCHECK, Type.V, d);
                push(emit(op == IDIV ? Op.DIV : Op.REM, Type.I, x, d));
            }
            case INEG -> push(emit(Op.NEG, Type.I, pop()));
            case ISHL -> binary(Op.SHL);
            case ISHR -> binary(Op.SHR);
            case IUSHR -> binary(Op.USHR);
            case IAND -> binary(Op.AND);
            case IOR -> binary(Op.OR);
            case IXOR -> binary(Op.XOR);
            case I2B -> push(emit(Op.I2B, Type.I, pop()));
            case I2C -> push(emit(Op.I2C, Type.I, pop()));
            case I2S -> push(emit(Op.I2S, Type.I, pop()));
            case IFEQ, IFNE, IFLT, IFGE, IFGT, IFLE -> {
                Insn a = pop();
                branch(Cond.values()[op - IFEQ], a, constant(0));
            }
            case IF_ICMPEQ, IF_ICMPNE, IF_ICMPLT, IF_ICMPGE, IF_ICMPGT, IF_ICMPLE -> {
                Insn b = pop();
                Insn a = pop();
                branch(Cond.values()[op - IF_ICMPEQ], a, b);
            }
            case IF_ACMPEQ, IF_ACMPNE -> {
                Insn b = pop();
                Insn a = pop();
                branch(op == IF_ACMPEQ ? Cond.EQ : Cond.NE, a, b);
            }
            case IFNULL, IFNONNULL -> {
                Insn a = pop();
                branch(op == IFNULL ? Cond.EQ : Cond.NE, a, emit(Op.CONST, Type.R));
            }
            case GOTO -> {
                leave();
                emit(Op.GOTO, Type.V);
            }
            case TABLESWITCH -> {
                TableSwitchInsnNode t = (TableSwitchInsnNode) n;
                int[] keys = new int[t.labels.size()];
                for (int k = 0; k < keys.length; k++) {
                    keys[k] = t.min + k;
                }
                switchOn(keys);
            }
            case LOOKUPSWITCH -> switchOn(((LookupSwitchInsnNode) n).keys.stream().mapToInt(Integer::intValue).toArray());
            case IRETURN, ARETURN -> emit(Op.RET, Type.V, pop());
            case RETURN -> emit(Op.RET, Type.V);
            case GETSTATIC, PUTSTATIC -> staticField((FieldInsnNode) n, op == PUTSTATIC);
            case GETFIELD, PUTFIELD -> throw new Unsupported("instance fields (" + ((FieldInsnNode) n).name + ")",
                    "objects arrive with a later milestone; use static fields");
            case INVOKESTATIC, INVOKEVIRTUAL, INVOKESPECIAL, INVOKEINTERFACE -> invoke((MethodInsnNode) n);
            case INVOKEDYNAMIC -> new Concat(this).translate((InvokeDynamicInsnNode) n);
            case NEW -> throw new Unsupported("creating objects (new " + Symbols.dotted(((TypeInsnNode) n).desc) + ")",
                    "objects arrive with a later milestone; use static methods, static fields and arrays");
            case NEWARRAY -> newArray(primitiveArray(((IntInsnNode) n).operand));
            case ANEWARRAY -> {
                String elem = ((TypeInsnNode) n).desc;
                newArray("[" + (elem.startsWith("[") ? elem : "L" + elem + ";"));
            }
            case MULTIANEWARRAY -> {
                MultiANewArrayInsnNode mn = (MultiANewArrayInsnNode) n;
                checkArrayType(mn.desc);
                Insn[] dims = new Insn[mn.dims];
                for (int k = mn.dims - 1; k >= 0; k--) {
                    dims[k] = pop();
                }
                program.arrayType(mn.desc);
                Insn a = emit(Op.NEWMULTI, Type.R, dims);
                a.sym = mn.desc;
                push(a);
            }
            case ARRAYLENGTH -> {
                Insn a = pop();
                nullCheck(a, 0, NpeMessages.ARRAY_LENGTH);
                push(emit(Op.ARRAYLEN, Type.I, a));
            }
            case CHECKCAST -> {
                Insn v = peekTop();
                if (!trustedRefs.contains(v) && !(v.op == Op.CONST)) {
                    throw new Unsupported("casts to " + Symbols.javaName(((TypeInsnNode) n).desc),
                            "casts arrive with the object model");
                }
            }
            case ATHROW -> throw new Unsupported("throw", "exceptions arrive with the object model; print a message and call System.exit(1)");
            case INSTANCEOF -> throw new Unsupported("instanceof", "type tests arrive with the object model");
            case MONITORENTER, MONITOREXIT -> throw new Unsupported("synchronized blocks", "threads arrive with a later milestone");
            default -> throw new Unsupported(unsupportedOpcode(op), "use int arithmetic");
        }
    }

    /** What a long, float or double instruction does, or null for any other instruction. */
    private static String wideTypeUse(AbstractInsnNode n) {
        if (n instanceof LdcInsnNode ldc) {
            Object c = ldc.cst;
            return c instanceof Long ? "long constants" : c instanceof Float || c instanceof Double
                    ? "floating-point constants" : null;
        }
        int op = n.getOpcode();
        if (op < 0 || n instanceof MethodInsnNode || n instanceof FieldInsnNode || op == LOOKUPSWITCH
                || (op >= DUP && op <= SWAP) || op == I2B || op == I2C || op == I2S) {
            return null;
        }
        String what = unsupportedOpcode(op);
        return what.startsWith("the bytecode") ? null : what;
    }

    private static String unsupportedOpcode(int op) {
        String name = org.objectweb.asm.util.Printer.OPCODES[op];
        String lower = name.toLowerCase();
        char c = lower.charAt(0);
        if (c == 'l' && !lower.startsWith("lookup") && !lower.startsWith("ldc")) {
            return "long arithmetic (" + lower + ")";
        }
        if (c == 'f') {
            return "float arithmetic (" + lower + ")";
        }
        if (c == 'd' && !lower.startsWith("dup")) {
            return "double arithmetic (" + lower + ")";
        }
        if (lower.startsWith("i2") || lower.endsWith("2i")) {
            return "the conversion " + lower + " (long, float and double)";
        }
        return "the bytecode " + lower;
    }

    private void ldc(Object cst) {
        if (cst instanceof Integer i) {
            push(constant(i));
        } else if (cst instanceof String s) {
            Insn str = emit(Op.STRING, Type.R);
            str.sym = s;
            push(str);
        } else if (cst instanceof Long) {
            throw new Unsupported("long constants", "use int");
        } else if (cst instanceof Float || cst instanceof Double) {
            throw new Unsupported("floating-point constants", "use int (fixed point)");
        } else {
            throw new Unsupported("class literals and other constants (" + cst + ")", "use int or String constants");
        }
    }

    private void binary(Op op) {
        Insn b = pop();
        Insn a = pop();
        push(emit(op, Type.I, a, b));
    }

    private void branch(Cond c, Insn a, Insn b) {
        leave();
        Insn i = emit(Op.IF, Type.V, a, b);
        i.aux = c.ordinal();
    }

    private void switchOn(int[] keys) {
        Insn v = pop();
        leave();
        Insn s = emit(Op.SWITCH, Type.V, v);
        s.sym = keys;
    }

    private void arrayLoad(Elem e) {
        Insn idx = pop();
        Insn arr = pop();
        nullCheck(arr, 1, NpeMessages.load(code[current].getOpcode()));
        checkBounds(arr, idx);
        Insn v = emit(Op.ALOAD, e.type(), arr, idx);
        v.aux = e.ordinal();
        push(v);
    }

    private void arrayStore(Elem e) {
        Insn val = pop();
        Insn idx = pop();
        Insn arr = pop();
        nullCheck(arr, 2, NpeMessages.store(code[current].getOpcode()));
        checkBounds(arr, idx);
        if (e == Elem.R) {
            emit(Op.STORECHECK, Type.V, arr, val);
        }
        Insn s = emit(Op.ASTORE, Type.V, arr, idx, val);
        s.aux = e.ordinal();
    }

    /**
     * A null check of {@code ref}, found {@code depth} values below the top of the operand stack
     * before the current instruction. Its message is HotSpot's "helpful" one (NpeMessages), for
     * user code; the runtime's own checks report a bare NullPointerException.
     */
    private void nullCheck(Insn ref, int depth, String action) {
        Insn c = emit(Op.NULLCHECK, Type.V, ref);
        if (!RuntimeSymbols.isRuntimeCode(f.displayName)) {
            if (npeMessages == null) {
                npeMessages = new NpeMessages(owner.name, m);
            }
            c.sym = npeMessages.message(current, depth, action);
        }
    }

    private void checkBounds(Insn arr, Insn idx) {
        Insn len = emit(Op.ARRAYLEN, Type.I, arr);
        emit(Op.BOUNDSCHECK, Type.V, idx, len);
    }

    private static String primitiveArray(int t) {
        return switch (t) {
            case T_BOOLEAN -> "[Z";
            case T_BYTE -> "[B";
            case T_CHAR -> "[C";
            case T_SHORT -> "[S";
            case T_INT -> "[I";
            case T_LONG -> throw new Unsupported("long arrays", "use int arrays");
            default -> throw new Unsupported("float and double arrays", "use int arrays (fixed point)");
        };
    }

    /** Array types rtgo can lay out: of supported primitives, String, or arrays of those. */
    private static void checkArrayType(String desc) {
        String e = desc.replace("[", "");
        boolean ok = e.length() == 1 ? "ZBCSI".contains(e) : e.equals("Ljava/lang/String;");
        if (!ok) {
            throw new Unsupported("arrays of " + Symbols.javaName(e), "use arrays of int, short, char, byte, boolean or String");
        }
    }

    void newArray(String desc) {
        checkArrayType(desc);
        program.arrayType(desc);
        Insn a = emit(Op.NEWARRAY, Type.R, pop());
        a.sym = desc;
        push(a);
    }

    private void staticField(FieldInsnNode fi, boolean put) {
        Resolver.FieldTarget t = program.resolver.staticField(fi.owner, fi.name);
        StaticField sf = program.field(t.owner(), t.field());
        initCheck(t.owner());
        if (put) {
            Insn s = emit(Op.PUTSTATIC, Type.V, pop());
            s.sym = sf.symbol();
            s.aux = sf.elem().ordinal();
        } else {
            Insn g = emit(Op.GETSTATIC, sf.elem().type());
            g.sym = sf.symbol();
            g.aux = sf.elem().ordinal();
            push(g);
        }
    }

    /** Emits a class-initialisation check unless {@code c} is this class or one of its superclasses. */
    void initCheck(ClassNode c) {
        for (ClassNode k = owner; k != null; k = k.superName == null ? null : program.classPath.find(k.superName)) {
            if (k.name.equals(c.name)) {
                return;
            }
        }
        if (program.needsInit(c.name)) {
            Insn i = emit(Op.INITCHECK, Type.V);
            i.sym = c.name;
        }
    }

    private void invoke(MethodInsnNode mi) {
        if (mi.getOpcode() == INVOKESTATIC && intrinsics.translate(mi)) {
            return;
        }
        Resolver.MethodTarget t;
        if (mi.getOpcode() == INVOKESTATIC) {
            t = program.resolver.staticMethod(mi.owner, mi.name, mi.desc);
        } else if (Resolver.isJdk(mi.owner)) {
            t = program.resolver.jdkInstanceMethod(mi.owner, mi.name, mi.desc);
            if (!mi.owner.equals("java/io/PrintStream")) {
                // the receiver is checked here, where the message can name it; System.out is
                // null on the device (one console), so PrintStream calls are not checked
                int args = org.objectweb.asm.Type.getArgumentTypes(mi.desc).length;
                nullCheck(stack.get(stack.size() - 1 - args), args, NpeMessages.invoke(mi));
            }
        } else if (mi.name.equals("<init>")) {
            throw new Unsupported("constructors", "objects arrive with a later milestone");
        } else {
            throw new Unsupported("calling the instance method " + Symbols.dotted(mi.owner) + "." + mi.name,
                    "objects arrive with a later milestone; make the method static");
        }
        call(t);
    }

    /** Calls a resolved static method (arguments on the stack), with class initialisation first. */
    void call(Resolver.MethodTarget t) {
        String sym = program.require(t.owner(), t.method());
        org.objectweb.asm.Type mt = org.objectweb.asm.Type.getMethodType(t.method().desc);
        int n = mt.getArgumentTypes().length;
        Insn[] args = new Insn[n];
        for (int k = n - 1; k >= 0; k--) {
            args[k] = pop();
        }
        for (org.objectweb.asm.Type a : mt.getArgumentTypes()) {
            irType(a.getDescriptor(), "parameters");
        }
        initCheck(t.owner());
        Type rt = irType(mt.getReturnType().getDescriptor(), "return values");
        Insn c = emit(Op.CALL, rt, args);
        c.sym = sym;
        if (rt != Type.V) {
            push(c);
        }
    }
}
