package rtgo.lower;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rtgo.sym.RuntimeSymbols;
import rtgo.ir.Alias;
import rtgo.sym.ProgramSymbols;
import rtgo.ir.Block;
import rtgo.ir.Cond;
import rtgo.ir.CpuOp;
import rtgo.ir.Elem;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Loc;
import rtgo.ir.Op;
import rtgo.ir.Type;
import rtgo.vm.abi.ObjectLayout;
import rtgo.vm.abi.SymbolNames;

/**
 * Instruction selection: rewrites generic ops into Thumb ops (ARMv6-M Architecture Reference
 * Manual, A6.7) on SSA values, so the register allocator sees real machine instructions.
 *
 * <p>Requires: optimised IR whose switches {@link #lowerSwitches} has rewritten. Produces: only {@code T_*}
 * ops plus the generic ops the back end emits directly: PHI, COPY, PARAM, CALL, RET, GOTO, IF,
 * INITCHECK, CPU and the NULL/BOUNDS/DIV checks. Calling-convention registers appear as
 * pre-coloured COPY values ({@link Insn#fixedReg}). Constants that fit an instruction's immediate
 * field are folded into it; the CONST they came from dies and is removed by the {@code lower-dce}
 * pass; the constants left get a register in the {@code constants} pass ({@link #materialiseConstants}).
 */
public final class Lowering {
    /** SIO hardware divider (RP2040 datasheet 2.3.1.5): base and register offsets. */
    static final int SIO_BASE = 0xd0000000;
    static final int DIV_SDIVIDEND = 0x68;
    static final int DIV_SDIVISOR = 0x6c;
    static final int DIV_QUOTIENT = 0x70;
    static final int DIV_REMAINDER = 0x74;

    private final Func f;
    private final StringTable strings;
    /** The closed world's classes and virtual calls; null where a test lowers code without objects. */
    private final ProgramSymbols program;
    private final Map<Insn, Insn> replace = new HashMap<>();
    private final Set<Insn> replacements = new HashSet<>();
    private List<Insn> out;
    private Block cur;
    private int line;

    private Lowering(Func f, StringTable strings, ProgramSymbols program, OnceAllocation once,
                     java.util.function.Predicate<Insn> storeFits) {
        this.f = f;
        this.strings = strings;
        this.program = program;
        this.once = once;
        this.storeFits = storeFits;
    }

    /** The whole program's word on aastore checks that cannot fail (rtgo.opt.StaticFacts.storeFits). */
    private final java.util.function.Predicate<Insn> storeFits;

    /** The functions that run at most once and their static blocks; null where a test lowers code alone. */
    private final OnceAllocation once;

    /** Rewrites {@link Op#SWITCH} into compare chains and jump tables (see {@link SwitchLowering}). */
    public static void lowerSwitches(Func f) {
        new SwitchLowering(f).run();
    }

    /**
     * Instruction selection proper: every generic op becomes Thumb ops; constants folded into
     * immediates are left dead for {@code lower-dce}; the rest stay CONST until {@link #materialiseConstants}.
     */
    public static void run(Func f, StringTable strings) {
        run(f, strings, null);
    }

    /** As {@link #run(Func, StringTable)}, with the program's classes for objects and virtual calls. */
    public static void run(Func f, StringTable strings, ProgramSymbols program) {
        run(f, strings, program, null, check -> false);
    }

    /**
     * As above, making the arrays created at most once static blocks ({@link OnceAllocation}), and
     * leaving out the aastore checks {@code storeFits} says cannot fail (arrays of a known exact class).
     */
    public static void run(Func f, StringTable strings, ProgramSymbols program, OnceAllocation once,
                           java.util.function.Predicate<Insn> storeFits) {
        new Lowering(f, strings, program, once, storeFits).lower();
    }

    /** Constants still used after folding immediates need a register: a move or a literal load each. */
    public static void materialiseConstants(Func f) {
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                if (i.op == Op.CONST) {
                    i.op = i.aux >= 0 && i.aux <= 255 ? Op.T_MOVI : Op.T_LDRLIT;
                }
            }
        }
    }

    private void lower() {
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                if (i.op == Op.STORECHECK && (fromSameArray(i.arg(1), i.arg(0), new HashSet<>())
                        || fitsEveryArray(i.arg(1), i.arg(0)) || storeFits.test(i))) {
                    unneededStoreChecks.add(i); // decided before lowering rewrites the loads
                }
            }
        }
        for (Block b : new ArrayList<>(f.blocks)) {
            cur = b;
            out = new ArrayList<>();
            for (Insn i : new ArrayList<>(b.insns)) {
                line = i.line;
                lowerInsn(i);
            }
            b.insns.clear();
            for (Insn i : out) {
                i.block = b;
                b.insns.add(i);
            }
        }
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                if (replacements.contains(i)) {
                    continue;
                }
                for (int a = 0; a < i.args.length; a++) {
                    i.args[a] = resolve(i.args[a]);
                }
            }
        }
    }

    private Insn resolve(Insn v) {
        Insn r = v;
        while (replace.containsKey(r)) {
            r = replace.get(r);
        }
        return r;
    }

    private Insn mk(Op op, Type type, Insn... args) {
        Insn i = f.make(op, type, args);
        i.line = line;
        i.block = cur;
        out.add(i);
        return i;
    }

    private Insn mkImm(Op op, Insn arg, int imm) {
        Insn i = mk(op, Type.I, arg);
        i.aux = imm;
        return i;
    }

    private void keep(Insn i) {
        out.add(i);
    }

    private Insn literal(int value) {
        Insn c = mk(value >= 0 && value <= 255 ? Op.T_MOVI : Op.T_LDRLIT, Type.I);
        c.aux = value;
        return c;
    }

    private void replaceWith(Insn old, Insn now) {
        replace.put(old, now);
        replacements.add(now);
    }

    private static boolean isImm8(Insn v) {
        return v.op == Op.CONST && v.aux >= 0 && v.aux <= 255;
    }

    private void lowerInsn(Insn i) {
        if (i.op.has(Op.Flags.MACHINE)) {
            keep(i);
            return;
        }
        switch (i.op) {
            case CONST -> keep(i);
            case PARAM -> param(i);
            case PHI, GOTO, EXCEPT, INITCHECK, NULLCHECK, DIVCHECK, COPY, LIF -> keep(i);
            case CAST -> {
                if (i.type == Type.R && i.arg(0).type != Type.R) {
                    // an address becoming a reference (Address.toRef): a copy typed as one, so the
                    // stack maps see it (usually in the same register, so it costs nothing)
                    retype(i, Op.COPY, i.arg(0));
                } else {
                    replace.put(i, i.arg(0)); // a reference read as its address: the reference
                }
            }
            case ADD -> add(i, i.arg(0), i.arg(1));
            case ADDHI -> retype(i, Op.T_ADDHI, i.args.clone());
            case SUBHI -> retype(i, Op.T_SUBHI, i.args.clone());
            case LCMP -> retype(i, Op.T_LCMP, i.args.clone());
            case HIRESULT -> {
                if (!highResults.contains(i)) {
                    replaceWith(i, literal(0)); // its call has no target (see virtualCall): never reached
                }
            }
            case SUB -> sub(i);
            case MUL -> twoAddr(i, Op.T_MUL);
            case AND -> and(i);
            case OR -> twoAddr(i, Op.T_ORR);
            case XOR -> {
                if (i.arg(1).isConst(-1) || i.arg(0).isConst(-1)) {
                    retype(i, Op.T_MVN, i.arg(1).isConst(-1) ? i.arg(0) : i.arg(1));
                } else {
                    twoAddr(i, Op.T_EOR);
                }
            }
            case SHL -> shift(i, Op.T_LSLI, Op.T_LSL);
            case SHR -> shift(i, Op.T_ASRI, Op.T_ASR);
            case USHR -> shift(i, Op.T_LSRI, Op.T_LSR);
            case ROR -> {
                Insn amount = i.arg(1);
                if (amount.op == Op.CONST && (amount.aux & 31) == 0) {
                    retype(i, Op.COPY, i.arg(0));
                } else {
                    retype(i, Op.T_ROR, i.arg(0), amount);
                }
            }
            case NEG -> retype(i, Op.T_NEG, i.arg(0));
            case I2B -> retype(i, Op.T_SXTB, i.arg(0));
            case I2S -> retype(i, Op.T_SXTH, i.arg(0));
            case I2C -> retype(i, Op.T_UXTH, i.arg(0));
            case DIV, REM -> divide(i);
            case ARRAYLEN -> {
                i.op = Op.T_LDR;
                i.aux = ObjectLayout.LENGTH;
                i.mem = Alias.LENGTH;
                keep(i);
            }
            case ELEMBASE -> {
                i.op = Op.T_ADDI;
                i.aux = ObjectLayout.ARRAY_DATA;
                keep(i);
            }
            case ALOAD -> arrayLoad(i);
            case ASTORE -> arrayStore(i);
            case NEWARRAY -> newArray(i);
            case NEWMULTI -> newMulti(i);
            case BOUNDSCHECK -> keep(i);
            case STORECHECK -> {
                if (!unneededStoreChecks.contains(i)) {
                    Insn c = callRuntime(RuntimeSymbols.ARRAY_STORE, Type.V, i.arg(0), i.arg(1));
                    c.line = i.line;
                } // else it cannot fail (unneededStoreChecks)
            }
            case NEW -> replaceWith(i, resolve(newObject(i.sym)));
            case GETFIELD -> getField(i);
            case PUTFIELD -> putField(i);
            case VCALL, ICALL -> virtualCall(i);
            case INSTANCEOF -> {
                if (program != null && program.isExactType(i.sym)) {
                    // (not a replaceWith: this instruction's arguments still need resolving)
                    replace.put(i, mk(Op.T_ISEXACT, Type.I, i.arg(0), typeLiteral(i.sym)));
                } else {
                    replaceWith(i, resolve(callRuntime(RuntimeSymbols.INSTANCE_OF, Type.I, i.arg(0),
                            typeLiteral(i.sym))));
                }
            }
            case CHECKCAST -> {
                String known = i.arg(0).refType;
                if (known != null && program != null && program.isSubtype(known, i.sym)) {
                    break; // the value's static class is already a subtype: the cast cannot fail
                }
                if (program != null && program.isExactType(i.sym)) {
                    mk(Op.T_CASTCHECK, Type.I, i.arg(0), typeLiteral(i.sym)); // one compare, no call
                } else {
                    callRuntime(RuntimeSymbols.CHECK_CAST, Type.V, i.arg(0), typeLiteral(i.sym));
                }
            }
            case GETSTATIC -> getStatic(i);
            case PUTSTATIC -> putStatic(i);
            case CALL -> call(i);
            case STRING -> {
                i.op = Op.T_LDRLIT;
                i.sym = strings.label(i.sym);
                keep(i);
            }
            case SYMBOL -> {
                i.op = Op.T_LDRLIT;
                keep(i);
            }
            case LOAD32 -> memory(i, Op.T_LDR);
            case LOAD16 -> memory(i, Op.T_LDRH);
            case LOAD8 -> memory(i, Op.T_LDRB);
            case STORE32 -> memory(i, Op.T_STR);
            case STORE16 -> memory(i, Op.T_STRH);
            case STORE8 -> memory(i, Op.T_STRB);
            case CPU -> {
                if (CpuOp.values()[i.aux] == CpuOp.EXIT) {
                    i.args[0] = fixedCopy(i.arg(0), 0);
                }
                keep(i);
            }
            case IF -> branch(i);
            case RET -> {
                for (int k = 0; k < i.args.length; k++) {
                    i.args[k] = fixedCopy(i.arg(k), k); // a long: low word in r0, high in r1
                }
                keep(i);
            }
            default -> throw new IllegalStateException("no lowering for " + i.op + " in " + f.displayName);
        }
    }

    private void retype(Insn i, Op op, Insn... args) {
        i.op = op;
        i.args = args;
        keep(i);
    }

    private void param(Insn i) {
        if (i.aux < 4) {
            i.fixedReg = Loc.reg(i.aux);
            keep(i);
            Insn c = mk(Op.COPY, i.type, i);
            replaceWith(i, c);
        } else {
            i.loc = Loc.inArg(i.aux - 4);
            keep(i);
        }
    }

    private Insn fixedCopy(Insn v, int reg) {
        Insn c = mk(Op.COPY, v.type, v);
        c.fixedReg = Loc.reg(reg);
        return c;
    }

    private void add(Insn i, Insn a, Insn b) {
        if (a.op == Op.CONST && b.op != Op.CONST) {
            Insn t = a;
            a = b;
            b = t;
        }
        if (b.op == Op.CONST && b.aux >= -255 && b.aux <= 255) {
            if (b.aux == 0) {
                retype(i, Op.COPY, a);
            } else if (b.aux > 0) {
                i.op = Op.T_ADDI;
                i.aux = b.aux;
                i.args = new Insn[] {a};
                keep(i);
            } else {
                i.op = Op.T_SUBI;
                i.aux = -b.aux;
                i.args = new Insn[] {a};
                keep(i);
            }
        } else {
            retype(i, Op.T_ADD, a, b);
        }
    }

    private void sub(Insn i) {
        Insn a = i.arg(0);
        Insn b = i.arg(1);
        if (b.op == Op.CONST && b.aux != Integer.MIN_VALUE) {
            Insn neg = f.make(Op.CONST, Type.I);
            neg.aux = -b.aux;
            if (-b.aux >= -255 && -b.aux <= 255) {
                add(i, a, neg);
                return;
            }
        }
        if (a.isConst(0)) {
            retype(i, Op.T_NEG, b);
        } else {
            retype(i, Op.T_SUB, a, b);
        }
    }

    private void twoAddr(Insn i, Op op) {
        retype(i, op, i.arg(0), i.arg(1));
    }

    private void and(Insn i) {
        Insn a = i.arg(0);
        Insn b = i.arg(1);
        if (a.op == Op.CONST) {
            Insn t = a;
            a = b;
            b = t;
        }
        if (b.op == Op.CONST) {
            int m = b.aux;
            if (m == 0xff) {
                retype(i, Op.T_UXTB, a);
                return;
            }
            if (m == 0xffff) {
                retype(i, Op.T_UXTH, a);
                return;
            }
            if (m == -1) {
                retype(i, Op.COPY, a);
                return;
            }
            if ((~m) >= 0 && (~m) <= 255 && !(m >= 0 && m <= 255)) {
                retype(i, Op.T_BIC, a, literal(~m));
                return;
            }
            if (Integer.bitCount(m + 1) == 1 && m > 0) {
                // low-bit mask 2^k-1: lsls then lsrs keeps the low k bits without a constant
                int k = Integer.bitCount(m);
                Insn up = mkImm(Op.T_LSLI, a, 32 - k);
                i.op = Op.T_LSRI;
                i.aux = 32 - k;
                i.args = new Insn[] {up};
                keep(i);
                return;
            }
        }
        retype(i, Op.T_AND, a, b);
    }

    private void shift(Insn i, Op immOp, Op regOp) {
        Insn amount = i.arg(1);
        if (amount.op == Op.CONST) {
            int s = amount.aux & 31;
            if (s == 0) {
                retype(i, Op.COPY, i.arg(0));
            } else {
                i.op = immOp;
                i.aux = s;
                i.args = new Insn[] {i.arg(0)};
                keep(i);
            }
            return;
        }
        Insn masked = knownBelow32(amount) ? amount : mk(Op.T_AND, Type.I, amount, literal(31));
        retype(i, regOp, i.arg(0), masked);
    }

    /** Shift amounts that are provably 0..31 need no masking. */
    private static boolean knownBelow32(Insn v) {
        return v.op == Op.AND && ((v.arg(1).op == Op.CONST && v.arg(1).aux >= 0 && v.arg(1).aux <= 31)
                || (v.arg(0).op == Op.CONST && v.arg(0).aux >= 0 && v.arg(0).aux <= 31))
                || (v.op == Op.T_AND && (v.arg(1).op == Op.T_MOVI || v.arg(1).op == Op.CONST)
                    && v.arg(1).aux >= 0 && v.arg(1).aux <= 31)
                || (v.op == Op.T_LSRI && v.aux >= 27);
    }

    private void divide(Insn i) {
        boolean rem = i.op == Op.REM;
        Insn base = literal(SIO_BASE);
        Insn s1 = mk(Op.T_STR, Type.V, base, i.arg(0));
        s1.aux = DIV_SDIVIDEND;
        s1.mem = Alias.RAW;
        Insn s2 = mk(Op.T_STR, Type.V, base, i.arg(1));
        s2.aux = DIV_SDIVISOR;
        s2.mem = Alias.RAW;
        mk(Op.T_DIVWAIT, Type.I, base).mem = Alias.RAW;
        // Results are valid once CSR_READY is set (datasheet 2.3.1.5); T_DIVWAIT polls it.
        i.op = Op.T_LDR;
        i.aux = rem ? DIV_REMAINDER : DIV_QUOTIENT;
        i.mem = Alias.RAW;
        i.args = new Insn[] {base};
        keep(i);
    }

    // ---- arrays ----------------------------------------------------------------------------------

    /** The load of an element kind: immediate offset, zero-extending (the sign is extended after). */
    private static Op loadOp(Elem e) {
        return Op.memory(false, e.shift, false, false);
    }

    private static Op storeOp(Elem e) {
        return Op.memory(true, e.shift, false, false);
    }

    /** With a register offset ARMv6-M also has sign-extending loads of bytes and halves. */
    private static Op loadRegOp(Elem e) {
        return Op.memory(false, e.shift, e.signed && e.shift < 2, true);
    }

    private static Op storeRegOp(Elem e) {
        return Op.memory(true, e.shift, false, true);
    }

    /**
     * {@code new C}: Heap.allocSmall with C's rounded size where the program's layout gives it
     * (the bump without reading the descriptor), else Heap.allocObject.
     */
    private Insn newObject(String cls) {
        int size = program == null ? -1 : program.instanceSize(cls);
        int rounded = (size + ObjectLayout.ALIGNMENT - 1) & -ObjectLayout.ALIGNMENT;
        if (size < 0 || rounded >= ObjectLayout.LARGE_BLOCK) {
            return callRuntime(RuntimeSymbols.ALLOC_OBJECT, Type.R, typeLiteral(cls));
        }
        return callRuntime(RuntimeSymbols.ALLOC_SMALL, Type.R, typeLiteral(cls), literal(rounded));
    }

    /** Whether an element at constant index {@code idx} is in reach of the immediate-offset form. */
    private static boolean constantOffsetFits(Elem e, int idx) {
        return idx >= 0 && ObjectLayout.ARRAY_DATA + ((long) idx << e.shift) <= loadOp(e).immMax;
    }

    private void arrayLoad(Insn i) {
        Elem e = i.elem();
        Insn arr = i.arg(0);
        Insn idx = i.arg(1);
        if (i.args.length == 4) {
            // through a strength-reduced pointer (rtgo.opt.StrengthReduction): [p, #aux2]
            finishLoad(i, e, i.arg(3), i.aux2);
            return;
        }
        if (i.args.length == 3) {
            // through the element base: [base, idx << shift]
            Insn base = i.arg(2);
            Insn scaled = e.shift == 0 ? idx : mkImm(Op.T_LSLI, idx, e.shift);
            retypeKeepType(i, loadRegOp(e), base, scaled);
            return;
        }
        if (idx.op == Op.CONST && constantOffsetFits(e, idx.aux)) {
            int off = ObjectLayout.ARRAY_DATA + (idx.aux << e.shift);
            finishLoad(i, e, arr, off);
            return;
        }
        Insn scaled = e.shift == 0 ? idx : mkImm(Op.T_LSLI, idx, e.shift);
        if (e.signed && e.shift < 2) {
            Insn off = mkImm(Op.T_ADDI, scaled, ObjectLayout.ARRAY_DATA);
            retypeKeepType(i, Op.memory(false, e.shift, true, true), arr, off);
            return;
        }
        Insn addr = mk(Op.T_ADD, Type.I, arr, scaled);
        finishLoad(i, e, addr, ObjectLayout.ARRAY_DATA);
    }

    private void finishLoad(Insn i, Elem e, Insn base, int off) {
        if (e.signed && e.shift < 2) {
            Insn raw = mkImm(loadOp(e), base, off);
            raw.mem = i.mem;
            retypeKeepType(i, e.shift == 0 ? Op.T_SXTB : Op.T_SXTH, raw);
        } else {
            i.op = loadOp(e);
            i.aux = off;
            i.args = new Insn[] {base};
            keep(i);
        }
    }

    private void retypeKeepType(Insn i, Op op, Insn... args) {
        i.op = op;
        i.aux = 0;
        if (!op.accessesMemory()) {
            i.mem = null; // the access moved to an instruction before it
        }
        i.args = args;
        keep(i);
    }

    private void arrayStore(Insn i) {
        Elem e = i.elem();
        Insn arr = i.arg(0);
        Insn idx = i.arg(1);
        Insn val = i.arg(2);
        if (i.args.length == 5) {
            // through a strength-reduced pointer (rtgo.opt.StrengthReduction): [p, #aux2]
            i.op = storeOp(e);
            i.aux = i.aux2;
            i.args = new Insn[] {i.arg(4), val};
            keep(i);
            return;
        }
        if (i.args.length == 4) {
            Insn base = i.arg(3);
            Insn scaled = e.shift == 0 ? idx : mkImm(Op.T_LSLI, idx, e.shift);
            i.op = storeRegOp(e);
            i.aux = 0;
            i.args = new Insn[] {base, scaled, val};
            keep(i);
            return;
        }
        if (idx.op == Op.CONST && constantOffsetFits(e, idx.aux)) {
            i.op = storeOp(e);
            i.aux = ObjectLayout.ARRAY_DATA + (idx.aux << e.shift);
            i.args = new Insn[] {arr, val};
            keep(i);
            return;
        }
        Insn scaled = e.shift == 0 ? idx : mkImm(Op.T_LSLI, idx, e.shift);
        Insn addr = mk(Op.T_ADD, Type.I, arr, scaled);
        i.op = storeOp(e);
        i.aux = ObjectLayout.ARRAY_DATA;
        i.args = new Insn[] {addr, val};
        keep(i);
    }

    /**
     * The aastore checks that cannot fail: the value comes from the array it is stored into
     * (fromSameArray), the static types say it fits any array this one can be (fitsEveryArray), or
     * the array's exact class is known and the value fits it (storeFits).
     */
    private final Set<Insn> unneededStoreChecks = new HashSet<>();

    /**
     * Whether {@code value} fits any array {@code array} can be, by static types alone: an array
     * whose static element class has no subclass in the closed world (the Node[] of a map's
     * table) can only be an array of exactly that class, so a value of that class (or of a
     * subclass, none) always fits. Interfaces and Object have implementations and subclasses, so
     * Object[] and List[] keep their check; so does a value whose static type is an interface
     * (the JVM's verifier does not track those).
     */
    private boolean fitsEveryArray(Insn value, Insn array) {
        String arrayType = array.refType;
        String valueType = value.refType;
        if (program == null || arrayType == null || valueType == null || !arrayType.startsWith("[L")
                || !arrayType.endsWith(";")) {
            return false;
        }
        String element = arrayType.substring(2, arrayType.length() - 1);
        return program.isExactType(element) && program.isSubtype(valueType, element);
    }

    /**
     * Whether every value {@code v} can be is null or an element read from {@code array} (the same
     * SSA value: one array object), through copies and phis; such a value is an instance of the
     * array's element type, so storing it back into the array needs no check (a sort or a shift
     * moving elements within one array).
     */
    private static boolean fromSameArray(Insn v, Insn array, Set<Insn> seen) {
        if (!seen.add(v)) {
            return true; // a phi cycle adds no other value
        }
        return switch (v.op) {
            case CONST -> v.aux == 0;
            case ALOAD -> v.arg(0) == array;
            case COPY -> fromSameArray(v.arg(0), array, seen);
            case PHI -> {
                for (Insn a : v.args) {
                    if (!fromSameArray(a, array, seen)) {
                        yield false;
                    }
                }
                yield true;
            }
            default -> false;
        };
    }

    private void newArray(Insn i) {
        String block = onceBlock(i);
        if (block != null) {
            // a static block (OnceAllocation): zeroed at reset, the header written here
            Insn array = mk(Op.T_LDRLIT, Type.R);
            array.sym = block;
            Insn desc = mk(Op.T_LDRLIT, Type.I);
            desc.sym = rtgo.sym.Symbols.type(i.sym);
            Insn s = mk(Op.T_STR, Type.V, array, desc);
            s.aux = ObjectLayout.DESCRIPTOR;
            s.mem = Alias.RAW; // the block is raw memory until its header is written
            Insn n = mk(Op.T_STR, Type.V, array, i.arg(0));
            n.aux = ObjectLayout.LENGTH;
            n.mem = Alias.RAW;
            replaceWith(i, array);
            return;
        }
        Insn type = mk(Op.T_LDRLIT, Type.I);
        type.sym = rtgo.sym.Symbols.type(i.sym);
        Insn c = callRuntime(RuntimeSymbols.ALLOC_ARRAY, Type.R, type, i.arg(0));
        c.line = i.line;
        replaceWith(i, resolve(c));
    }

    /** The static block for the array creation {@code i}, when it runs at most once (OnceAllocation); else null. */
    private String onceBlock(Insn i) {
        if (once == null || !once.runsOnce(f.symbol) || i.arg(0).op != Op.CONST) {
            return null;
        }
        if (cyclic == null) {
            cyclic = OnceAllocation.cyclicBlocks(f);
        }
        return cyclic.contains(cur) ? null : once.block(i.sym, i.arg(0).aux);
    }

    private Set<Block> cyclic;

    private void newMulti(Insn i) {
        int n = i.args.length;
        Insn intArray = mk(Op.T_LDRLIT, Type.I);
        intArray.sym = rtgo.sym.Symbols.type("[I");
        Insn dims = resolve(callRuntime(RuntimeSymbols.ALLOC_ARRAY, Type.R, intArray, literal(n)));
        for (int k = 0; k < n; k++) {
            Insn s = mk(Op.T_STR, Type.V, dims, i.arg(k));
            s.aux = ObjectLayout.ARRAY_DATA + 4 * k;
            s.mem = Alias.elements(Elem.I);
        }
        Insn table = mk(Op.T_LDRLIT, Type.I);
        table.sym = typeTable(i.sym);
        Insn c = callRuntime(RuntimeSymbols.ALLOC_MULTI, Type.R, table, dims);
        replaceWith(i, resolve(c));
    }

    /** The symbol of the per-dimension descriptor table of a multi-dimensional array type. */
    public static String typeTable(String desc) {
        return SymbolNames.TYPE_TABLE_PREFIX + desc.replace('/', '.');
    }

    private Insn callRuntime(String[] target, Type result, Insn... args) {
        Insn c = f.make(Op.CALL, result, args);
        c.sym = RuntimeSymbols.symbol(target);
        c.mem = Alias.ANY;
        c.line = line;
        call(c);
        return c;
    }

    private void call(Insn c) {
        Insn[] args = c.args;
        for (int k = 4; k < args.length; k++) {
            Insn s = mk(Op.T_STOREARG, Type.V, args[k]);
            s.aux = k - 4;
        }
        Insn[] regArgs = new Insn[Math.min(4, args.length)];
        for (int k = 0; k < regArgs.length; k++) {
            regArgs[k] = fixedCopy(args[k], k);
        }
        c.args = regArgs;
        c.aux = args.length;
        keep(c);
        if (c.hasValue()) {
            c.fixedReg = Loc.reg(0);
            Insn hi = highResult(c);
            if (hi != null) {
                // a long result: the high word arrives in r1, taken right after the call
                hi.fixedReg = Loc.reg(1);
                hi.args = new Insn[0];
                keep(hi);
                highResults.add(hi);
                replaceWith(hi, mk(Op.COPY, Type.I, hi));
            }
            Insn r = mk(Op.COPY, c.type, c);
            replaceWith(c, r);
        }
    }

    /** HIRESULTs lowered with their call; any other has a call that never happens. */
    private final Set<Insn> highResults = new HashSet<>();

    /** The {@link Op#HIRESULT} of call {@code c} (in the block being lowered), or null. */
    private Insn highResult(Insn c) {
        for (Insn i : cur.insns) {
            if (i.op == Op.HIRESULT && i.args.length == 1 && i.arg(0) == c) {
                return i;
            }
        }
        return null;
    }

    // ---- objects -----------------------------------------------------------------------------------

    /** The address of the type descriptor of class {@code internalName}. */
    private Insn typeLiteral(String internalName) {
        Insn t = mk(Op.T_LDRLIT, Type.I);
        t.sym = rtgo.sym.Symbols.type(internalName);
        return t;
    }

    private void getField(Insn i) {
        Elem e = i.elem();
        int off = i.aux2;
        i.aux2 = 0;
        i.sym = null;
        if (loadOp(e).immFits(off)) {
            finishLoad(i, e, i.arg(0), off);
        } else {
            retypeKeepType(i, loadRegOp(e), i.arg(0), literal(off));
        }
    }

    private void putField(Insn i) {
        Elem e = i.elem();
        int off = i.aux2;
        i.aux2 = 0;
        i.sym = null;
        Insn obj = i.arg(0);
        Insn val = i.arg(1);
        if (storeOp(e).immFits(off)) {
            i.op = storeOp(e);
            i.aux = off;
            i.args = new Insn[] {obj, val};
        } else {
            i.op = storeRegOp(e);
            i.aux = 0;
            i.args = new Insn[] {obj, literal(off), val};
        }
        keep(i);
    }

    /**
     * A virtual call: direct when the closed world has one implementation, else through the
     * receiver's descriptor: {@code ldr desc, [recv]; ldr target, [desc, #vtable + 4 * slot]; blx}.
     */
    private void virtualCall(Insn i) {
        if (program == null) {
            throw new IllegalStateException("a virtual call in " + f.displayName + " lowered without the program's classes");
        }
        List<String> impls = program.implementations(i.sym);
        List<String> narrowed = program.implementationsFor(i.sym, i.arg(0).refType);
        if (narrowed != null && narrowed.size() == 1) {
            impls = narrowed; // the receiver's static class leaves one target
        }
        if (impls.size() == 1) {
            i.op = Op.CALL;
            i.sym = impls.get(0);
            call(i);
            return;
        }
        if (impls.isEmpty()) {
            // no instance of the receiver's class exists: the null check before the call has thrown
            if (i.hasValue()) {
                replaceWith(i, literal(0));
            }
            return;
        }
        Insn desc = mkImm(Op.T_LDR, i.arg(0), ObjectLayout.DESCRIPTOR);
        desc.mem = Alias.HEADER;
        int off;
        if (i.op == Op.ICALL) {
            // through the class's interface table, indexed by the method's colour
            desc = mkImm(Op.T_LDR, desc, ObjectLayout.DESC_ITABLE);
            desc.mem = Alias.CONST;
            off = 4 * program.itableSlot(i.sym);
        } else {
            off = ObjectLayout.DESC_VTABLE + 4 * program.vtableSlot(i.sym);
        }
        Insn target;
        if (Op.T_LDR.immFits(off)) {
            target = mkImm(Op.T_LDR, desc, off);
        } else {
            target = mk(Op.T_LDRR, Type.I, desc, literal(off));
        }
        target.mem = Alias.CONST;
        i.op = Op.CALLV;
        call(i);
        Insn[] withTarget = java.util.Arrays.copyOf(i.args, i.args.length + 1);
        withTarget[i.args.length] = target;
        i.args = withTarget;
    }

    // ---- statics, memory -------------------------------------------------------------------------

    private void getStatic(Insn i) {
        Elem e = i.elem();
        Insn addr = mk(Op.T_LDRLIT, Type.I);
        addr.sym = i.sym;
        i.sym = null;
        int off = i.aux2; // the high word of a long: 4
        i.aux2 = 0;
        finishLoad(i, e, addr, off);
    }

    private void putStatic(Insn i) {
        Elem e = i.elem();
        Insn addr = mk(Op.T_LDRLIT, Type.I);
        addr.sym = i.sym;
        i.sym = null;
        i.op = storeOp(e);
        i.aux = i.aux2; // the high word of a long: 4
        i.aux2 = 0;
        i.args = new Insn[] {addr, i.arg(0)};
        keep(i);
    }

    /** A raw memory access (rtgo.vm.Mem): the same operands, offset 0. */
    private void memory(Insn i, Op op) {
        i.op = op;
        i.aux = 0;
        // Mem.load32(p + 4): the constant offset goes into the instruction, [p, #4]
        Insn address = resolve(i.arg(0));
        if (address.op == Op.T_ADDI && op.immFits(address.aux)) {
            i.args[0] = resolve(address.arg(0));
            i.aux = address.aux;
        }
        keep(i);
    }

    // ---- branches --------------------------------------------------------------------------------

    private void branch(Insn i) {
        Insn a = i.arg(0);
        Insn b = i.arg(1);
        Cond c = i.cond();
        if (isImm8(a) && !isImm8(b)) {
            Insn t = a;
            a = b;
            b = t;
            c = c.swap();
        }
        if (b.isConst(0) && (c == Cond.EQ || c == Cond.NE) && a.op == Op.T_LSRI && a.arg(0).op == Op.T_LSLI
                && a.aux == a.arg(0).aux) {
            // (x & (2^k - 1)) == 0 exactly when (x << (32 - k)) == 0: test the left shift alone
            a = a.arg(0);
        }
        if (isImm8(b)) {
            i.op = Op.T_IFI;
            i.aux = c.ordinal();
            i.aux2 = b.aux;
            i.args = new Insn[] {a};
        } else {
            i.aux = c.ordinal();
            i.args = new Insn[] {a, b};
        }
        keep(i);
    }
}
