package rtgo.driver;

import static rtgo.ir.Prop.ALLOCATED;
import static rtgo.ir.Prop.BLOCKS;
import static rtgo.ir.Prop.GENERIC;
import static rtgo.ir.Prop.LAID_OUT;
import static rtgo.ir.Prop.LOOP_DEPTH;
import static rtgo.ir.Prop.LOWERED;
import static rtgo.ir.Prop.MOVES;
import static rtgo.ir.Prop.NO_CRITICAL_EDGES;
import static rtgo.ir.Prop.REACHABLE;
import static rtgo.ir.Prop.SSA;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import rtgo.frontend.BlockDiscovery;
import rtgo.frontend.FrontendPasses;
import rtgo.frontend.LoopPeeling;
import rtgo.frontend.LoopRotation;
import rtgo.frontend.SsaTranslation;
import rtgo.ir.Cfg;
import rtgo.ir.Pass;
import rtgo.ir.Prop;
import rtgo.ir.Unit;
import rtgo.sym.ProgramSymbols;
import rtgo.lower.Lowering;
import rtgo.lower.StringTable;
import rtgo.opt.BoundsCheckElim;
import rtgo.opt.BranchThreading;
import rtgo.opt.Cleanup;
import rtgo.opt.ElementAddressing;
import rtgo.opt.FillLoops;
import rtgo.opt.Gvn;
import rtgo.opt.Licm;
import rtgo.opt.LoopUnrolling;
import rtgo.opt.LoopVersioning;
import rtgo.opt.MemoryEffects;
import rtgo.opt.NullFacts;
import rtgo.opt.ScalarPromotion;
import rtgo.opt.ShiftAmounts;
import rtgo.opt.Simplify;
import rtgo.opt.StaticFacts;
import rtgo.opt.StrengthReduction;
import rtgo.thumb.BlockLayout;
import rtgo.thumb.HighSpill;
import rtgo.thumb.Peephole;
import rtgo.thumb.PhiResolver;
import rtgo.thumb.RegAlloc;

/**
 * Every pass the compiler runs on a method, in the order it runs them, with what each requires of
 * the IR and what it establishes or destroys ({@link Prop}). This file is the pipeline: the driver
 * runs {@link #ALL} and nothing else, {@code --dump-ir=<name>} and {@code --verify-ir} use these
 * names, and so do the golden tests. The order is checked when the class loads ({@link #check}): a
 * pass whose requirement no earlier pass establishes, or a later pass destroyed, is an error here
 * rather than a miscompilation somewhere else.
 *
 * <p>A pass keeps every property it does not list as destroyed. The front-end passes (up to
 * {@link #FRONTEND_END}) run inside {@link rtgo.frontend.Program}'s worklist as it discovers
 * methods; the rest run per method afterwards.
 */
public final class Passes {
    /**
     * One registered pass.
     *
     * @param name     its name for {@code --dump-ir} and the golden tests
     * @param what     one line for {@code rtgo build --help} and the docs
     * @param requires properties that must hold before it runs
     * @param produces properties that hold after it
     * @param destroys properties that no longer hold after it
     */
    public record Entry(String name, String what, Pass pass, Set<Prop> requires, Set<Prop> produces,
                        Set<Prop> destroys) {
        Entry needs(Prop... p) {
            return new Entry(name, what, pass, set(p), produces, destroys);
        }

        Entry makes(Prop... p) {
            return new Entry(name, what, pass, requires, set(p), destroys);
        }

        Entry breaks(Prop... p) {
            return new Entry(name, what, pass, requires, produces, set(p));
        }
    }

    /** The last front-end pass: {@link #frontend()} ends here, {@link #backend()} starts after it. */
    public static final String FRONTEND_END = "unreachable";

    public static final List<Entry> ALL = check(List.of(
            // ---- front end: bytecode to SSA, per method as the closed world grows -----------------
            pass("blocks", "basic blocks and the control-flow graph of the bytecode", BlockDiscovery::run)
                    .makes(BLOCKS),
            pass("rotate", "loops tested at the bottom, entered through a guard", LoopRotation::run)
                    .needs(BLOCKS),
            pass("peel", "first iteration peeled off small loops that access arrays or statics", LoopPeeling::run)
                    .needs(BLOCKS),
            pass("ssa", "bytecode to generic SSA instructions", SsaTranslation::run)
                    .needs(BLOCKS).makes(SSA, GENERIC).breaks(BLOCKS),
            pass("unreachable", "blocks no path reaches are removed", FrontendPasses::removeUnreachable)
                    .needs(SSA).makes(REACHABLE),
            // ---- optimiser: generic SSA to generic SSA ---------------------------------------------
            pass("facts", "statics written once by their initialiser, and frozen instance fields: constants, non-null, lengths", u -> StaticFacts.run(u.f, u.find(StaticFacts.class)))
                    .needs(SSA, GENERIC, REACHABLE),
            pass("unroll", "small loops with a constant trip count laid out once per iteration", u -> LoopUnrolling.run(u.f))
                    .needs(SSA, GENERIC, REACHABLE),
            pass("shift-amounts", "variable shift amounts masked to 0..31 as a value code motion can hoist", u -> ShiftAmounts.run(u.f))
                    .needs(SSA, GENERIC, REACHABLE),
            pass("simplify", "constant folding and algebraic identities", u -> Simplify.run(u.f))
                    .needs(SSA, GENERIC, REACHABLE),
            pass("nullfacts", "null tests and checks that dominating checks and tests decide", u -> NullFacts.run(u.f))
                    .needs(SSA, GENERIC, REACHABLE),
            pass("thread", "branches on a phi of constants taken straight from each predecessor", u -> BranchThreading.run(u.f))
                    .needs(SSA, GENERIC, REACHABLE),
            pass("gvn", "global value numbering, repeated checks included", u -> Gvn.run(u.f, u.find(MemoryEffects.class)))
                    .needs(SSA, GENERIC, REACHABLE),
            pass("licm", "loop-invariant values and checks to the preheader", u -> Licm.run(u.f, u.find(MemoryEffects.class), u.find(StaticFacts.class)))
                    .needs(SSA, GENERIC, REACHABLE),
            pass("gvn-licm", "value numbering of what code motion brought together", u -> Gvn.run(u.f, u.find(MemoryEffects.class)))
                    .needs(SSA, GENERIC, REACHABLE),
            pass("bce", "bounds checks that induction ranges prove are dropped", u -> BoundsCheckElim.run(u.f))
                    .needs(SSA, GENERIC, REACHABLE),
            pass("version", "counted loops get a check-free copy behind a range guard", u -> LoopVersioning.run(u.f))
                    .needs(SSA, GENERIC, REACHABLE),
            pass("fill", "check-free loops storing one value into consecutive elements become a block fill", u -> FillLoops.run(u.f, fillMethod(u.find(ProgramSymbols.class))))
                    .needs(SSA, GENERIC, REACHABLE),
            pass("promote", "int fields a check-free loop reads and writes live in registers, stored back on exit", u -> ScalarPromotion.run(u.f, u.find(MemoryEffects.class), u.find(StaticFacts.class)))
                    .needs(SSA, GENERIC, REACHABLE),
            pass("elembase", "array element addresses as base plus scaled index", u -> ElementAddressing.run(u.f))
                    .needs(SSA, GENERIC, REACHABLE),
            pass("licm-elembase", "invariant element bases to the preheader", u -> Licm.run(u.f, u.find(MemoryEffects.class), u.find(StaticFacts.class)))
                    .needs(SSA, GENERIC, REACHABLE),
            pass("gvn-elembase", "value numbering of element bases", u -> Gvn.run(u.f, u.find(MemoryEffects.class)))
                    .needs(SSA, GENERIC, REACHABLE),
            pass("strength", "scaled indexes in counted loops become pointers with immediate offsets", u -> StrengthReduction.run(u.f))
                    .needs(SSA, GENERIC, REACHABLE),
            pass("dce", "dead values, unused memory reads included", u -> Cleanup.removeDead(u.f, true))
                    .needs(SSA, GENERIC),
            // ---- instruction selection: generic ops to Thumb ops -----------------------------------
            pass("switch-lowering", "switches to compare chains and Thumb jump tables", u -> Lowering.lowerSwitches(u.f))
                    .needs(SSA, GENERIC).breaks(GENERIC),
            pass("lower", "generic ops to Thumb ops, immediates folded", u -> Lowering.run(u.f, u.get(StringTable.class), u.find(ProgramSymbols.class),
                    u.find(rtgo.lower.OnceAllocation.class), storeFits(u.find(StaticFacts.class))))
                    .needs(SSA),
            pass("lower-dce", "constants folded into immediates are removed", u -> Cleanup.removeDead(u.f))
                    .needs(SSA),
            pass("constants", "remaining constants become moves or literal loads", u -> Lowering.materialiseConstants(u.f))
                    .needs(SSA).makes(LOWERED),
            pass("peephole", "redundant extensions, x & ~y as bics, -(x & 1) as a shift pair", u -> Peephole.run(u.f))
                    .needs(SSA, LOWERED),
            // ---- register allocation ---------------------------------------------------------------
            pass("split-critical-edges", "an empty block on each critical edge, for phi moves", u -> Cfg.splitCriticalEdges(u.f))
                    .needs(LOWERED).makes(NO_CRITICAL_EDGES),
            pass("block-layout", "the blocks in emission order", u -> BlockLayout.run(u.f))
                    .needs(REACHABLE).makes(LAID_OUT),
            pass("loops", "loop depth of every block, for spill weights", u -> Cfg.loops(u.f))
                    .needs(REACHABLE).makes(LOOP_DEPTH),
            pass("regalloc", "linear scan on SSA: registers r0-r7, spills, reloads, spilled values split at loop entries", RegAlloc::run)
                    .needs(SSA, LOWERED, NO_CRITICAL_EDGES, LAID_OUT, LOOP_DEPTH).makes(ALLOCATED),
            pass("share-slots", "spill slots shared by values never live together", RegAlloc::shareSlots)
                    .needs(ALLOCATED),
            pass("phi-resolve", "phis to ordered parallel moves on incoming edges", PhiResolver::run)
                    .needs(ALLOCATED, NO_CRITICAL_EDGES).makes(MOVES),
            pass("high-spill", "the busiest spill slots to r8-r11", HighSpill::run)
                    .needs(MOVES, LOOP_DEPTH)));

    private Passes() {}

    /** The front-end passes, which {@link rtgo.frontend.Program} runs as it translates each method. */
    public static List<Entry> frontend() {
        return ALL.subList(0, indexOf(FRONTEND_END) + 1);
    }

    /** The passes after the front end, which the driver runs on each translated method. */
    public static List<Entry> backend() {
        return ALL.subList(indexOf(FRONTEND_END) + 1, ALL.size());
    }

    public static List<String> names() {
        return ALL.stream().map(Entry::name).toList();
    }

    /** The pass called {@code name}; throws if there is none. */
    public static Entry named(String name) {
        return ALL.get(indexOf(name));
    }

    /** The passes from {@code first} to {@code last}, both included, in pipeline order. */
    public static List<Entry> range(String first, String last) {
        return ALL.subList(indexOf(first), indexOf(last) + 1);
    }

    /** Runs the passes from {@code first} to {@code last} on {@code u} (tests drive the pipeline so). */
    public static void run(Unit u, String first, String last) {
        for (Entry e : range(first, last)) {
            e.pass().run(u);
        }
    }

    /** The properties that hold after the pass called {@code name}, when the list runs in order. */
    public static Set<Prop> after(String name) {
        return before(indexOf(name) + 1);
    }

    /** The properties that hold before the pass at {@code index} runs (after those before it). */
    public static Set<Prop> before(int index) {
        Set<Prop> props = EnumSet.noneOf(Prop.class);
        for (Entry e : ALL.subList(0, index)) {
            props.removeAll(e.destroys());
            props.addAll(e.produces());
        }
        return props;
    }

    private static int indexOf(String name) {
        for (int k = 0; k < ALL.size(); k++) {
            if (ALL.get(k).name().equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("no pass is called " + name + "; the passes are " + names());
    }

    /** The block fill's symbol when the build has it (rtgo.opt.FillLoops calls it), else null. */
    private static String fillMethod(ProgramSymbols program) {
        String fill = rtgo.sym.RuntimeSymbols.symbol(rtgo.sym.RuntimeSymbols.FILL);
        return program != null && program.hasMethod(fill) ? fill : null;
    }

    /** The aastore checks the whole-program facts say cannot fail (none without them). */
    private static java.util.function.Predicate<rtgo.ir.Insn> storeFits(StaticFacts facts) {
        return facts == null ? check -> false : facts::storeFits;
    }

    private static Entry pass(String name, String what, Pass pass) {
        return new Entry(name, what, pass, Set.of(), Set.of(), Set.of());
    }

    private static Set<Prop> set(Prop... p) {
        Set<Prop> s = EnumSet.noneOf(Prop.class);
        s.addAll(List.of(p));
        return Set.copyOf(s);
    }

    /**
     * Checks a pass list: names are unique and not "all", and each pass's requirements hold when it
     * runs, given what the passes before it establish and destroy. Returns the list.
     */
    static List<Entry> check(List<Entry> list) {
        Set<String> seen = new HashSet<>();
        Set<Prop> props = EnumSet.noneOf(Prop.class);
        List<String> errors = new ArrayList<>();
        for (Entry e : list) {
            if (!seen.add(e.name()) || e.name().equals("all")) {
                errors.add("pass name " + e.name() + " is used twice or reserved");
            }
            for (Prop p : e.requires()) {
                if (!props.contains(p)) {
                    errors.add(e.name() + " requires " + p + ", which no pass before it establishes"
                            + " (or one in between destroys)");
                }
            }
            props.removeAll(e.destroys());
            props.addAll(e.produces());
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the pass list is out of order:\n  " + String.join("\n  ", errors));
        }
        return List.copyOf(list);
    }
}
