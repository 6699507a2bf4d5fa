package rtgo.frontend;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import rtgo.ir.Alias;
import rtgo.ir.CpuOp;
import rtgo.ir.Insn;
import rtgo.ir.Op;
import rtgo.ir.Type;
import rtgo.sym.Symbols;

/**
 * Calls the compiler replaces by IR ops instead of calling: the rtgo.vm contract (docs/abi.md,
 * "Intrinsics") and a few JDK methods that are single instructions on the M0+.
 */
final class Intrinsics {
    private final Translator t;

    Intrinsics(Translator t) {
        this.t = t;
    }

    /** JDK methods that compile to instructions rather than to a call of a substitute. */
    static boolean isJdkIntrinsic(MethodInsnNode mi) {
        return mi.owner.equals("java/lang/Integer") && (mi.name.equals("rotateLeft") || mi.name.equals("rotateRight"))
                && mi.desc.equals("(II)I") || RAW_BITS.contains(mi.owner + "." + mi.name + mi.desc);
    }

    /**
     * The raw-bits views of float and double: a float already is its bits in one word and a double
     * in two (Floats), so these compile to nothing.
     */
    private static final java.util.Set<String> RAW_BITS = java.util.Set.of("java/lang/Float.floatToRawIntBits(F)I",
            "java/lang/Float.intBitsToFloat(I)F", "java/lang/Double.doubleToRawLongBits(D)J",
            "java/lang/Double.longBitsToDouble(J)D");

    /** Translates {@code mi} if it is an intrinsic; false when it is an ordinary call. */
    boolean translate(MethodInsnNode mi) {
        String key = mi.owner + "." + mi.name + mi.desc;
        switch (key) {
            case "rtgo/vm/Mem.load32(I)I" -> load(Op.LOAD32);
            case "rtgo/vm/Mem.load16(I)I" -> load(Op.LOAD16);
            case "rtgo/vm/Mem.load8(I)I" -> load(Op.LOAD8);
            case "rtgo/vm/Mem.store32(II)V" -> store(Op.STORE32);
            case "rtgo/vm/Mem.store16(II)V" -> store(Op.STORE16);
            case "rtgo/vm/Mem.store8(II)V" -> store(Op.STORE8);
            case "rtgo/vm/Cpu.nop()V" -> cpu(CpuOp.NOP);
            case "rtgo/vm/Cpu.wfi()V" -> cpu(CpuOp.WFI);
            case "rtgo/vm/Cpu.wfe()V" -> cpu(CpuOp.WFE);
            case "rtgo/vm/Cpu.sev()V" -> cpu(CpuOp.SEV);
            case "rtgo/vm/Cpu.dmb()V" -> cpu(CpuOp.DMB);
            case "rtgo/vm/Cpu.dsb()V" -> cpu(CpuOp.DSB);
            case "rtgo/vm/Cpu.isb()V" -> cpu(CpuOp.ISB);
            case "rtgo/vm/Cpu.disableInterrupts()V" -> cpu(CpuOp.CPSID);
            case "rtgo/vm/Cpu.enableInterrupts()V" -> cpu(CpuOp.CPSIE);
            case "rtgo/vm/Cpu.primask()I" -> cpu(CpuOp.PRIMASK);
            case "rtgo/vm/Cpu.stackPointer()I" -> cpu(CpuOp.SP);
            case "rtgo/vm/Cpu.ipsr()I" -> cpu(CpuOp.IPSR);
            case "rtgo/vm/Cpu.exit(I)V" -> cpu(CpuOp.EXIT);
            case "rtgo/vm/Address.of(Ljava/lang/Object;)I" -> t.push(t.emit(Op.CAST, Type.I, t.pop()));
            case "rtgo/vm/Address.toRef(I)Ljava/lang/Object;" -> {
                Insn r = t.emit(Op.CAST, Type.R, t.pop());
                t.trust(r);
                t.push(r);
            }
            case "rtgo/vm/Address.symbol(Ljava/lang/String;)I" -> symbol();
            case "rtgo/vm/Address.cString(Ljava/lang/String;)I" -> cString();
            case "rtgo/vm/Boot.runMain()V" -> runMain();
            case "java/lang/Float.floatToRawIntBits(F)I", "java/lang/Float.intBitsToFloat(I)F",
                    "java/lang/Double.doubleToRawLongBits(D)J", "java/lang/Double.longBitsToDouble(J)D" -> { }
            case "java/lang/Integer.rotateRight(II)I" -> {
                Insn d = t.pop();
                Insn x = t.pop();
                t.push(t.emit(Op.ROR, Type.I, x, d));
            }
            case "java/lang/Integer.rotateLeft(II)I" -> {
                Insn d = t.pop();
                Insn x = t.pop();
                t.push(t.emit(Op.ROR, Type.I, x, t.emit(Op.NEG, Type.I, d)));
            }
            default -> {
                if (mi.owner.startsWith("rtgo/vm/")) {
                    throw new Unsupported("the rtgo.vm method " + Symbols.dotted(mi.owner) + "." + mi.name + mi.desc,
                            "this rtgo.vm member is not an intrinsic of this compiler version");
                }
                return false;
            }
        }
        return true;
    }

    private void load(Op op) {
        Insn v = t.emit(op, Type.I, t.pop());
        v.mem = Alias.RAW;
        t.push(v);
    }

    private void store(Op op) {
        Insn v = t.pop();
        Insn a = t.pop();
        t.emit(op, Type.V, a, v).mem = Alias.RAW;
    }

    private void cpu(CpuOp c) {
        Insn[] args = c.arity == 1 ? new Insn[] {t.pop()} : new Insn[0];
        Insn i = t.emit(Op.CPU, c.hasResult ? Type.I : Type.V, args);
        i.aux = c.ordinal();
        i.mem = Alias.ANY;
        if (c.hasResult) {
            t.push(i);
        }
    }

    private void symbol() {
        Insn name = t.pop();
        if (name.op != Op.STRING) {
            throw new Unsupported("Address.symbol with a computed name", "pass a string literal");
        }
        Insn s = t.emit(Op.SYMBOL, Type.I);
        s.sym = name.sym;
        t.push(s);
    }

    /** {@code Address.cString("text")}: the address of the text's C string ({@link Program#cString}). */
    private void cString() {
        Insn text = t.pop();
        if (text.op != Op.STRING) {
            throw new Unsupported("Address.cString with a computed text", "pass a string literal");
        }
        for (char c : text.sym.toCharArray()) {
            if (c == 0 || c > 127) {
                throw new Unsupported("Address.cString with a character outside ASCII 1..127", "print it with Console.writeString");
            }
        }
        Insn s = t.emit(Op.SYMBOL, Type.I);
        s.sym = t.program.cString(text.sym);
        t.push(s);
    }

    /** {@code Boot.runMain()}: initialise the main class, then call main with an empty String[]
     * (one object in flash, so that starting main allocates nothing). */
    private void runMain() {
        Program p = t.program;
        String main = p.mainClass().replace('.', '/');
        ClassNode cn = p.classPath.find(main);
        if (cn == null) {
            throw new Unsupported("the main class " + p.mainClass() + " (not found in the inputs)", "check --main");
        }
        MethodNode mainMethod = null;
        for (MethodNode mn : cn.methods) {
            if (mn.name.equals("main") && mn.desc.equals("([Ljava/lang/String;)V")
                    && (mn.access & Opcodes.ACC_STATIC) != 0) {
                mainMethod = mn;
            }
        }
        if (mainMethod == null) {
            throw new Unsupported("a main class without 'public static void main(String[])' (" + p.mainClass() + ")",
                    "add a main method or pass --main");
        }
        p.arrayType("[Ljava/lang/String;");
        Insn args = t.emit(Op.SYMBOL, Type.I);
        args.sym = rtgo.vm.abi.SymbolNames.MAIN_ARGS; // an empty String[] in flash (ProgramEmitter)
        Insn ref = t.emit(Op.CAST, Type.R, args);
        t.trust(ref);
        t.push(ref);
        Calls.call(t, new Resolver.MethodTarget(cn, mainMethod));
    }
}
