package rtgo.thumb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import rtgo.sym.Symbols;
import rtgo.ir.Block;
import rtgo.ir.Cond;
import rtgo.ir.CpuOp;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Op;
import rtgo.sym.RuntimeSymbols;
import rtgo.vm.abi.SymbolNames;

/**
 * Writes one allocated function as GNU assembler source (unified syntax, ARMv6-M).
 *
 * <p>Frame, from the stack pointer up: outgoing stack arguments, spill slots, padding to 8 bytes,
 * then r8..r11 used as spill slots (pushed through low registers), then the registers pushed on
 * entry (used r4..r7, and lr when the function calls), then the caller's stack arguments. Failed
 * checks branch to stubs that call the runtime's {@code Throw} methods, which never return (so a
 * stub may clobber lr); the layout places stub copies near their branches. A recursive method's
 * stack check has its stub just before the function's entry, in reach of both of its branches.
 */
final class FunctionEmitter {
    private final Func f;
    private final Allocation alloc;
    private final String prefix;
    private final String export;
    private final List<String> rodata;
    private final NpeMessageTable npeMessages;
    private Layout out;
    /** Jump tables of the current layout attempt; added to the read-only data once it succeeds. */
    private final List<String> tables = new ArrayList<>();
    /** Size of the emitted function in bytes, after {@link #emit}. */
    int codeBytes;
    private boolean saveLr;
    private int calleeSaved;
    private int outArgs;
    private int locals;
    private int frameSize;
    /**
     * The register whose value the Z flag currently reflects (set by the last flag-setting ALU
     * instruction), or -1: a compare with zero for == or != can then be left out.
     */
    private int flagsFor = -1;

    /** Whether the method checks the stack pointer on entry (it can recur; see StackCheck). */
    private final boolean stackCheck;
    /** The limit it checks against: bytes above {@code __heap_end}. */
    private final int stackLimit;

    FunctionEmitter(Func f, Allocation alloc, int index, String export, List<String> rodata, boolean stackCheck,
                    int stackLimit, NpeMessageTable npeMessages) {
        this.npeMessages = npeMessages;
        this.f = f;
        this.alloc = alloc;
        this.prefix = ".LF" + index;
        this.export = export;
        this.rodata = rodata;
        this.stackCheck = stackCheck;
        this.stackLimit = stackLimit;
    }

    /**
     * The registers the prologue saves besides lr, as a mask over r4..r11: the callee-saved ones
     * holding values, r8..r11 used as spill slots (saved through as many low registers, which are
     * then saved too), and r4 when the entry check needs it.
     */
    static int savedRegisters(Func f, Allocation alloc, boolean stackCheck) {
        int saved = 0;
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                if (i.hasValue() && i.loc >= 4 && i.loc < 12) {
                    saved |= 1 << i.loc;
                }
            }
        }
        for (Map<Block, List<Allocation.Move>> moves : List.of(alloc.atEnd, alloc.atStart)) {
            for (List<Allocation.Move> list : moves.values()) {
                for (Allocation.Move m : list) {
                    for (int loc : new int[] {m.src(), m.dst()}) {
                        if (loc >= 8 && loc < 12) {
                            saved |= 1 << loc;
                        }
                    }
                }
            }
        }
        int highs = Integer.bitCount(saved & 0xf00);
        for (int k = 0; k < highs; k++) {
            saved |= 1 << (4 + k);
        }
        if (stackCheck) {
            saved |= 1 << 4; // r4 carries the limit in the entry check
        }
        return saved;
    }

    /** Words of stack-passed arguments the largest call needs. */
    static int outgoingArgs(Func f) {
        int n = 0;
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                if (i.op == Op.CALL) {
                    n = Math.max(n, i.aux - 4);
                }
            }
        }
        return n;
    }

    /** Bytes of the frame: pushed registers (and lr when saved), locals, 8-byte padding. */
    static int frameBytes(int saved, boolean saveLr, int outArgs, int slots) {
        int words = Integer.bitCount(saved & 0xff0) + (saveLr ? 1 : 0) + Integer.bitCount(saved & 0xf00);
        int locals = 4 * (outArgs + slots);
        if ((4 * words + locals) % 8 != 0) {
            locals += 4;
        }
        return 4 * words + locals;
    }

    /**
     * An upper bound of the frame {@link #emit} builds (lr assumed saved: a long branch may force
     * it), for the stack-depth accounting of StackCheck.
     */
    static int frameBound(Func f, Allocation alloc, boolean stackCheck) {
        int bytes = frameBytes(savedRegisters(f, alloc, stackCheck), true, outgoingArgs(f), alloc.slots);
        // a frame that may reach past SP_REACH pushes a scratch register around far accesses
        return bytes > SP_REACH / 2 ? bytes + 8 : bytes;
    }

    /** The largest offset of {@code ldr}/{@code str} {@code [sp, #imm]} (imm8 times 4). */
    private static final int SP_REACH = 1020;

    String emit() {
        calleeSaved = savedRegisters(f, alloc, stackCheck);
        outArgs = outgoingArgs(f);
        boolean calls = false;
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                calls |= i.op == Op.CALL || i.op == Op.INITCHECK;
            }
        }
        saveLr = calls;
        String body = generate();
        if (body == null) {
            saveLr = true;
            body = generate();
        }
        StringBuilder sb = new StringBuilder();
        sb.append("\n    .balign 4\n");
        if (stackCheck) {
            // Throw.stackOverflow returns only while its own report runs into this check; the
            // arguments in r0-r3 must then survive the call. 12 bytes: the function stays aligned.
            sb.append(prefix).append("_stack:\n")
              .append("    push {r0, r1, r2, r3}\n")
              .append("    bl ").append(quote(RuntimeSymbols.symbol(RuntimeSymbols.STACK_OVERFLOW))).append('\n')
              .append("    pop {r0, r1, r2, r3}\n")
              .append("    b ").append(prefix).append("_checked\n")
              .append("    nop\n");
        }
        if (export != null) {
            sb.append("    .global ").append(export).append('\n');
            sb.append("    .type ").append(export).append(", %function\n");
            sb.append("    .thumb_func\n").append(export).append(":\n");
        }
        String q = quote(f.symbol);
        sb.append("    .type ").append(q).append(", %function\n");
        sb.append("    .thumb_func\n").append(q).append(":\n");
        sb.append(prefix).append("_start:\n");
        sb.append(body);
        sb.append("    .size ").append(q).append(", . - ").append(q).append('\n');
        return sb.toString();
    }

    /**
     * Adds this function's entries to the frame table, after {@link #emit}. Seen from a call
     * site, the frame spans frameSize bytes with lr on top; a function that does not save lr has
     * only throw stubs as call sites, and each pushes lr below the frame (4 more bytes, lr at sp).
     */
    void describeFrames(FrameTable table) {
        boolean runtime = RuntimeSymbols.isRuntimeCode(f.displayName);
        int flags = FrameTable.LR_SAVED | (runtime ? FrameTable.HIDDEN : 0);
        String name = runtime ? null : f.displayName;
        String file = runtime ? null : f.sourceFile;
        if (stackCheck) {
            // the check's stub pushed r0-r3 below a complete frame (recursive methods save lr)
            table.add(prefix + "_stack", frameSize + 16, flags, name, file,
                    List.of(new FrameTable.Site(prefix + "_stack + 6", firstLine())));
        }
        if (out.sites.isEmpty()) {
            // no call sites: never a caller, so never looked up (the previous range may cover it)
            return;
        }
        List<FrameTable.Site> sites = new ArrayList<>();
        for (Layout.Site s : out.sites) {
            sites.add(new FrameTable.Site(s.expr(), s.line()));
        }
        table.add(prefix + "_start", frameSize + (saveLr ? 0 : 4),
                flags | (saveLr ? 0 : FrameTable.LR_AT_SP), name, file, sites);
    }

    /** The first source line of the method's code, for a failed stack check on entry. */
    private int firstLine() {
        int line = 0;
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                if (i.line > 0 && (line == 0 || i.line < line)) {
                    line = i.line;
                }
            }
        }
        return line;
    }

    /** The high registers this function saves, in order. */
    private List<Integer> highRegs() {
        List<Integer> h = new ArrayList<>();
        for (int r = 8; r < 12; r++) {
            if ((calleeSaved & (1 << r)) != 0) {
                h.add(r);
            }
        }
        return h;
    }

    private String generate() {
        out = new Layout(prefix, saveLr);
        int pushed = Integer.bitCount(calleeSaved & 0xf0) + (saveLr ? 1 : 0);
        int words = pushed + Integer.bitCount(calleeSaved & 0xf00);
        frameSize = frameBytes(calleeSaved, saveLr, outArgs, alloc.slots);
        locals = frameSize - 4 * words;
        if (pushed > 0) {
            out.text("push {" + regList(saveLr ? "lr" : null) + "}");
        }
        List<Integer> highs = highRegs();
        if (!highs.isEmpty()) {
            // save r8..r11 through r4.. (already saved above): push cannot name high registers
            StringBuilder sb = new StringBuilder();
            StringBuilder list = new StringBuilder();
            for (int k = 0; k < highs.size(); k++) {
                sb.append("mov r").append(4 + k).append(", r").append(highs.get(k)).append('\n');
                list.append(k == 0 ? "" : ", ").append("r").append(4 + k);
            }
            sb.append("push {").append(list).append('}');
            out.text(sb.toString(), 2 * highs.size() + 2);
        }
        adjustSp("sub", locals);
        if (stackCheck) {
            // recursion: stop before the stack runs into the heap (StackCheck); r4 was just saved
            out.loadLit(4, SymbolNames.HEAP_END + " + " + stackLimit);
            out.text("cmp sp, r4");
            // the stub sits just before the function (see emit), in reach of both branches
            out.text("blo " + prefix + "_stack");
            out.label(prefix + "_checked");
        }
        List<Block> emitted = new ArrayList<>();
        for (Block b : f.blocks) {
            if (!skipped(b)) {
                emitted.add(b);
            }
        }
        for (int k = 0; k < emitted.size(); k++) {
            Block b = emitted.get(k);
            Block next = k + 1 < emitted.size() ? emitted.get(k + 1) : null;
            out.label(prefix + "_b" + b.id);
            flagsFor = -1;
            for (Allocation.Move m : alloc.atStart(b)) {
                move(m);
            }
            for (Insn i : b.insns) {
                if (i.op.isTerminator()) {
                    for (Allocation.Move m : alloc.atEnd(b)) {
                        move(m);
                        flagsFor = -1;
                    }
                    terminator(i, b, next);
                } else {
                    insn(i);
                    trackFlags(i);
                }
            }
        }
        String text = out.finish();
        if (text == null) {
            tables.clear();
            return null;
        }
        rodata.addAll(tables);
        tables.clear();
        codeBytes = out.size + (stackCheck ? 12 : 0);
        return text;
    }

    private String regList(String extra) {
        StringBuilder sb = new StringBuilder();
        for (int r = 4; r < 8; r++) {
            if ((calleeSaved & (1 << r)) != 0) {
                sb.append(sb.length() > 0 ? ", " : "").append("r").append(r);
            }
        }
        if (extra != null) {
            sb.append(sb.length() > 0 ? ", " : "").append(extra);
        }
        return sb.toString();
    }

    private void adjustSp(String op, int bytes) {
        while (bytes > 0) {
            int chunk = Math.min(bytes, 508);
            out.text(op + " sp, #" + chunk);
            bytes -= chunk;
        }
    }

    private void epilogue() {
        adjustSp("add", locals);
        List<Integer> highs = highRegs();
        if (!highs.isEmpty()) {
            StringBuilder sb = new StringBuilder("pop {");
            for (int k = 0; k < highs.size(); k++) {
                sb.append(k == 0 ? "" : ", ").append("r").append(4 + k);
            }
            sb.append("}");
            for (int k = 0; k < highs.size(); k++) {
                sb.append("\nmov r").append(highs.get(k)).append(", r").append(4 + k);
            }
            out.text(sb.toString(), 2 + 2 * highs.size());
        }
        if (saveLr) {
            out.barrier("pop {" + regList("pc") + "}", 2);
        } else if (calleeSaved != 0) {
            out.text("pop {" + regList(null) + "}");
            out.barrier("bx lr", 2);
        } else {
            out.barrier("bx lr", 2);
        }
    }

    /**
     * A block that emits no code — only a goto, phis (their moves sit in the predecessors) or
     * constants materialised by moves — is not emitted; branches to it go to where it leads.
     */
    private boolean passThrough(Block b) {
        if (!alloc.atStart(b).isEmpty() || !alloc.atEnd(b).isEmpty()) {
            return false;
        }
        for (Insn i : b.insns) {
            boolean silent = i.op == Op.PHI || i.op == Op.GOTO
                    || ((i.op == Op.T_MOVI || i.op == Op.T_LDRLIT) && i.loc == Insn.REMAT);
            if (!silent) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where control really goes when it enters {@code b}: past pass-through blocks. A chain that
     * loops back on itself ({@code while (true) {}}) stops at its first block, which is emitted.
     */
    private Block destination(Block b) {
        Block d = b;
        java.util.Set<Block> seen = new java.util.HashSet<>();
        while (d != f.entry() && passThrough(d) && seen.add(d)) {
            d = d.succs.get(0);
        }
        return seen.contains(d) ? b : d;
    }

    private boolean skipped(Block b) {
        return b != f.entry() && passThrough(b) && destination(b) != b;
    }

    String label(Block b) {
        return prefix + "_b" + destination(b).id;
    }

    static String quote(String sym) {
        return "\"" + sym + "\"";
    }

    /** Any register a {@code mov} can name: r0..r11 and ip. */
    static String rAny(int loc) {
        if (loc >= 8 && loc < 12) {
            return "r" + loc;
        }
        return r(loc);
    }

    static String r(int loc) {
        if (loc == Allocation.IP) {
            return "ip";
        }
        if (loc < 0 || loc > 7) {
            throw new IllegalStateException("value not in a low register: location " + loc);
        }
        return "r" + loc;
    }

    private static String r(Insn v) {
        return r(v.loc);
    }

    private int stackOffset(int loc) {
        int off;
        if (loc >= Insn.IN_ARG) {
            off = frameSize + 4 * (loc - Insn.IN_ARG);
        } else {
            off = 4 * (outArgs + loc - Insn.STACK);
        }
        return off;
    }

    /** {@code ldr} of a stack location into low register {@code reg}, however far it is. */
    private void loadSlot(int reg, int loc) {
        int off = stackOffset(loc);
        if (off <= SP_REACH) {
            out.text("ldr " + r(reg) + ", [sp, #" + off + "]");
            return;
        }
        // out of reach of [sp, #imm]: the register addresses the slot first
        out.loadLit(reg, Integer.toString(off));
        out.text("add " + r(reg) + ", sp\nldr " + r(reg) + ", [" + r(reg) + "]", 4);
    }

    /** {@code str} of low register {@code reg} to a stack location, however far it is. */
    private void storeSlot(int reg, int loc) {
        int off = stackOffset(loc);
        if (off <= SP_REACH) {
            out.text("str " + r(reg) + ", [sp, #" + off + "]");
            return;
        }
        // out of reach: address the slot through another low register, saved below the frame
        // (ip may be holding r7 for a move); the push moves sp, so the slot is 4 bytes further
        int t = reg == 7 ? 6 : 7;
        out.text("push {" + r(t) + "}");
        out.loadLit(t, Integer.toString(off + 4));
        out.text("add " + r(t) + ", sp\nstr " + r(reg) + ", [" + r(t) + "]\npop {" + r(t) + "}", 6);
    }

    /** One move of a phi: between locations, or a constant into a location. */
    private void move(Allocation.Move m) {
        int dst = m.dst();
        if (m.constant() != null) {
            if (dst < 8) {
                literal(m.constant(), dst);
            } else {
                // constant into a slot or a high register: build it in r7, keeping r7 in ip
                out.text("mov ip, r7");
                literal(m.constant(), 7);
                if (dst < 16) {
                    out.text("mov " + rAny(dst) + ", r7");
                } else {
                    storeSlot(7, dst);
                }
                out.text("mov r7, ip");
            }
            return;
        }
        move(m.src(), dst);
    }

    /** One move between locations (registers, r8..r11, ip, spill slots, incoming arguments). */
    private void move(int src, int dst) {
        boolean srcReg = src < 16;
        boolean dstReg = dst < 16;
        if (srcReg && dstReg) {
            out.text("mov " + rAny(dst) + ", " + rAny(src));
        } else if (srcReg && src < 8) {
            storeSlot(src, dst);
        } else if (dstReg && dst < 8) {
            loadSlot(dst, src);
        } else {
            if (src == Allocation.IP || dst == Allocation.IP) {
                throw new IllegalStateException("move between the stack and ip in " + f.displayName);
            }
            // through r7, keeping its value in ip meanwhile
            out.text("mov ip, r7");
            if (srcReg) {
                out.text("mov r7, " + rAny(src));
            } else {
                loadSlot(7, src);
            }
            if (dstReg) {
                out.text("mov " + rAny(dst) + ", r7");
            } else {
                storeSlot(7, dst);
            }
            out.text("mov r7, ip");
        }
    }

    // ---- instructions ----------------------------------------------------------------------------

    /** Updates {@link #flagsFor} after emitting {@code i}. */
    private void trackFlags(Insn i) {
        switch (i.op) {
            case T_ADD, T_SUB, T_ADDI, T_SUBI, T_NEG, T_MVN, T_MUL, T_AND, T_ORR, T_EOR, T_BIC,
                 T_LSL, T_LSR, T_ASR, T_ROR, T_LSLI, T_LSRI, T_ASRI -> flagsFor = i.loc;
            case PARAM, PHI, T_STR, T_STRH, T_STRB, T_STRR, T_STRHR, T_STRBR, T_STOREARG, T_SPILL -> { }
            case COPY, T_LDR, T_LDRH, T_LDRB, T_LDRR, T_LDRHR, T_LDRBR, T_LDRSHR, T_LDRSBR, T_RELOAD -> {
                if (i.loc == flagsFor) {
                    flagsFor = -1;
                }
            }
            case T_MOVI, T_LDRLIT -> {
                if (i.loc != Insn.REMAT) {
                    flagsFor = -1;
                }
            }
            default -> flagsFor = -1;
        }
    }

    private void insn(Insn i) {
        switch (i.op) {
            case PARAM, PHI -> { }
            case COPY -> {
                if (i.loc != i.arg(0).loc) {
                    out.text("mov " + r(i) + ", " + r(i.arg(0)));
                }
            }
            case T_MOVI -> {
                if (i.loc != Insn.REMAT) {
                    out.text("movs " + r(i) + ", #" + i.aux);
                }
            }
            case T_LDRLIT -> {
                if (i.loc != Insn.REMAT) {
                    literal(i, i.loc);
                }
            }
            case T_ADD -> out.text("adds " + r(i) + ", " + r(i.arg(0)) + ", " + r(i.arg(1)));
            case T_SUB -> out.text("subs " + r(i) + ", " + r(i.arg(0)) + ", " + r(i.arg(1)));
            case T_ADDI, T_SUBI -> addImmediate(i, i.op == Op.T_ADDI ? "adds" : "subs");
            case T_NEG -> out.text("rsbs " + r(i) + ", " + r(i.arg(0)) + ", #0");
            case T_MVN -> out.text("mvns " + r(i) + ", " + r(i.arg(0)));
            case T_MUL -> twoAddress(i, "muls", true);
            case T_AND -> twoAddress(i, "ands", true);
            case T_ORR -> twoAddress(i, "orrs", true);
            case T_EOR -> twoAddress(i, "eors", true);
            case T_BIC -> twoAddress(i, "bics", false);
            case T_LSL -> twoAddress(i, "lsls", false);
            case T_LSR -> twoAddress(i, "lsrs", false);
            case T_ASR -> twoAddress(i, "asrs", false);
            case T_ROR -> twoAddress(i, "rors", false);
            case T_LSLI -> out.text("lsls " + r(i) + ", " + r(i.arg(0)) + ", #" + i.aux);
            case T_LSRI -> out.text("lsrs " + r(i) + ", " + r(i.arg(0)) + ", #" + i.aux);
            case T_ASRI -> out.text("asrs " + r(i) + ", " + r(i.arg(0)) + ", #" + i.aux);
            case T_SXTB -> out.text("sxtb " + r(i) + ", " + r(i.arg(0)));
            case T_SXTH -> out.text("sxth " + r(i) + ", " + r(i.arg(0)));
            case T_UXTB -> out.text("uxtb " + r(i) + ", " + r(i.arg(0)));
            case T_UXTH -> out.text("uxth " + r(i) + ", " + r(i.arg(0)));
            case T_LDR -> memImm("ldr", r(i), i.arg(0), i.aux, 2);
            case T_LDRH -> memImm("ldrh", r(i), i.arg(0), i.aux, 1);
            case T_LDRB -> memImm("ldrb", r(i), i.arg(0), i.aux, 0);
            case T_LDRR -> memReg("ldr", r(i), i);
            case T_LDRHR -> memReg("ldrh", r(i), i);
            case T_LDRBR -> memReg("ldrb", r(i), i);
            case T_LDRSHR -> memReg("ldrsh", r(i), i);
            case T_LDRSBR -> memReg("ldrsb", r(i), i);
            case T_STR -> memImm("str", r(i.arg(1)), i.arg(0), i.aux, 2);
            case T_STRH -> memImm("strh", r(i.arg(1)), i.arg(0), i.aux, 1);
            case T_STRB -> memImm("strb", r(i.arg(1)), i.arg(0), i.aux, 0);
            case T_STRR -> out.text("str " + r(i.arg(2)) + ", [" + r(i.arg(0)) + ", " + r(i.arg(1)) + "]");
            case T_STRHR -> out.text("strh " + r(i.arg(2)) + ", [" + r(i.arg(0)) + ", " + r(i.arg(1)) + "]");
            case T_STRBR -> out.text("strb " + r(i.arg(2)) + ", [" + r(i.arg(0)) + ", " + r(i.arg(1)) + "]");
            case T_DIVWAIT -> {
                // poll CSR_READY (bit 0 of DIV_CSR, SIO + 0x78; datasheet 2.3.1.5): shift it into carry
                String d = r(i);
                out.text("1: ldr " + d + ", [" + r(i.arg(0)) + ", #0x78]\nlsrs " + d + ", " + d + ", #1\nbcc 1b", 6);
            }
            case T_STOREARG -> out.text("str " + r(i.arg(0)) + ", [sp, #" + 4 * i.aux + "]");
            case T_SPILL -> {
                if (i.loc < 16) {
                    out.text("mov " + rAny(i.loc) + ", " + r(i.arg(0)));
                } else {
                    storeSlot(i.arg(0).loc, i.loc);
                }
            }
            case T_RELOAD -> {
                if (i.arg(0).loc < 16) {
                    out.text("mov " + r(i) + ", " + rAny(i.arg(0).loc));
                } else {
                    loadSlot(i.loc, i.arg(0).loc);
                }
            }
            case CALL -> {
                out.text("bl " + quote((String) i.sym), 4);
                out.callSite(i.line);
            }
            case INITCHECK -> {
                out.text("bl " + quote(Symbols.initStub((String) i.sym)), 4);
                out.callSite(i.line);
            }
            case NULLCHECK -> {
                out.text("cmp " + r(i.arg(0)) + ", #0");
                int k = npeMessages.index((String) i.sym);
                out.branchToStub("eq", throwStub("npe" + k, k < 256 ? "movs r0, #" + k + "\n"
                        : "movs r0, #" + (k >> 8) + "\nlsls r0, r0, #8\nadds r0, #" + (k & 255) + "\n",
                        k < 256 ? 2 : 6, RuntimeSymbols.NULL_POINTER, i.line));
            }
            case DIVCHECK -> {
                out.text("cmp " + r(i.arg(0)) + ", #0");
                out.branchToStub("eq", throwStub("div0", "", 0, RuntimeSymbols.DIVIDE_BY_ZERO, i.line));
            }
            case BOUNDSCHECK -> {
                out.text("cmp " + r(i.arg(0)) + ", " + r(i.arg(1)));
                out.branchToStub("hs", boundsStub(i.arg(0).loc, i.arg(1).loc, i.line));
            }
            case CPU -> cpu(i);
            default -> throw new IllegalStateException("cannot emit " + i.op + " in " + f.displayName);
        }
    }

    /** Loads the constant or address of a T_MOVI / T_LDRLIT into register {@code reg}. */
    private void literal(Insn i, int reg) {
        String d = r(reg);
        if (i.op == Op.T_MOVI) {
            out.text("movs " + d + ", #" + i.aux);
            return;
        }
        if (i.sym != null) {
            String s = (String) i.sym;
            if (s.startsWith("@jt")) {
                out.loadLit(reg, prefix + "_jt" + s.substring(3));
            } else if (s.startsWith(".L")) {
                out.loadLit(reg, s);
            } else {
                out.loadLit(reg, quote(s));
            }
            return;
        }
        int v = i.aux;
        if (v >= 0 && v <= 255) {
            out.text("movs " + d + ", #" + v);
        } else if (v < 0 && v >= -255) {
            out.text("movs " + d + ", #" + (-v) + "\nrsbs " + d + ", " + d + ", #0", 4);
        } else if (~v >= 0 && ~v <= 255) {
            out.text("movs " + d + ", #" + (~v) + "\nmvns " + d + ", " + d, 4);
        } else {
            int shift = Integer.numberOfTrailingZeros(v);
            if (v != 0 && shift > 0 && shift < 32 && (v >>> shift) <= 255) {
                out.text("movs " + d + ", #" + (v >>> shift) + "\nlsls " + d + ", " + d + ", #" + shift, 4);
            } else {
                out.loadLit(reg, Integer.toString(v));
            }
        }
    }

    private void addImmediate(Insn i, String op) {
        String d = r(i);
        String n = r(i.arg(0));
        int imm = i.aux;
        if (imm <= 7) {
            out.text(op + " " + d + ", " + n + ", #" + imm);
        } else if (d.equals(n)) {
            out.text(op + " " + d + ", #" + imm);
        } else {
            out.text("mov " + d + ", " + n + "\n" + op + " " + d + ", #" + imm, 4);
        }
    }

    private void twoAddress(Insn i, String op, boolean commutative) {
        String d = r(i);
        String a = r(i.arg(0));
        String b = r(i.arg(1));
        String form = op.equals("muls") ? "muls %s, %s, %s" : null;
        if (d.equals(a)) {
            out.text(form != null ? String.format(form, d, b, d) : op + " " + d + ", " + b);
        } else if (commutative && d.equals(b)) {
            out.text(form != null ? String.format(form, d, a, d) : op + " " + d + ", " + a);
        } else {
            if (d.equals(b)) {
                throw new IllegalStateException("two-address operand clash in " + f.displayName + ": " + i);
            }
            out.text("mov " + d + ", " + a + "\n" + (form != null ? String.format(form, d, b, d) : op + " " + d + ", " + b), 4);
        }
    }

    private void memImm(String op, String rt, Insn base, int off, int shift) {
        if (off < 0 || off > (31 << shift) || (off & ((1 << shift) - 1)) != 0) {
            throw new IllegalStateException("offset " + off + " out of range for " + op + " in " + f.displayName);
        }
        out.text(op + " " + rt + ", [" + r(base) + ", #" + off + "]");
    }

    private void memReg(String op, String rt, Insn i) {
        out.text(op + " " + rt + ", [" + r(i.arg(0)) + ", " + r(i.arg(1)) + "]");
    }

    private void cpu(Insn i) {
        CpuOp c = CpuOp.values()[i.aux];
        String asm = c.hasResult ? String.format(c.asm.replace("%d", "%s"), r(i)) : c.asm;
        out.text(asm, asm.startsWith("mrs") || asm.startsWith("dmb") || asm.startsWith("dsb") || asm.startsWith("isb") ? 4 : 2);
    }

    // ---- terminators -----------------------------------------------------------------------------

    private void terminator(Insn t, Block b, Block next) {
        switch (t.op) {
            case GOTO -> {
                if (destination(b.succs.get(0)) != next) {
                    out.branch(null, label(b.succs.get(0)));
                }
            }
            case IF, T_IFI -> {
                if (t.op == Op.IF) {
                    out.text("cmp " + r(t.arg(0)) + ", " + r(t.arg(1)));
                } else if (!(t.aux2 == 0 && (t.cond() == Cond.EQ || t.cond() == Cond.NE) && flagsFor == t.arg(0).loc)) {
                    out.text("cmp " + r(t.arg(0)) + ", #" + t.aux2);
                }
                Cond c = t.cond();
                Block yes = destination(b.succs.get(0));
                Block no = destination(b.succs.get(1));
                if (yes == next) {
                    out.branch(Conds.suffix(c.negate()), label(no));
                } else {
                    out.branch(Conds.suffix(c), label(yes));
                    if (no != next) {
                        out.branch(null, label(no));
                    }
                }
            }
            case T_JUMPTABLE -> {
                out.barrier("bx " + r(t.arg(0)), 2);
                StringBuilder sb = new StringBuilder("    .balign 4\n" + prefix + "_jt" + t.aux + ":\n");
                for (int k : (int[]) t.sym) {
                    sb.append("    .word ").append(label(b.succs.get(k))).append(" + 1\n");
                }
                tables.add(sb.toString());
            }
            case RET -> epilogue();
            default -> throw new IllegalStateException("cannot emit terminator " + t.op);
        }
    }

    // ---- check stubs -----------------------------------------------------------------------------
    // A failed check branches to a stub that calls a Throw method, which never returns. One stub
    // per kind, registers and source line, so that its return address names the line in a stack
    // trace; copies are placed near their branches by the layout. In a function that does not
    // save lr, the stub pushes it first: the stack walk then finds the caller's return address
    // where a saving function keeps it (see describeFrames()).

    private String throwStub(String kind, String moves, int moveBytes, String[] target, int line) {
        String key = kind + "@" + line;
        String push = saveLr ? "" : "push {lr}\n";
        out.stub(key, push + moves + "bl " + quote(RuntimeSymbols.symbol(target)),
                (saveLr ? 0 : 2) + moveBytes + 4, line);
        return key;
    }

    /** A stub moving the failed index to r0 and the length to r1, then calling Throw.arrayIndex. */
    private String boundsStub(int index, int length, int line) {
        String key = "bounds_" + index + "_" + length;
        StringBuilder sb = new StringBuilder();
        int n = 0;
        if (index == 1 && length == 0) {
            sb.append("mov ip, r0\nmov r0, r1\nmov r1, ip\n");
            n = 3;
        } else if (length == 0) {
            sb.append("mov r1, r0\n").append(index == 0 ? "" : "mov r0, " + r(index) + "\n");
            n = index == 0 ? 1 : 2;
        } else {
            if (index != 0) {
                sb.append("mov r0, ").append(r(index)).append('\n');
                n++;
            }
            if (length != 1) {
                sb.append("mov r1, ").append(r(length)).append('\n');
                n++;
            }
        }
        return throwStub(key, sb.toString(), 2 * n, RuntimeSymbols.ARRAY_INDEX, line);
    }
}
