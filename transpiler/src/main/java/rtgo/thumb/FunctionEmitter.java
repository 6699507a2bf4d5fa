package rtgo.thumb;

import java.util.ArrayList;
import java.util.List;
import rtgo.ir.Block;
import rtgo.ir.Cond;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Loc;
import rtgo.ir.Op;
import rtgo.sym.RuntimeSymbols;
import rtgo.vm.abi.FrameTableLayout;
import rtgo.vm.abi.SymbolNames;

/**
 * Writes one allocated function as GNU assembler source (unified syntax, ARMv6-M): the prologue
 * and epilogue of its {@link Frame}, its blocks in layout order (blocks that emit nothing are
 * skipped), the instructions through {@link InsnEmitter}, the terminators, and its entries in the
 * frame table. Failed checks branch to stubs ({@link CheckStubs}). A recursive method's stack check
 * has its stub just before the function's entry.
 *
 * <p>Design note (shrink-wrapped stack checks). sp does not move between the prologue and the
 * epilogue, so a stack check anywhere in the body compares the same value as one on entry. A
 * recursive method that recurs only on some paths (tak's {@code if (y < x)}) checks at the start
 * of the nearest block that dominates all its recursive calls ({@link StackCheck#recursiveCalls}),
 * moved out of loops, instead of on every entry: the paths that return without recurring skip the
 * check's literal load, limit load, compare and branch. The bound still holds: every call into the
 * cycle is preceded by a check at the same sp an entry check in the callee's caller frame would
 * see (StackCheck's design note counts a recursive callee up to its first check). The check
 * needs a low register that holds nothing live there; without one, in a method with exception
 * handlers (a StackOverflowError must come from the callee's frame, where this frame's handler
 * catches it), in the runtime (whose reports return into their own checks), or when the body is
 * too long for the stub's branch back, the check stays on entry.
 */
final class FunctionEmitter {
    private final Func f;
    private final Allocation alloc;
    private final String prefix;
    private final String export;
    private final List<String> rodata;
    private final NpeMessageTable npeMessages;
    private StackMaps maps;
    private Layout out;
    /** Jump tables of the current layout attempt; added to the read-only data for the one kept. */
    private final List<String> tables = new ArrayList<>();
    /** Size of the emitted function in bytes, after {@link #emit}. */
    int codeBytes;
    private boolean saveLr;
    /** Registers saved besides lr ({@link Frame#savedRegisters}). */
    private int calleeSaved;
    private int outArgs;
    /** The frame of the current layout attempt. */
    private Frame frame;
    private InsnEmitter insns;

    /** Whether the method checks the stack pointer on entry (it can recur; see StackCheck). */
    private final boolean stackCheck;
    /** The limit it checks against: bytes above {@code __heap_end}. */
    private final int stackLimit;
    /** The calls that may recur (StackCheck#recursiveCalls): the stack check is placed before them. */
    java.util.Set<Insn> recursiveCalls = java.util.Set.of();
    /** The block whose code starts with the stack check, or null: the check is on entry. */
    private Block checkBlock;
    /** The low register the shrink-wrapped check loads the limit into (nothing lives in it there). */
    private int checkReg;
    /** The stub's {@code b} back to the check reaches this far (with room for the stub before the code). */
    private static final int CHECK_REACH = 2000;

    /** Whether nothing can catch what the failed checks raise: they report it themselves (UncaughtReports). */
    boolean uncaughtReports;

    /** Whether threads may be preempted here (ProgramEmitter.preemptible): it always gets a frame-table entry. */
    boolean preemptible;
    /** The {@code .file} number of the method's source file (DebugInfo), or 0: no line information. */
    int sourceFile;
    /** The source line the last {@code .loc} named, so that each change of line is marked once. */
    private int locLine;

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

    /** The label of the function's first instruction (after any stack-check stub). */
    String startLabel() {
        return prefix + "_start";
    }

    /** The label just past the function's last byte. */
    String endLabel() {
        return prefix + "_fnend";
    }

    String emit() {
        calleeSaved = Frame.savedRegisters(f, alloc, stackCheck);
        outArgs = Frame.outgoingArgs(f);
        boolean calls = false;
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                calls |= i.op == Op.CALL || i.op == Op.CALLV || i.op == Op.INITCHECK;
            }
        }
        saveLr = calls;
        if (stackCheck) {
            planStackCheck();
        }
        String body = generate();
        if (body == null) {
            saveLr = true;
            body = generate();
        }
        if (checkBlock != null && out.size > CHECK_REACH) {
            checkBlock = null;
            body = generate();
        }
        rodata.addAll(tables);
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
        sb.append("    .cfi_startproc\n");
        sb.append(body);
        sb.append("    .cfi_endproc\n");
        sb.append(prefix).append("_fnend:\n");
        sb.append("    .size ").append(q).append(", . - ").append(q).append('\n');
        return sb.toString();
    }

    /**
     * Adds this function's entries to the frame table, after {@link #emit}. Seen from a call
     * site, the frame spans frameSize bytes with lr on top; a function that does not save lr has
     * only throw stubs as call sites, and each pushes lr below the frame (4 more bytes, lr at sp).
     */
    void describeFrames(FrameTable table) {
        // lambda classes are hidden classes on HotSpot, whose frames traces leave out
        boolean runtime = RuntimeSymbols.isRuntimeCode(f.displayName) || f.displayName.contains("$$Lambda");
        int flags = FrameTable.LR_SAVED | (runtime ? FrameTable.HIDDEN : 0)
                | (frame.saved >> 4) << FrameTableLayout.SAVED_SHIFT;
        String name = runtime ? null : f.displayName;
        String file = runtime ? null : f.sourceFile;
        if (stackCheck) {
            // the check's stub pushed r0-r3 below a complete frame (recursive methods save lr)
            table.add(prefix + "_stack", frame.size + 16, flags, name, file,
                    runtime ? List.of() : List.of(new FrameTable.Site(prefix + "_stack + 6", f.firstLine(), null, null, null)));
        }
        if (out.sites.isEmpty() && !preemptible) {
            // no call sites: never a caller, so never looked up (the previous range may cover it);
            // a preemptible function may be the innermost frame of a preempted thread (rtgo.runtime.Gc)
            return;
        }
        List<FrameTable.Site> sites = new ArrayList<>();
        for (Layout.Site s : out.sites) {
            // a runtime frame is never printed: only its sites with a landing pad, a stack map or
            // inlined frames count
            rtgo.ir.Inlined inlined = f.inlinedAt(s.line());
            if (inlined != null && inlined.frames().stream().allMatch(fr -> fr.method() == null)) {
                inlined = null; // frames a trace leaves out need no record
            }
            if (!runtime || s.landing() != null || s.map() != null || inlined != null) {
                sites.add(new FrameTable.Site(s.expr(), f.sourceLine(s.line()), s.landing(), s.map(), inlined));
            }
        }
        table.add(prefix + "_start", frame.size + (saveLr ? 0 : 4),
                flags | (saveLr ? 0 : FrameTable.LR_AT_SP), name, file, sites);
    }

    private String generate() {
        tables.clear();
        out = new Layout(prefix, saveLr);
        if (stackCheck) {
            out.externalLabel(prefix + "_stack", -12); // the stub before the function (see emit)
        }
        frame = new Frame(calleeSaved, saveLr, outArgs, alloc.slots);
        CheckStubs stubs = new CheckStubs(out, saveLr, npeMessages);
        stubs.uncaught = uncaughtReports;
        insns = new InsnEmitter(f, out, frame, stubs, prefix);
        stubs.insns = insns;
        maps = new StackMaps(f, frame);
        locLine = 0;
        loc(f.firstLine(), false); // the prologue counts as the method's first line
        if (frame.pushedLow() > 0) {
            out.text("push {" + frame.lowRegList(saveLr ? "lr" : null) + "}");
            cfiPushed();
        }
        List<Integer> highs = frame.highRegs();
        if (!highs.isEmpty()) {
            // save r8..r11 through r4.. (already saved above): push cannot name high registers
            StringBuilder sb = new StringBuilder();
            StringBuilder list = new StringBuilder();
            for (int k = 0; k < highs.size(); k++) {
                sb.append("mov r").append(4 + k).append(", r").append(highs.get(k)).append('\n');
                list.append(k == 0 ? "" : ", ").append("r").append(4 + k);
            }
            sb.append("push {").append(list).append('}');
            out.text(sb.toString());
            cfiOffset(4 * (frame.pushedLow() + highs.size()));
        }
        adjustSp("sub", frame.locals);
        if (frame.locals > 0) {
            cfiOffset(frame.size);
        }
        if (stackCheck && checkBlock == null) {
            // recursion: stop before the stack runs into the heap (StackCheck); r4 was just saved
            out.loadLit(4, SymbolNames.STACK_LIMIT); // the running thread's limit (rtgo.runtime.Sched)
            out.text("ldr r4, [r4]");
            out.text("cmp sp, r4");
            // the stub sits just before the function (see emit), in reach of both branches
            out.text("blo " + prefix + "_stack");
            out.label(prefix + "_checked");
        }
        locLine = 0; // the first line again, where a debugger's breakpoint on the method goes
        List<Block> emitted = new ArrayList<>();
        for (Block b : f.blocks) {
            if (!skipped(b)) {
                emitted.add(b);
            }
        }
        placeBackEdgeMoves(emitted);
        for (int k = 0; k < emitted.size(); k++) {
            Block b = emitted.get(k);
            Block next = k + 1 < emitted.size() ? emitted.get(k + 1) : null;
            out.label(prefix + "_b" + b.id);
            Insn end = b.terminator();
            out.landing = end != null && end.op == Op.EXCEPT ? label(b.succs.get(1)) : null;
            insns.flagsFor = Loc.NONE;
            for (Allocation.Move m : alloc.atStart(b)) {
                insns.move(m);
            }
            if (b == checkBlock) {
                String reg = InsnEmitter.r(checkReg);
                out.loadLit(checkReg, SymbolNames.STACK_LIMIT);
                out.text("ldr " + reg + ", [" + reg + "]\ncmp sp, " + reg);
                out.branch("lo", prefix + "_stack");
                out.label(prefix + "_checked");
                insns.flagsFor = Loc.NONE;
            }
            for (Insn i : b.insns) {
                loc(i.line, locLine == 0);
                if (i.op.isTerminator()) {
                    for (Allocation.Move m : alloc.atEnd(b)) {
                        insns.move(m);
                        insns.flagsFor = Loc.NONE;
                    }
                    terminator(i, b, next);
                } else {
                    out.map = maps.at(i);
                    insns.emit(i);
                }
            }
        }
        String text = out.finish();
        if (text == null) {
            return null;
        }
        codeBytes = out.size + (stackCheck ? 12 : 0);
        return text;
    }

    /**
     * Moves each block that only holds the phi moves of a loop's back edge (a split edge from a
     * conditional latch) to just before the loop header, when what fell into the header was the
     * loop's entry. The latch then branches to the moves and falls through into the header: one
     * taken branch per iteration instead of a branch out of line and another back, while the
     * entry pays one branch to the header, once. Emission order only: the allocation holds.
     */
    private void placeBackEdgeMoves(List<Block> emitted) {
        for (int k = 1; k < emitted.size(); k++) {
            Block e = emitted.get(k);
            if (e.preds.size() != 1 || e.succs.size() != 1 || e.terminator() == null || e.terminator().op != Op.GOTO
                    || alloc.atEnd(e).isEmpty() || e.insns.size() != 1) {
                continue;
            }
            Block h = destination(e.succs.get(0));
            int at = emitted.indexOf(h);
            int from = emitted.indexOf(e.preds.get(0));
            if (at <= 0 || from < at || k == at - 1 || h.loopDepth == 0
                    || emitted.get(at - 1).loopDepth >= h.loopDepth) {
                continue;
            }
            emitted.remove(k);
            emitted.add(emitted.indexOf(h), e);
        }
    }

    /**
     * Chooses where the stack check goes (see the design note): {@link #checkBlock} and
     * {@link #checkReg}, or leaves checkBlock null for a check on entry.
     */
    private void planStackCheck() {
        checkBlock = null;
        if (RuntimeSymbols.isRuntimeCode(f.displayName)) {
            return;
        }
        List<Block> sites = new ArrayList<>();
        for (Block b : f.blocks) {
            Insn end = b.terminator();
            if (end != null && end.op == Op.EXCEPT) {
                return;
            }
            for (Insn i : b.insns) {
                if (recursiveCalls.contains(i) && !sites.contains(b)) {
                    sites.add(b);
                }
            }
        }
        if (sites.isEmpty()) {
            return;
        }
        Block[] idom = rtgo.ir.Cfg.dominators(f);
        Block d = sites.get(0);
        for (Block c : sites) {
            while (!rtgo.ir.Cfg.dominates(idom, d, c)) {
                d = idom[d.id];
            }
        }
        while (d.loopDepth > 0 && idom[d.id] != d) {
            d = idom[d.id];
        }
        if (d == f.entry() || skipped(d)) {
            return; // on entry; or d is only a jump, which is not emitted: no place for the check's label
        }
        int busy = liveRegistersAtStart(d);
        for (int r = 0; r < 8; r++) {
            // r0-r3 need no saving; r4-r7 only when the frame saves them anyway
            boolean usable = r < 4 || (calleeSaved & (1 << r)) != 0;
            if (usable && (busy & (1 << r)) == 0) {
                checkBlock = d;
                checkReg = r;
                return;
            }
        }
    }

    /**
     * The low registers holding values live at the start of {@code target}, after its phi moves
     * (rtgo.ir.Liveness over the values allocated to low registers).
     */
    private int liveRegistersAtStart(Block target) {
        java.util.BitSet live = rtgo.ir.Liveness.liveIn(f, v -> v.hasValue() && v.loc != null && v.loc.isLowReg())
                .get(target);
        int busy = 0;
        for (Block b : f.blocks) {
            for (Insn v : b.insns) {
                if (live.get(v.id)) {
                    busy |= 1 << v.loc.reg();
                }
            }
        }
        return busy;
    }

    /**
     * Marks the code from here on as coming from source {@code line} (a {@code .loc} directive, from
     * which GNU as writes the DWARF line table), when the line is known and differs from the last;
     * {@code prologueEnd}: the first line after the prologue, where debuggers stop on entry.
     */
    private void loc(int line, boolean prologueEnd) {
        if (sourceFile == 0 || line <= 0 || line == locLine) {
            return;
        }
        out.directive(".loc " + sourceFile + " " + line + (prologueEnd ? " 0 prologue_end" : ""));
        locLine = line;
    }

    private void adjustSp(String op, int bytes) {
        while (bytes > 0) {
            int chunk = Math.min(bytes, 508);
            out.text(op + " sp, #" + chunk);
            bytes -= chunk;
        }
    }

    /**
     * Call frame information (DWARF CFI, which GNU as writes to .debug_frame) for the prologue's
     * push: the canonical frame address (the caller's sp) is now that many bytes above sp, and the
     * pushed registers sit below it in ascending order, lr on top (docs/abi.md, "Frames"). With it a
     * debugger unwinds Java frames at every instruction, not only where prologue analysis guesses.
     */
    private void cfiPushed() {
        int n = frame.pushedLow();
        cfiOffset(4 * n);
        int k = 0;
        for (int r = 4; r < 8; r++) {
            if ((calleeSaved & (1 << r)) != 0) {
                out.directive(".cfi_offset r" + r + ", " + (4 * k++ - 4 * n));
            }
        }
        if (saveLr) {
            out.directive(".cfi_offset lr, -4");
        }
    }

    private void cfiOffset(int bytes) {
        out.directive(".cfi_def_cfa_offset " + bytes);
    }

    private void epilogue() {
        // the epilogue unwinds the frame; the code after it (reached by branches) still has the frame
        out.directive(".cfi_remember_state");
        epilogueCode();
        out.directive(".cfi_restore_state");
    }

    private void epilogueCode() {
        adjustSp("add", frame.locals);
        if (frame.locals > 0) {
            cfiOffset(frame.size - frame.locals);
        }
        List<Integer> highs = frame.highRegs();
        if (!highs.isEmpty()) {
            StringBuilder sb = new StringBuilder("pop {");
            for (int k = 0; k < highs.size(); k++) {
                sb.append(k == 0 ? "" : ", ").append("r").append(4 + k);
            }
            sb.append("}");
            for (int k = 0; k < highs.size(); k++) {
                sb.append("\nmov r").append(highs.get(k)).append(", r").append(4 + k);
            }
            out.text(sb.toString());
            cfiOffset(4 * frame.pushedLow());
        }
        if (saveLr) {
            out.barrier("pop {" + frame.lowRegList("pc") + "}");
        } else if (calleeSaved != 0) {
            out.text("pop {" + frame.lowRegList(null) + "}");
            cfiOffset(0);
            out.barrier("bx lr");
        } else {
            out.barrier("bx lr");
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
                    || ((i.op == Op.T_MOVI || i.op == Op.T_LDRLIT) && i.loc.isRemat());
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

    // ---- terminators -----------------------------------------------------------------------------

    /**
     * {@link Op#LIF}: the high words decide unless they are equal, signed (for EQ/NE: the low words
     * first, where a difference decides at once); then the low words, unsigned, decide with the
     * condition's unsigned form, through the usual fall-through logic.
     */
    private void longBranch(Insn t, Block b, Block next) {
        String alo = InsnEmitter.r(t.arg(0)), ahi = InsnEmitter.r(t.arg(1));
        String blo = InsnEmitter.r(t.arg(2)), bhi = InsnEmitter.r(t.arg(3));
        Cond c = t.cond();
        String yes = label(destination(b.succs.get(0)));
        String no = label(destination(b.succs.get(1)));
        Cond last;
        if (c == Cond.EQ || c == Cond.NE) {
            out.text("cmp " + alo + ", " + blo);
            out.branch("ne", c == Cond.EQ ? no : yes);
            out.text("cmp " + ahi + ", " + bhi);
            last = c;
        } else {
            out.text("cmp " + ahi + ", " + bhi);
            boolean less = c == Cond.LT || c == Cond.LE;
            out.branch("lt", less ? yes : no);
            out.branch("gt", less ? no : yes);
            out.text("cmp " + alo + ", " + blo);
            last = switch (c) {
                case LT -> Cond.LO;
                case LE -> Cond.LS;
                case GT -> Cond.HI;
                default -> Cond.HS;
            };
        }
        Block yesBlock = destination(b.succs.get(0));
        Block noBlock = destination(b.succs.get(1));
        if (yesBlock == next) {
            out.branch(Conds.suffix(last.negate()), no);
        } else {
            out.branch(Conds.suffix(last), yes);
            if (noBlock != next) {
                out.branch(null, no);
            }
        }
    }

    private void terminator(Insn t, Block b, Block next) {
        switch (t.op) {
            case GOTO, EXCEPT -> {
                if (destination(b.succs.get(0)) != next) {
                    out.branch(null, label(b.succs.get(0)));
                }
            }
            case IF, T_IFI -> {
                if (t.op == Op.IF) {
                    out.text("cmp " + insns.compared(t.arg(0)) + ", " + insns.compared(t.arg(1)));
                } else if (!(t.aux2 == 0 && (t.cond() == Cond.EQ || t.cond() == Cond.NE)
                        && insns.flagsFor == t.arg(0).loc)) {
                    out.text("cmp " + InsnEmitter.r(t.arg(0)) + ", #" + t.aux2);
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
            case LIF -> longBranch(t, b, next);
            case T_JUMPTABLE -> {
                out.barrier("bx " + InsnEmitter.r(t.arg(0)));
                StringBuilder sb = new StringBuilder("    .balign 4\n" + prefix + "_jt" + t.aux + ":\n");
                for (int k : t.table) {
                    sb.append("    .word ").append(label(b.succs.get(k))).append(" + 1\n");
                }
                tables.add(sb.toString());
            }
            case RET -> epilogue();
            default -> throw new IllegalStateException("cannot emit terminator " + t.op);
        }
    }
}
