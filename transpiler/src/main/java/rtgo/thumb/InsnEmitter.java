package rtgo.thumb;

import rtgo.sym.Symbols;
import rtgo.ir.CpuOp;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Loc;
import rtgo.ir.Op;

/**
 * Writes the instructions of an allocated function into a {@link Layout}, driven by the op table:
 * an op with an assembler template ({@link Op#asm}) is written from it (two-address ops with a
 * {@code mov} first when the allocator could not give the result its first operand's register);
 * the few ops that need more than one form (literals, immediate adds, calls, spill traffic, checks)
 * have a method each. It also writes the moves that implement phis, and tracks which register the
 * condition flags reflect ({@link Op#flagEffect}) so a branch can leave out its compare with zero.
 */
final class InsnEmitter {
    private final Func f;
    private final Layout out;
    private final Frame frame;
    private final CheckStubs checks;
    private final String prefix;
    /**
     * The location whose value the Z flag currently reflects (set by the last flag-setting ALU
     * instruction), or {@link Loc#NONE}: a compare with zero for == or != can then be left out.
     */
    Loc flagsFor = Loc.NONE;

    /**
     * Reloads from r8..r11 that are left out: their only use, the next instruction, is a compare
     * ({@code cmp} names any register), so it reads the high register itself. Typical of a loop
     * bound or an array length that lost its low register to the loop's body.
     */
    private final java.util.Set<Insn> folded = new java.util.HashSet<>();

    InsnEmitter(Func f, Layout out, Frame frame, CheckStubs checks, String prefix) {
        this.f = f;
        this.out = out;
        this.frame = frame;
        this.checks = checks;
        this.prefix = prefix;
        java.util.Map<Insn, Integer> uses = new java.util.HashMap<>();
        for (rtgo.ir.Block b : f.blocks) {
            for (Insn i : b.insns) {
                for (Insn a : i.args) {
                    uses.merge(a, 1, Integer::sum);
                }
            }
        }
        for (rtgo.ir.Block b : f.blocks) {
            for (int k = 0; k + 1 < b.insns.size(); k++) {
                Insn r = b.insns.get(k);
                Insn next = b.insns.get(k + 1);
                Loc src = r.op == Op.T_RELOAD ? r.arg(0).loc : Loc.NONE;
                if (!src.isReg() || src.isLowReg() || src == Allocation.IP || uses.get(r) != 1) {
                    continue;
                }
                // a compare of two registers: a bounds check's length, or either side of an IF
                // (whose block has two successors, so no phi move comes between)
                boolean compare = (next.op == Op.BOUNDSCHECK && next.arg(1) == r && next.arg(0) != r)
                        || (next.op == Op.IF && (next.arg(0) == r) != (next.arg(1) == r));
                if (compare) {
                    folded.add(r);
                }
            }
        }
    }

    /** The register a compare reads {@code v} from: a left-out reload's high register, else v's own. */
    String compared(Insn v) {
        return folded.contains(v) ? rAny(v.arg(0).loc) : r(v);
    }

    /** Any register a {@code mov} can name: r0..r11 and ip. */
    static String rAny(Loc loc) {
        if (loc.isReg() && loc.reg() >= 8 && loc.reg() < 12) {
            return loc.toString();
        }
        return r(loc);
    }

    /** A low register or ip. */
    static String r(Loc loc) {
        if (loc == Allocation.IP) {
            return "ip";
        }
        if (!loc.isLowReg()) {
            throw new IllegalStateException("value not in a low register: location " + loc);
        }
        return loc.toString();
    }

    /** Low register {@code reg} (0..7) or ip (12). */
    static String r(int reg) {
        return r(Loc.reg(reg));
    }

    static String r(Insn v) {
        return r(v.loc);
    }

    /** The number of low register {@code loc}. */
    private static int lowReg(Loc loc) {
        if (!loc.isLowReg()) {
            throw new IllegalStateException("value not in a low register: location " + loc);
        }
        return loc.reg();
    }

    /** Whether {@code i} emits no code: a constant its phi's move materialises. */
    private static boolean silent(Insn i) {
        return i.loc.isRemat();
    }

    /** Emits {@code i} (not a terminator) and updates {@link #flagsFor}. */
    void emit(Insn i) {
        if (silent(i) || folded.contains(i)) {
            return;
        }
        insn(i);
        switch (i.op.flagEffect) {
            case SETS -> flagsFor = i.loc;
            case KEEPS -> {
                if (i.hasValue() && i.loc == flagsFor) {
                    flagsFor = Loc.NONE;
                }
            }
            case CLOBBERS -> flagsFor = Loc.NONE;
        }
    }

    /**
     * The high word of a 64-bit add or subtract (alo, blo, ahi, bhi): {@code cmn}/{@code cmp} of the
     * low words puts the carry (or not-borrow) into C, then {@code adcs}/{@code sbcs} of the high
     * words. Moves between them are {@code movs rd, rm} (LSLS #0, which keeps C) and {@code mvns}
     * (which keeps C too), so the result may share a register with any argument.
     */
    private void highWord(Insn i, String compare, boolean add) {
        String d = r(i), alo = r(i.arg(0)), blo = r(i.arg(1)), ahi = r(i.arg(2)), bhi = r(i.arg(3));
        out.text(compare + " " + alo + ", " + blo);
        if (d.equals(ahi)) {
            out.text((add ? "adcs " : "sbcs ") + d + ", " + bhi);
        } else if (d.equals(bhi)) {
            if (add) {
                out.text("adcs " + d + ", " + ahi);
            } else {
                // ahi - bhi - borrow = ahi + ~bhi + C
                out.text("mvns " + d + ", " + d);
                out.text("adcs " + d + ", " + ahi);
            }
        } else {
            out.text("movs " + d + ", " + ahi);
            out.text((add ? "adcs " : "sbcs ") + d + ", " + bhi);
        }
    }

    /** lcmp (alo, ahi, blo, bhi): signed compare of the high words, unsigned of the low words. */
    private void longCompare(Insn i) {
        String d = r(i), alo = r(i.arg(0)), ahi = r(i.arg(1)), blo = r(i.arg(2)), bhi = r(i.arg(3));
        out.text("cmp " + ahi + ", " + bhi + "\nblt 4f\nbgt 5f\ncmp " + alo + ", " + blo + "\nbcc 4f\nbhi 5f\n"
                + "movs " + d + ", #0\nb 6f\n4: movs " + d + ", #0\nmvns " + d + ", " + d + "\nb 6f\n"
                + "5: movs " + d + ", #1\n6:");
    }

    private void insn(Insn i) {
        Op op = i.op;
        if (op.has(Op.Flags.TWO_ADDR)) {
            twoAddress(i);
            return;
        }
        if (op.isCheck() && op != Op.INITCHECK) {
            checks.check(i);
            return;
        }
        if (op.asm != null) {
            memOffsetCheck(i);
            out.text(format(op.asm, i, i.hasValue() ? r(i.loc) : r(0)));
            return;
        }
        switch (op) {
            case PARAM, PHI, HIRESULT -> { }
            case T_ADDHI -> highWord(i, "cmn", true);
            case T_SUBHI -> highWord(i, "cmp", false);
            case T_LCMP -> longCompare(i);
            case COPY -> {
                if (i.loc != i.arg(0).loc) {
                    out.text("mov " + r(i) + ", " + r(i.arg(0)));
                }
            }
            case T_LDRLIT -> literal(i, lowReg(i.loc));
            case T_ADDI, T_SUBI -> addImmediate(i, op == Op.T_ADDI ? "adds" : "subs");
            case T_STOREARG -> out.text("str " + r(i.arg(0)) + ", [sp, #" + 4 * i.aux + "]");
            case T_SPILL -> {
                if (i.loc.isReg()) {
                    out.text("mov " + rAny(i.loc) + ", " + r(i.arg(0)));
                } else {
                    storeSlot(lowReg(i.arg(0).loc), i.loc);
                }
            }
            case T_RELOAD -> {
                if (i.arg(0).loc.isReg()) {
                    out.text("mov " + r(i) + ", " + rAny(i.arg(0).loc));
                } else {
                    loadSlot(lowReg(i.loc), i.arg(0).loc);
                }
            }
            case CALL -> {
                out.text("bl " + FunctionEmitter.quote(i.sym));
                out.callSite(i.line);
            }
            case CALLV -> {
                out.text("blx " + r(i.arg(i.args.length - 1)));
                out.callSite(i.line);
            }
            case INITCHECK -> {
                out.text("bl " + FunctionEmitter.quote(Symbols.initStub(i.sym)));
                out.callSite(i.line);
            }
            case CPU -> {
                CpuOp c = CpuOp.values()[i.aux];
                out.text(c.hasResult ? c.asm.replace("%d", r(i)) : c.asm);
            }
            default -> throw new IllegalStateException("cannot emit " + op + " in " + f.displayName);
        }
    }

    /** Fills an op's template: {@code %d} with {@code d}, {@code %0..%2} with the arguments', {@code %i} with aux. */
    private static String format(String template, Insn i, String d) {
        String s = template.replace("%d", d).replace("%i", Integer.toString(i.aux));
        for (int k = 0; k < i.args.length; k++) {
            s = s.replace("%" + k, r(i.arg(k)));
        }
        return s;
    }

    /** An immediate offset the encoding cannot hold is a compiler bug: say so before the assembler does. */
    private void memOffsetCheck(Insn i) {
        if (i.op.immMax >= 0 && !i.op.immFits(i.aux)) {
            throw new IllegalStateException("immediate " + i.aux + " out of range for " + i.op.text() + " in "
                    + f.displayName);
        }
    }

    /** Loads the constant or address of a T_MOVI / T_LDRLIT into register {@code reg}. */
    void literal(Insn i, int reg) {
        String d = r(reg);
        if (i.op == Op.T_MOVI) {
            out.text("movs " + d + ", #" + i.aux);
            return;
        }
        if (i.sym != null) {
            String s = i.sym;
            if (s.startsWith("@jt")) {
                out.loadLit(reg, prefix + "_jt" + s.substring(3));
            } else if (s.startsWith(".L")) {
                out.loadLit(reg, s);
            } else {
                out.loadLit(reg, FunctionEmitter.quote(s));
            }
            return;
        }
        int v = i.aux;
        if (v >= 0 && v <= 255) {
            out.text("movs " + d + ", #" + v);
        } else if (v < 0 && v >= -255) {
            out.text("movs " + d + ", #" + (-v) + "\nrsbs " + d + ", " + d + ", #0");
        } else if (~v >= 0 && ~v <= 255) {
            out.text("movs " + d + ", #" + (~v) + "\nmvns " + d + ", " + d);
        } else {
            int shift = Integer.numberOfTrailingZeros(v);
            if (v != 0 && shift > 0 && shift < 32 && (v >>> shift) <= 255) {
                out.text("movs " + d + ", #" + (v >>> shift) + "\nlsls " + d + ", " + d + ", #" + shift);
            } else {
                out.loadLit(reg, Integer.toString(v));
            }
        }
    }

    /** {@code adds/subs}: three registers for 0..7, else rd == rn (T2 encoding) after a move if needed. */
    private void addImmediate(Insn i, String op) {
        String d = r(i);
        String n = r(i.arg(0));
        int imm = i.aux;
        if (imm <= 7) {
            out.text(op + " " + d + ", " + n + ", #" + imm);
        } else if (d.equals(n)) {
            out.text(op + " " + d + ", #" + imm);
        } else {
            out.text("mov " + d + ", " + n + "\n" + op + " " + d + ", #" + imm);
        }
    }

    /**
     * rd = rd op rm from the template ({@code %d} rd, {@code %1} rm). When rd is not the first
     * operand's register, a commutative op swaps its operands, otherwise a {@code mov} comes first.
     */
    private void twoAddress(Insn i) {
        String d = r(i);
        Loc a = i.arg(0).loc;
        Loc b = i.arg(1).loc;
        if (i.loc == a) {
            out.text(i.op.asm.replace("%d", d).replace("%1", r(b)));
        } else if (i.op.has(Op.Flags.COMM) && i.loc == b) {
            out.text(i.op.asm.replace("%d", d).replace("%1", r(a)));
        } else {
            if (i.loc == b) {
                throw new IllegalStateException("two-address operand clash in " + f.displayName + ": " + i);
            }
            out.text("mov " + d + ", " + r(a) + "\n" + i.op.asm.replace("%d", d).replace("%1", r(b)));
        }
    }

    // ---- moves and stack slots -------------------------------------------------------------------

    /** {@code ldr} of a stack location into low register {@code reg}, however far it is. */
    private void loadSlot(int reg, Loc loc) {
        int off = frame.offset(loc);
        if (off <= Frame.SP_REACH) {
            out.text("ldr " + r(reg) + ", [sp, #" + off + "]");
            return;
        }
        // out of reach of [sp, #imm]: the register addresses the slot first
        out.loadLit(reg, Integer.toString(off));
        out.text("add " + r(reg) + ", sp\nldr " + r(reg) + ", [" + r(reg) + "]");
    }

    /** {@code str} of low register {@code reg} to a stack location, however far it is. */
    private void storeSlot(int reg, Loc loc) {
        int off = frame.offset(loc);
        if (off <= Frame.SP_REACH) {
            out.text("str " + r(reg) + ", [sp, #" + off + "]");
            return;
        }
        // out of reach: address the slot through another low register, saved below the frame
        // (ip may be holding r7 for a move); the push moves sp, so the slot is 4 bytes further
        int t = reg == 7 ? 6 : 7;
        out.text("push {" + r(t) + "}");
        out.loadLit(t, Integer.toString(off + 4));
        out.text("add " + r(t) + ", sp\nstr " + r(reg) + ", [" + r(t) + "]\npop {" + r(t) + "}");
    }

    /** One move of a phi: between locations, or a constant into a location. */
    void move(Allocation.Move m) {
        Loc dst = m.dst();
        if (m.constant() != null) {
            if (dst.isLowReg()) {
                literal(m.constant(), dst.reg());
            } else {
                // constant into a slot or a high register: build it in r7, keeping r7 in ip
                out.text("mov ip, r7");
                literal(m.constant(), 7);
                if (dst.isReg()) {
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
    private void move(Loc src, Loc dst) {
        boolean srcReg = src.isReg();
        boolean dstReg = dst.isReg();
        if (srcReg && dstReg) {
            out.text("mov " + rAny(dst) + ", " + rAny(src));
        } else if (src.isLowReg()) {
            storeSlot(src.reg(), dst);
        } else if (dst.isLowReg()) {
            loadSlot(dst.reg(), src);
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
}
