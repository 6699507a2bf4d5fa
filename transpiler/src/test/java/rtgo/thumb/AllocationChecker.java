package rtgo.thumb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rtgo.ir.Block;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Loc;
import rtgo.ir.Op;

/**
 * Checks a register allocation by properties, with its own liveness analysis (independent of
 * RegAlloc's): every value has a usable location; no two values live at the same time share a
 * register or stack slot; values live across a call are not in a caller-saved register (r0-r3, ip);
 * two-address instructions do not overwrite an operand they still read; machine instructions read
 * low registers; and the phi moves of every edge, executed one after another as the emitter does
 * (including its use of ip for stack-to-stack moves), leave each phi's operand in the phi's
 * location without disturbing anything else that is live into the block.
 */
final class AllocationChecker {
    private final Func f;
    private final Allocation alloc;
    private final List<String> problems = new ArrayList<>();
    private final Map<Block, Set<Insn>> liveIn = new HashMap<>();
    private final Map<Block, Set<Insn>> liveOut = new HashMap<>();

    private AllocationChecker(Func f, Allocation alloc) {
        this.f = f;
        this.alloc = alloc;
    }

    /** The broken properties, as messages; empty when the allocation is sound. */
    static List<String> check(Func f, Allocation alloc) {
        AllocationChecker c = new AllocationChecker(f, alloc);
        c.locations();
        c.liveness();
        c.interference();
        c.edges();
        return c.problems;
    }

    /** A value that occupies a location (REMAT constants are made by the phi move itself). */
    private static boolean located(Insn v) {
        return v.hasValue() && !v.loc.isRemat();
    }

    private void locations() {
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                if (i.hasValue()) {
                    Loc l = i.loc;
                    boolean ok = l.isLowReg()
                            || (l.isReg() && l.reg() >= HighSpill.FIRST && l.reg() < HighSpill.FIRST + HighSpill.COUNT)
                            || (l.isRemat() && (i.op == Op.T_MOVI || i.op == Op.T_LDRLIT))
                            || (l.isSlot() && l.slot() < alloc.slots)
                            || (l.isInArg() && i.op == Op.PARAM);
                    if (!ok) {
                        problems.add(i + " (" + i.op.text() + ") has no usable location: " + i.loc);
                    }
                    if (!i.fixedReg.isNone() && i.loc != i.fixedReg) {
                        problems.add(i + " must be in " + i.fixedReg + " but is at " + i.loc);
                    }
                }
                if (i.op == Op.PHI || i.op == Op.T_RELOAD) {
                    continue;
                }
                for (Insn a : i.args) {
                    if (a.hasValue() && !a.loc.isLowReg()) {
                        problems.add(i + " (" + i.op.text() + ") reads " + a + " from " + a.loc + ", not a low register");
                    }
                }
            }
        }
    }

    private void liveness() {
        for (Block b : f.blocks) {
            liveIn.put(b, new HashSet<>());
            liveOut.put(b, new HashSet<>());
        }
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int k = f.blocks.size() - 1; k >= 0; k--) {
                Block b = f.blocks.get(k);
                Set<Insn> out = new HashSet<>();
                for (Block s : b.succs) {
                    int p = s.predIndex(b);
                    for (Insn v : liveIn.get(s)) {
                        if (v.op != Op.PHI || v.block != s) {
                            out.add(v);
                        }
                    }
                    for (Insn phi : s.phis()) {
                        if (located(phi.arg(p))) {
                            out.add(phi.arg(p));
                        }
                    }
                }
                Set<Insn> in = new HashSet<>(out);
                for (int i = b.insns.size() - 1; i >= 0; i--) {
                    Insn insn = b.insns.get(i);
                    in.remove(insn);
                    if (insn.op != Op.PHI) {
                        for (Insn a : insn.args) {
                            if (located(a)) {
                                in.add(a);
                            }
                        }
                    }
                }
                for (Insn phi : b.phis()) {
                    in.add(phi); // defined on entry by the moves on the incoming edges
                }
                if (!out.equals(liveOut.get(b)) || !in.equals(liveIn.get(b))) {
                    liveOut.put(b, out);
                    liveIn.put(b, in);
                    changed = true;
                }
            }
        }
    }

    private void interference() {
        for (Block b : f.blocks) {
            Set<Insn> live = new HashSet<>(liveOut.get(b));
            for (int k = b.insns.size() - 1; k >= 0; k--) {
                Insn i = b.insns.get(k);
                if (i.op == Op.PHI) {
                    break;
                }
                if (located(i)) {
                    clash(i, live, "defined while");
                }
                live.remove(i);
                if (i.op.has(Op.Flags.CALLS)) {
                    for (Insn v : live) {
                        if ((v.loc.isReg() && v.loc.reg() < 4) || v.loc == Allocation.IP) {
                            problems.add(v + " lives across the call " + i + " in caller-saved " + v.loc);
                        }
                    }
                }
                lateUses(i);
                for (Insn a : i.args) {
                    if (located(a)) {
                        live.add(a);
                    }
                }
            }
            Set<Insn> atEntry = new LinkedHashSet<>(live);
            for (Insn phi : b.phis()) {
                if (located(phi)) {
                    atEntry.add(phi);
                }
            }
            for (Insn phi : b.phis()) {
                if (located(phi)) {
                    clash(phi, atEntry, "a phi of " + b + " while");
                }
            }
        }
    }

    private void clash(Insn d, Set<Insn> live, String what) {
        for (Insn v : live) {
            if (v != d && v.loc == d.loc) {
                problems.add(d + " (" + d.op.text() + ") is " + what + " " + v + " (" + v.op.text()
                        + ") is live in the same location " + d.loc);
            }
        }
    }

    /** Operands that the instruction still reads after it has started writing its result. */
    private void lateUses(Insn i) {
        if (i.op.has(Op.Flags.TWO_ADDR) && i.arg(0) != i.arg(1)) {
            boolean commutes = i.op.has(Op.Flags.COMM);
            if (i.loc == i.arg(1).loc && i.loc != i.arg(0).loc && !commutes) {
                problems.add(i + " (" + i.op.text() + ") writes " + i.loc + " before reading its second operand there");
            }
        }
        if (i.op == Op.T_DIVWAIT && i.loc == i.arg(0).loc) {
            problems.add(i + " (divwait) polls into " + i.loc + ", the divider base it reads again");
        }
    }

    /** Executes each edge's phi moves on a symbolic machine and checks the block's entry state. */
    private void edges() {
        Object garbage = "garbage";
        for (Block b : f.blocks) {
            for (Block s : b.succs) {
                List<Allocation.Move> moves = new ArrayList<>(alloc.atEnd(b));
                if (s.preds.size() == 1) {
                    moves.addAll(alloc.atStart(s));
                }
                Map<Loc, Object> state = new HashMap<>();
                for (Insn v : liveOut.get(b)) {
                    state.put(v.loc, v);
                }
                for (Allocation.Move m : moves) {
                    Loc dst = m.dst();
                    // as the emitter does it: a constant into anything but a low register, or a move
                    // between two locations neither of which is a low register and not both registers
                    boolean viaIp = m.constant() != null ? !dst.isLowReg()
                            : !(m.src().isReg() && dst.isReg()) && !(m.src().isLowReg() || dst.isLowReg());
                    if (viaIp && (m.src() == Allocation.IP || dst == Allocation.IP)) {
                        problems.add("move " + m.src() + " -> " + dst + " on " + b + " -> " + s + " needs ip and uses it");
                    }
                    Object value = m.constant() != null ? m.constant() : state.getOrDefault(m.src(), garbage);
                    if (viaIp) {
                        state.put(Allocation.IP, garbage);
                    }
                    state.put(dst, value);
                }
                int p = s.predIndex(b);
                for (Insn phi : s.phis()) {
                    Object want = phi.arg(p);
                    if (!phi.loc.isRemat() && state.get(phi.loc) != want) {
                        problems.add("on " + b + " -> " + s + ", " + phi + " at " + phi.loc + " gets "
                                + state.get(phi.loc) + " instead of " + want);
                    }
                }
                for (Insn v : liveIn.get(s)) {
                    if (!(v.op == Op.PHI && v.block == s) && state.get(v.loc) != v) {
                        problems.add("on " + b + " -> " + s + ", the moves overwrite " + v + " at " + v.loc
                                + " with " + state.get(v.loc));
                    }
                }
            }
        }
    }
}
