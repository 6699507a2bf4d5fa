package rtgo.thumb;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rtgo.ir.Block;
import rtgo.ir.Cfg;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Loc;
import rtgo.ir.Op;
import rtgo.ir.Type;
import rtgo.ir.Unit;

/**
 * Register allocation for Thumb-1: linear scan over SSA lifetime intervals (after Wimmer and Franz,
 * "Linear Scan Register Allocation on SSA Form", CGO 2010), with splitting only at loop entries.
 *
 * <p>Values live in r0..r7 — the only registers most Thumb-1 instructions can name. Calling-
 * convention registers are pre-coloured values ({@link Insn#fixedReg}); a call blocks r0..r3 for
 * every value live across it, so those get r4..r7 or the stack. When no register is free for a whole
 * interval, the cheapest intervals (uses weighted by 10^loop depth, per position of lifetime) are
 * spilled: constants are re-materialised at each use, other values are stored to a stack slot once
 * after their definition and reloaded into a short-lived value before each use; then allocation
 * runs again. Phis are resolved afterwards by parallel moves on the (split) incoming edges.
 *
 * <p>Design note: live-range splitting. Spilling a value for its whole life makes every use in a
 * hot loop a load (or a {@code mov} from r8-r11), even when the loop itself has a register to
 * spare and the pressure that forced the spill is elsewhere (the guards before a versioned loop,
 * an outer loop's body). So when a value is spilled, its uses inside each innermost loop that does
 * not define it may get one reload at the end of the loop's preheader, a new value that lives only
 * through that loop ({@link #splitAtLoops}); the split is made only where that round's allocation
 * leaves a register free at every position of the loop, so it never displaces a value that had
 * one. Should the reload still be spilled in a later round, the split is undone and its uses load
 * before each use again. Splitting at loop boundaries, rather than at arbitrary positions (as
 * Wimmer's linear scan does), fits this allocator's spill-and-rewrite rounds: a split is just one
 * more SSA value, so intervals, phi resolution, slot sharing and the high-register pass need no
 * change; the moves sit in preheaders, which run once per entry of the loop. What is not done:
 * the opposite split (a register outside the loop, the stack inside it) and splits at loop exits.
 *
 * <p>Registered as the passes {@code regalloc} and {@code share-slots} (rtgo.driver.Passes), after
 * critical-edge splitting, block layout and loop depths, before phi resolution and high spills: the
 * pass list states what each requires. Produces {@link Insn#loc} for every value, and the unit's
 * {@link Allocation} (its slot count; the later passes fill in the rest). When the unit holds a
 * {@link Trace}, it prints each round's decisions there.
 */
public final class RegAlloc {
    static final int NREGS = 8;
    /** Registers clobbered by a call, among those we allocate. */
    static final int CALLER_SAVED_MASK = 0x0f;

    /**
     * Asks the allocator to print its decisions for the unit's method to {@code out}: the build
     * option {@code --debug-regalloc} puts one in the unit of every method it selects.
     */
    public record Trace(PrintStream out) {}

    private final Func f;
    /** Where the decisions go, or null. */
    private final PrintStream trace;
    private List<Insn> order;
    private final Map<Insn, Integer> pos = new HashMap<>();
    private final Map<Block, int[]> span = new HashMap<>();
    private Map<Insn, Interval> intervals;
    private List<List<Interval>> fixed;
    private final Set<Insn> noSpill = new HashSet<>();
    private final Map<Insn, List<Insn>> phiUsers = new HashMap<>();
    private int slots;
    /** The natural loops, found when the first value is split (allocation adds no blocks). */
    private List<Cfg.Loop> loops;
    /** Loop-entry reloads made by {@link #splitAtLoops} that have not been spilled again. */
    private final Set<Insn> loopReloads = new HashSet<>();
    /**
     * Registers taken at each position of this round by the values that keep theirs and by the
     * fixed uses (calls), plus the loop-entry reloads added since: where a split may still fit.
     */
    private int[] pressure;

    private RegAlloc(Func f, PrintStream trace) {
        this.f = f;
        this.trace = trace;
    }

    /**
     * Allocates {@code u.f}: every value gets a location, and the unit gets the {@link Allocation}
     * that the later steps (slot sharing, phi resolution, high-register spills) complete.
     */
    public static void run(Unit u) {
        Allocation a = new Allocation();
        Trace t = u.find(Trace.class);
        a.slots = new RegAlloc(u.f, t != null ? t.out() : null).allocate();
        u.put(Allocation.class, a);
    }

    /** Shares stack slots between spilled values that are never live at once (see {@link #shareSlots}). */
    public static void shareSlots(Unit u) {
        Allocation a = u.get(Allocation.class);
        int shared = shareSlots(u.f);
        if (shared >= 0) {
            a.slots = shared;
        }
    }

    /** Returns the number of spill slots used. */
    private int allocate() {
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                // spilled values keep their slots, parameters their incoming stack arguments
                if (i.fixedReg.isNone() && !i.loc.isStack()) {
                    i.loc = Loc.NONE;
                }
            }
        }
        rematerialisePhiConstants();
        insertReloads();
        boolean reordered = false;
        for (int round = 0; ; round++) {
            if (round > 50) {
                throw new IllegalStateException("register allocation does not converge in " + f.displayName);
            }
            number();
            buildIntervals(liveness());
            if (trace != null) {
                trace.println("regalloc " + f.displayName + ", round " + round);
            }
            List<Interval> spilled = scan();
            if (spilled.isEmpty()) {
                // once: operands that keep a loop-carried value in its phi's register, then again
                if (!reordered && reorderOperands()) {
                    reordered = true;
                    continue;
                }
                break;
            }
            if (trace != null) {
                trace.println("spill " + spilled);
            }
            pressure = pressure(spilled);
            for (Interval s : spilled) {
                spill(s.value);
            }
            insertReloads();
        }
        for (Interval iv : intervals.values()) {
            iv.value.loc = Loc.reg(iv.reg);
        }
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                if (!i.fixedReg.isNone()) {
                    i.loc = i.fixedReg;
                }
            }
        }
        return slots;
    }

    static boolean needsReg(Insn v) {
        return v.hasValue() && (v.loc.isNone() || v.loc.isReg());
    }

    /**
     * Gives every constant phi operand a private copy that lives in no register: the phi's move
     * writes the constant straight into the phi's location. Otherwise a loop entered with many
     * constant-initialised variables needs a register per constant at the loop entry.
     */
    private void rematerialisePhiConstants() {
        for (Block b : f.blocks) {
            for (Insn phi : b.phis()) {
                for (int k = 0; k < phi.args.length; k++) {
                    Insn a = phi.args[k];
                    if (a.op == Op.T_MOVI || (a.op == Op.T_LDRLIT && a.fixedReg.isNone())) {
                        Insn c = f.make(a.op, a.type);
                        c.aux = a.aux;
                        c.sym = a.sym;
                        c.line = a.line;
                        c.loc = Loc.REMAT;
                        b.preds.get(k).addBeforeTerminator(c);
                        phi.args[k] = c;
                    }
                }
            }
        }
        rtgo.opt.Cleanup.removeDead(f);
    }

    // ---- numbering and liveness --------------------------------------------------------------------

    private void number() {
        order = new ArrayList<>();
        pos.clear();
        span.clear();
        int p = 2;
        for (Block b : f.blocks) {
            int from = p;
            for (Insn i : b.insns) {
                order.add(i);
                pos.put(i, p);
                p += 2;
            }
            span.put(b, new int[] {from, p});
        }
    }

    private Map<Block, BitSet> liveness() {
        Map<Block, BitSet> liveIn = new HashMap<>();
        Map<Block, BitSet> liveOut = new HashMap<>();
        for (Block b : f.blocks) {
            liveIn.put(b, new BitSet());
            liveOut.put(b, new BitSet());
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int k = f.blocks.size() - 1; k >= 0; k--) {
                Block b = f.blocks.get(k);
                BitSet out = new BitSet();
                for (Block s : b.succs) {
                    BitSet in = (BitSet) liveIn.get(s).clone();
                    int pi = s.predIndex(b);
                    // all phis of s are defined on entry; clear them before adding their operands,
                    // since one phi's operand may be another phi of the same block (a swap)
                    for (Insn phi : s.phis()) {
                        in.clear(phi.id);
                    }
                    for (Insn phi : s.phis()) {
                        Insn a = phi.arg(pi);
                        if (needsReg(a)) {
                            in.set(a.id);
                        }
                    }
                    out.or(in);
                }
                BitSet live = (BitSet) out.clone();
                for (int i = b.insns.size() - 1; i >= 0; i--) {
                    Insn insn = b.insns.get(i);
                    if (insn.hasValue()) {
                        live.clear(insn.id);
                    }
                    if (insn.op != Op.PHI) {
                        for (Insn a : insn.args) {
                            if (needsReg(a)) {
                                live.set(a.id);
                            }
                        }
                    }
                }
                if (!out.equals(liveOut.get(b)) || !live.equals(liveIn.get(b))) {
                    liveOut.put(b, out);
                    liveIn.put(b, live);
                    changed = true;
                }
            }
        }
        return liveOut;
    }

    /**
     * Whether the use of argument {@code argIndex} lasts past the definition of the result (the op
     * table's late uses), so that the two need different registers. A two-address op whose second
     * operand is its first ({@code ands r1, r1}) reads it before writing, like any other.
     */
    private static boolean lateUse(Insn insn, int argIndex) {
        return insn.op.lateUse(argIndex)
                && !(insn.op.has(Op.Flags.TWO_ADDR) && insn.arg(argIndex) == insn.arg(0));
    }

    private void buildIntervals(Map<Block, BitSet> liveOut) {
        intervals = new HashMap<>();
        phiUsers.clear();
        for (Block b : f.blocks) {
            for (Insn phi : b.phis()) {
                for (Insn a : phi.args) {
                    phiUsers.computeIfAbsent(a, k -> new ArrayList<>()).add(phi);
                }
            }
        }
        fixed = new ArrayList<>();
        for (int r = 0; r < NREGS; r++) {
            fixed.add(new ArrayList<>());
        }
        Map<Integer, Insn> idToInsn = new HashMap<>();
        for (Insn i : order) {
            idToInsn.put(i.id, i);
        }
        for (int k = f.blocks.size() - 1; k >= 0; k--) {
            Block b = f.blocks.get(k);
            int[] sp = span.get(b);
            BitSet live = liveOut.get(b);
            for (int id = live.nextSetBit(0); id >= 0; id = live.nextSetBit(id + 1)) {
                interval(idToInsn.get(id)).addRange(sp[0], sp[1]);
            }
            for (int i = b.insns.size() - 1; i >= 0; i--) {
                Insn insn = b.insns.get(i);
                int p = pos.get(insn);
                if (insn.op == Op.PHI) {
                    if (needsReg(insn)) {
                        interval(insn).setFrom(sp[0]);
                    }
                    continue;
                }
                if (needsReg(insn)) {
                    interval(insn).setFrom(p + 1);
                }
                if (insn.clobbersCallerSaved()) {
                    for (int r = 0; r < NREGS; r++) {
                        if ((CALLER_SAVED_MASK & (1 << r)) != 0) {
                            Interval clobber = new Interval(null);
                            clobber.addRange(p, p + 2);
                            fixed.get(r).add(clobber);
                        }
                    }
                }
                for (int a = 0; a < insn.args.length; a++) {
                    Insn arg = insn.args[a];
                    if (!needsReg(arg)) {
                        continue;
                    }
                    Interval iv = interval(arg);
                    iv.addRange(sp[0], lateUse(insn, a) ? p + 2 : p + 1);
                    iv.uses.add(p);
                    iv.weight += Math.pow(10, Math.min(b.loopDepth, 5));
                }
            }
        }
        for (Interval iv : new ArrayList<>(intervals.values())) {
            if (iv.isEmpty()) {
                iv.setFrom(pos.get(iv.value) + 1);
            }
            Insn v = iv.value;
            if (!v.fixedReg.isNone()) {
                intervals.remove(v);
                fixed.get(v.fixedReg.reg()).add(iv);
                continue;
            }
            iv.noSpill = noSpill.contains(v);
            iv.weight = iv.weight / Math.max(1, iv.length());
            if (v.op == Op.T_MOVI) {
                // a spilled small constant is re-created by one movs at each use, never stored or
                // reloaded: cheaper to spill than anything else
                iv.weight *= 0.25;
            }
        }
    }

    private Interval interval(Insn v) {
        return intervals.computeIfAbsent(v, Interval::new);
    }

    // ---- linear scan -------------------------------------------------------------------------------

    private List<Interval> scan() {
        List<Interval> unhandled = new ArrayList<>(intervals.values());
        unhandled.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(a.value.id, b.value.id));
        List<Interval> active = new ArrayList<>();
        List<Interval> inactive = new ArrayList<>();
        List<Interval> spilled = new ArrayList<>();
        for (Interval cur : unhandled) {
            int p = cur.start();
            for (int k = active.size() - 1; k >= 0; k--) {
                Interval it = active.get(k);
                if (it.end() <= p) {
                    active.remove(k);
                } else if (!it.covers(p)) {
                    active.remove(k);
                    inactive.add(it);
                }
            }
            for (int k = inactive.size() - 1; k >= 0; k--) {
                Interval it = inactive.get(k);
                if (it.end() <= p) {
                    inactive.remove(k);
                } else if (it.covers(p)) {
                    inactive.remove(k);
                    active.add(it);
                }
            }
            int[] freeUntil = new int[NREGS];
            java.util.Arrays.fill(freeUntil, Integer.MAX_VALUE);
            for (Interval it : active) {
                freeUntil[it.reg] = 0;
            }
            for (Interval it : inactive) {
                int x = it.firstIntersection(cur);
                if (x >= 0) {
                    freeUntil[it.reg] = Math.min(freeUntil[it.reg], x);
                }
            }
            boolean[] blocked = new boolean[NREGS];
            for (int r = 0; r < NREGS; r++) {
                for (Interval fx : fixed.get(r)) {
                    int x = fx.firstIntersection(cur);
                    if (x >= 0) {
                        freeUntil[r] = Math.min(freeUntil[r], x);
                        blocked[r] = true;
                    }
                }
            }
            int reg = choose(cur, freeUntil);
            if (trace != null) {
                trace.println("alloc " + cur + " free=" + java.util.Arrays.toString(freeUntil) + " -> " + reg
                        + " active=" + active + " inactive=" + inactive);
            }
            if (reg >= 0) {
                cur.reg = reg;
                active.add(cur);
                continue;
            }
            // No register is free for the whole interval: spill the cheapest conflicting set.
            int best = -1;
            double bestCost = Double.MAX_VALUE;
            for (int r = 0; r < NREGS; r++) {
                if (blocked[r]) {
                    continue;
                }
                double cost = 0;
                for (Interval it : conflicts(r, cur, active, inactive)) {
                    cost += it.noSpill ? Double.MAX_VALUE : it.weight;
                }
                if (cost < bestCost) {
                    bestCost = cost;
                    best = r;
                }
            }
            if (best >= 0 && bestCost < Double.MAX_VALUE && (cur.noSpill || bestCost < cur.weight)) {
                for (Interval it : conflicts(best, cur, active, inactive)) {
                    active.remove(it);
                    inactive.remove(it);
                    spilled.add(it);
                }
                cur.reg = best;
                active.add(cur);
            } else if (!cur.noSpill) {
                spilled.add(cur);
            } else {
                throw new IllegalStateException("no register for " + cur + " in " + f.displayName);
            }
        }
        return spilled;
    }

    private static List<Interval> conflicts(int r, Interval cur, List<Interval> active, List<Interval> inactive) {
        List<Interval> c = new ArrayList<>();
        for (Interval it : active) {
            if (it.reg == r) {
                c.add(it);
            }
        }
        for (Interval it : inactive) {
            if (it.reg == r && it.firstIntersection(cur) >= 0) {
                c.add(it);
            }
        }
        return c;
    }

    /** Picks a free register: the hinted one, else caller-saved before callee-saved (no push needed). */
    private int choose(Interval cur, int[] freeUntil) {
        int end = cur.end();
        int hint = hint(cur.value, freeUntil, end);
        if (hint >= 0 && hint < NREGS && freeUntil[hint] >= end) {
            return hint;
        }
        for (int r = 0; r < NREGS; r++) {
            if (freeUntil[r] >= end) {
                return r;
            }
        }
        return -1;
    }

    /**
     * The register this value would like, so that moves disappear: the register of a phi that
     * takes it as an operand, of an operand of a phi, or of the first operand of a copy, a
     * two-address instruction or a reload.
     */
    private int hint(Insn v, int[] freeUntil, int end) {
        for (Insn phi : phiUsers.getOrDefault(v, List.of())) {
            int r = regOf(phi);
            if (r >= 0 && r < NREGS && freeUntil[r] >= end) {
                return r;
            }
        }
        if (v.op == Op.PHI) {
            for (Insn a : v.args) {
                int r = regOf(a);
                if (r >= 0 && r < NREGS && freeUntil[r] >= end) {
                    return r;
                }
            }
        }
        return hint(v);
    }

    private int regOf(Insn v) {
        if (!v.fixedReg.isNone()) {
            return v.fixedReg.reg();
        }
        Interval s = intervals.get(v);
        return s != null ? s.reg : -1;
    }

    /** The register of the operand the op table names as the result's hint (copies, two-address ops, reloads). */
    private int hint(Insn v) {
        Insn src = v.op.hintArg >= 0 && v.op.hintArg < v.args.length ? v.args[v.op.hintArg] : null;
        if (src == null) {
            return -1;
        }
        if (!src.fixedReg.isNone()) {
            return src.fixedReg.reg();
        }
        Interval s = intervals.get(src);
        return s != null ? s.reg : -1;
    }

    /**
     * Swaps the operands of commutative two-address ops ({@code eors rd, rm}) whose result feeds a
     * phi when the second operand dies there in the phi's register: the result can then take that
     * register too, and the phi needs no move on its edge. Typical of a loop-carried value updated
     * as {@code x = f(x) ^ g(x)}, where today's order leaves the result in f(x)'s register and
     * copies it back on the back edge (which also costs a branch to an out-of-line move block).
     * Returns whether anything was swapped; the allocation must then run again.
     */
    private boolean reorderOperands() {
        boolean changed = false;
        for (Insn i : order) {
            if (!i.op.has(Op.Flags.TWO_ADDR) || !i.op.has(Op.Flags.COMM) || i.args.length != 2
                    || i.arg(0) == i.arg(1) || !needsReg(i)) {
                continue;
            }
            Interval result = intervals.get(i);
            Interval second = intervals.get(i.arg(1));
            if (result == null || second == null || second.end() > pos.get(i) + 2) {
                continue;
            }
            for (Insn phi : phiUsers.getOrDefault(i, List.of())) {
                int want = regOf(phi);
                if (want >= 0 && want != result.reg && want == second.reg) {
                    Insn a = i.args[0];
                    i.args[0] = i.args[1];
                    i.args[1] = a;
                    changed = true;
                    if (trace != null) {
                        trace.println("operands swapped for " + phi + ": " + i);
                    }
                    break;
                }
            }
        }
        return changed;
    }

    // ---- spilling ----------------------------------------------------------------------------------

    private void spill(Insn v) {
        if (v.op == Op.T_MOVI || v.op == Op.T_LDRLIT) {
            rematerialise(v);
            return;
        }
        if (loopReloads.remove(v)) {
            unsplit(v);
            return;
        }
        int slot = slots++;
        if (v.op == Op.PHI) {
            v.loc = Loc.slot(slot);
            splitAtLoops(v);
            return;
        }
        Insn store = f.make(Op.T_SPILL, v.type, v);
        store.loc = Loc.slot(slot);
        store.line = v.line;
        store.block = v.block;
        List<Insn> list = v.block.insns;
        int at = list.indexOf(v) + 1;
        while (at < list.size() && list.get(at).op == Op.PHI) {
            at++;
        }
        list.add(at, store);
        for (Block b : f.blocks) {
            for (Insn u : b.insns) {
                if (u != store) {
                    u.replaceArg(v, store);
                }
            }
        }
        splitAtLoops(store);
    }

    // ---- live-range splitting at loop entries --------------------------------------------------------

    /**
     * Splits the life of a value just spilled to its stack slot ({@code home}: its store, or the
     * phi itself) at the entries of the loops that use it: each innermost loop that uses it and does
     * not contain its definition gets one reload at the end of its preheader, and the loop's uses
     * read that reload. The reload is an ordinary value with a lifetime covering just that loop:
     * where the loop has a register free, the value lives there through the loop and costs one load
     * per entry instead of one per use and iteration; where it has none, the next round spills the
     * reload again ({@link #unsplit}) and the uses go back to loading before each use.
     */
    private void splitAtLoops(Insn home) {
        if (loops == null) {
            loops = Cfg.naturalLoops(f);
        }
        Block def = home.block;
        Map<Cfg.Loop, List<Insn>> users = new HashMap<>();
        for (Block b : f.blocks) {
            Cfg.Loop l = innermostWithout(b, def);
            if (l == null) {
                continue;
            }
            for (Insn u : b.insns) {
                if (u.op != Op.PHI && u != home && uses(u, home)) {
                    users.computeIfAbsent(l, k -> new ArrayList<>()).add(u);
                }
            }
        }
        for (Map.Entry<Cfg.Loop, List<Insn>> e : users.entrySet()) {
            Block pre = preheader(e.getKey());
            if (pre == null || (pre == def && pre.terminator() == home) || !roomIn(e.getKey(), pre)) {
                continue;
            }
            Insn r = f.make(Op.T_RELOAD, home.type == Type.V ? Type.I : home.type, home);
            r.line = home.line;
            pre.addBeforeTerminator(r);
            for (Insn u : e.getValue()) {
                u.replaceArg(home, r);
            }
            loopReloads.add(r);
            if (trace != null) {
                trace.println("split " + home + " at the entry of loop " + e.getKey().header() + ": " + r);
            }
        }
    }

    private static boolean uses(Insn u, Insn v) {
        for (Insn a : u.args) {
            if (a == v) {
                return true;
            }
        }
        return false;
    }

    /**
     * Registers in use at each position in this round's allocation, leaving out the values it
     * spilled: the values that kept a register and the fixed uses of registers (calls).
     */
    private int[] pressure(List<Interval> spilled) {
        int[] delta = new int[2 * order.size() + 4];
        Set<Interval> gone = new HashSet<>(spilled);
        List<Interval> all = new ArrayList<>(intervals.values());
        for (List<Interval> fx : fixed) {
            all.addAll(fx);
        }
        for (Interval iv : all) {
            if (!gone.contains(iv)) {
                iv.forEachRange((from, to) -> {
                    delta[Math.min(from, delta.length - 1)]++;
                    delta[Math.min(to, delta.length - 1)]--;
                });
            }
        }
        for (int p = 1; p < delta.length; p++) {
            delta[p] += delta[p - 1];
        }
        return delta;
    }

    /**
     * Whether one more value fits in a register throughout {@code l} and at the end of its
     * preheader {@code pre} (where the reload goes); if so, counts it as placed there.
     */
    private boolean roomIn(Cfg.Loop l, Block pre) {
        List<int[]> spans = new ArrayList<>();
        for (Block b : f.blocks) {
            if (l.contains(b) || b == pre) {
                int[] sp = span.get(b);
                if (sp == null) {
                    return false; // a block made since numbering
                }
                spans.add(sp);
            }
        }
        for (int[] sp : spans) {
            for (int p = sp[0]; p < sp[1]; p++) {
                if (pressure[p] + 1 > NREGS) {
                    return false;
                }
            }
        }
        for (int[] sp : spans) {
            for (int p = sp[0]; p < sp[1]; p++) {
                pressure[p]++;
            }
        }
        return true;
    }

    /** The innermost natural loop containing {@code b} but not {@code def}, or null. */
    private Cfg.Loop innermostWithout(Block b, Block def) {
        Cfg.Loop best = null;
        for (Cfg.Loop l : loops) {
            if (l.contains(b) && !l.contains(def) && (best == null || best.body().cardinality() > l.body().cardinality())) {
                best = l;
            }
        }
        return best;
    }

    /** The block that alone enters {@code l} and goes nowhere else, or null when there is none. */
    private static Block preheader(Cfg.Loop l) {
        Block pre = null;
        for (Block p : l.header().preds) {
            if (!l.contains(p)) {
                if (pre != null) {
                    return null;
                }
                pre = p;
            }
        }
        return pre != null && pre.succs.size() == 1 && pre.terminator() != null ? pre : null;
    }

    /**
     * Undoes the split of {@code r}, a loop-entry reload that found no register inside its loop:
     * its uses read the stack slot again, each through its own reload.
     */
    private void unsplit(Insn r) {
        Insn home = r.arg(0);
        r.block.insns.remove(r);
        for (Block b : f.blocks) {
            for (Insn u : b.insns) {
                u.replaceArg(r, home);
            }
        }
    }

    // ---- spill-slot sharing ------------------------------------------------------------------------

    private static boolean inSlot(Insn v) {
        return v.hasValue() && v.loc.isSlot();
    }

    /**
     * Gives spilled values whose lifetimes do not overlap the same stack slot, so that a long
     * method's frame grows with the values live at once rather than with all it ever spilled.
     * Spill slots hold SSA values (a T_SPILL store, or a phi kept in memory); two interfere when one
     * is live where the other is defined. A phi in a slot also keeps apart from everything live
     * into its block and from all phi inputs of the block, so the parallel moves that the phi
     * resolver places at the end of each predecessor never write a slot another move still reads.
     */
    private static int shareSlots(Func f) {
        List<Insn> values = new ArrayList<>();
        Map<Insn, Integer> index = new HashMap<>();
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                if (inSlot(i)) {
                    index.put(i, values.size());
                    values.add(i);
                }
            }
        }
        int n = values.size();
        if (n < 2) {
            return -1;
        }
        // live-out sets over slot values, to a fixed point (backwards over the layout order)
        Map<Block, BitSet> liveOut = new HashMap<>();
        Map<Block, BitSet> liveIn = new HashMap<>();
        for (Block b : f.blocks) {
            liveOut.put(b, new BitSet(n));
            liveIn.put(b, new BitSet(n));
        }
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int k = f.blocks.size() - 1; k >= 0; k--) {
                Block b = f.blocks.get(k);
                BitSet out = new BitSet(n);
                for (Block s : b.succs) {
                    out.or(liveIn.get(s));
                    int p = s.preds.indexOf(b);
                    for (Insn phi : s.insns) {
                        if (phi.op == Op.PHI && index.containsKey(phi.arg(p))) {
                            out.set(index.get(phi.arg(p)));
                        }
                    }
                }
                BitSet in = (BitSet) out.clone();
                walkBack(b, in, index, null);
                if (!out.equals(liveOut.get(b)) || !in.equals(liveIn.get(b))) {
                    liveOut.put(b, out);
                    liveIn.put(b, in);
                    changed = true;
                }
            }
        }
        BitSet[] conflicts = new BitSet[n];
        for (int k = 0; k < n; k++) {
            conflicts[k] = new BitSet(n);
        }
        for (Block b : f.blocks) {
            BitSet live = (BitSet) liveOut.get(b).clone();
            walkBack(b, live, index, conflicts);
            BitSet phiSide = (BitSet) live.clone();
            for (Insn phi : b.insns) {
                if (phi.op != Op.PHI) {
                    continue;
                }
                if (index.containsKey(phi)) {
                    phiSide.set(index.get(phi));
                }
                for (Insn a : phi.args) {
                    if (index.containsKey(a)) {
                        phiSide.set(index.get(a));
                    }
                }
            }
            for (Insn phi : b.insns) {
                if (phi.op == Op.PHI && index.containsKey(phi)) {
                    int d = index.get(phi);
                    for (int u = phiSide.nextSetBit(0); u >= 0; u = phiSide.nextSetBit(u + 1)) {
                        if (u != d) {
                            conflicts[d].set(u);
                            conflicts[u].set(d);
                        }
                    }
                }
            }
        }
        int used = 0;
        int[] color = new int[n];
        for (int v = 0; v < n; v++) {
            BitSet taken = new BitSet();
            for (int u = conflicts[v].nextSetBit(0); u >= 0 && u < v; u = conflicts[v].nextSetBit(u + 1)) {
                taken.set(color[u]);
            }
            color[v] = taken.nextClearBit(0);
            used = Math.max(used, color[v] + 1);
        }
        for (int v = 0; v < n; v++) {
            values.get(v).loc = Loc.slot(color[v]);
        }
        return used;
    }

    /**
     * Walks {@code b}'s non-phi instructions backwards from the slot values live after it,
     * leaving in {@code live} those live after its phis; with {@code conflicts}, records that each
     * slot value defined here interferes with what is live across its definition.
     */
    private static void walkBack(Block b, BitSet live, Map<Insn, Integer> index, BitSet[] conflicts) {
        for (int k = b.insns.size() - 1; k >= 0; k--) {
            Insn i = b.insns.get(k);
            if (i.op == Op.PHI) {
                Integer d = index.get(i);
                if (d != null) {
                    live.clear(d);
                }
                continue;
            }
            Integer d = index.get(i);
            if (d != null) {
                if (conflicts != null) {
                    for (int u = live.nextSetBit(0); u >= 0; u = live.nextSetBit(u + 1)) {
                        if (u != d) {
                            conflicts[d].set(u);
                            conflicts[u].set(d);
                        }
                    }
                }
                live.clear(d);
            }
            for (Insn a : i.args) {
                Integer u = index.get(a);
                if (u != null) {
                    live.set(u);
                }
            }
        }
    }

    private void rematerialise(Insn c) {
        for (Block b : f.blocks) {
            for (int k = 0; k < b.insns.size(); k++) {
                Insn u = b.insns.get(k);
                for (int a = 0; a < u.args.length; a++) {
                    if (u.args[a] != c) {
                        continue;
                    }
                    Insn copy = clone(c);
                    if (u.op == Op.PHI) {
                        b.preds.get(a).addBeforeTerminator(copy);
                    } else {
                        copy.block = b;
                        b.insns.add(k, copy);
                        k++;
                    }
                    u.args[a] = copy;
                }
            }
        }
        c.block.insns.remove(c);
    }

    private Insn clone(Insn c) {
        Insn copy = f.make(c.op, c.type);
        copy.aux = c.aux;
        copy.sym = c.sym;
        copy.line = c.line;
        noSpill.add(copy);
        return copy;
    }

    /** Gives every non-phi use of a stack-resident value its own reload just before the use. */
    private void insertReloads() {
        for (Block b : f.blocks) {
            for (int k = 0; k < b.insns.size(); k++) {
                Insn u = b.insns.get(k);
                if (u.op == Op.PHI || u.op == Op.T_SPILL || u.op == Op.T_RELOAD) {
                    continue;
                }
                for (int a = 0; a < u.args.length; a++) {
                    Insn arg = u.args[a];
                    if (arg.hasValue() && arg.loc.isStack()) {
                        Insn r = f.make(Op.T_RELOAD, arg.type == Type.V ? Type.I : arg.type, arg);
                        r.line = u.line;
                        r.block = b;
                        b.insns.add(k, r);
                        k++;
                        noSpill.add(r);
                        u.args[a] = r;
                    }
                }
            }
        }
    }
}
