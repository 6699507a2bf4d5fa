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
 * has its stub just before the function's entry, in reach of both of its branches.
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
    /** Jump tables of the current layout attempt; added to the read-only data once it succeeds. */
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
    /** Whether threads may be preempted here (ProgramEmitter.preemptible): it always gets a frame-table entry. */
    boolean preemptible;

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
        out = new Layout(prefix, saveLr);
        frame = new Frame(calleeSaved, saveLr, outArgs, alloc.slots);
        insns = new InsnEmitter(f, out, frame, new CheckStubs(out, saveLr, npeMessages), prefix);
        maps = new StackMaps(f, frame);
        if (frame.pushedLow() > 0) {
            out.text("push {" + frame.lowRegList(saveLr ? "lr" : null) + "}");
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
        }
        adjustSp("sub", frame.locals);
        if (stackCheck) {
            // recursion: stop before the stack runs into the heap (StackCheck); r4 was just saved
            out.loadLit(4, SymbolNames.STACK_LIMIT); // the running thread's limit (rtgo.runtime.Sched)
            out.text("ldr r4, [r4]");
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
            Insn end = b.terminator();
            out.landing = end != null && end.op == Op.EXCEPT ? label(b.succs.get(1)) : null;
            insns.flagsFor = Loc.NONE;
            for (Allocation.Move m : alloc.atStart(b)) {
                insns.move(m);
            }
            for (Insn i : b.insns) {
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
            tables.clear();
            return null;
        }
        rodata.addAll(tables);
        tables.clear();
        codeBytes = out.size + (stackCheck ? 12 : 0);
        return text;
    }

    private void adjustSp(String op, int bytes) {
        while (bytes > 0) {
            int chunk = Math.min(bytes, 508);
            out.text(op + " sp, #" + chunk);
            bytes -= chunk;
        }
    }

    private void epilogue() {
        adjustSp("add", frame.locals);
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
        }
        if (saveLr) {
            out.barrier("pop {" + frame.lowRegList("pc") + "}");
        } else if (calleeSaved != 0) {
            out.text("pop {" + frame.lowRegList(null) + "}");
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
                    out.text("cmp " + InsnEmitter.r(t.arg(0)) + ", " + InsnEmitter.r(t.arg(1)));
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
