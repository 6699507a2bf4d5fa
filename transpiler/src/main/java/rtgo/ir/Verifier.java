package rtgo.ir;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rtgo.vm.abi.SymbolNames;

/**
 * Checks a function's IR against what must hold at its stage; the driver runs it after every pass
 * with {@code --verify-ir}, which every end-to-end test build uses, and the pass tests run it too.
 * It reports every problem it finds, with the offending instruction in text form.
 *
 * <p>What it checks grows with the properties ({@link Prop}) that hold at that point: always ids,
 * block membership, arity, result types, successor counts and mirrored edges; with {@link Prop#SSA}
 * phis first, one terminator last and every use dominated by its definition; with
 * {@link Prop#GENERIC} no Thumb op and the operand kinds of the op table; with {@link Prop#LOWERED}
 * only ops legal after lowering, with immediates in their op's range; with
 * {@link Prop#NO_CRITICAL_EDGES} none; with {@link Prop#ALLOCATED} every value located, fixed
 * registers kept, low registers where the op needs them, late uses in other registers than the
 * result, and no two values live at once in one register or slot, nor in r0-r3 across a call.
 */
public final class Verifier {
    private final Func f;
    private final Set<Prop> props;
    private final List<String> problems = new ArrayList<>();

    private Verifier(Func f, Set<Prop> props) {
        this.f = f;
        this.props = props;
    }

    /**
     * Verifies SSA form with every block reachable (what a parsed or freshly translated function must
     * satisfy). Throws {@link IllegalStateException} listing every problem, naming {@code after}.
     */
    public static void verify(Func f, String after) {
        verify(f, EnumSet.of(Prop.SSA, Prop.REACHABLE), after);
    }

    /** Verifies what {@code props} promise; throws listing every problem, naming the pass {@code after}. */
    public static void verify(Func f, Set<Prop> props, String after) {
        List<String> p = new Verifier(f, props).run();
        if (!p.isEmpty()) {
            throw new IllegalStateException("IR of " + f.displayName + " is broken after " + after + " "
                    + props + ":\n  " + String.join("\n  ", p) + "\n" + Printer.print(f));
        }
    }

    private List<String> run() {
        structure();
        if (!problems.isEmpty() || !props.contains(Prop.SSA)) {
            return problems;
        }
        ssa();
        if (!problems.isEmpty()) {
            return problems;
        }
        stage();
        if (problems.isEmpty() && props.contains(Prop.ALLOCATED)) {
            new Locations(f, problems).check();
        }
        return problems;
    }

    private void structure() {
        BitSet ids = new BitSet();
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                if (i.block != b) {
                    problem(i, "is in " + b + " but says it is in " + i.block);
                }
                if (i.id < 0 || i.id >= f.idLimit() || ids.get(i.id)) {
                    problem(i, "id is not unique or outside 0.." + (f.idLimit() - 1));
                }
                ids.set(i.id);
            }
            for (Block s : b.succs) {
                if (count(s.preds, b) != count(b.succs, s)) {
                    problems.add("edge " + b + " -> " + s + " is not mirrored in the predecessor list");
                }
            }
            for (Block p : b.preds) {
                if (count(p.succs, b) != count(b.preds, p)) {
                    problems.add("edge " + p + " -> " + b + " is not mirrored in the successor list");
                }
            }
        }
    }

    /** Op set, operand kinds, immediates and edges of the stage. */
    private void stage() {
        boolean generic = props.contains(Prop.GENERIC);
        boolean lowered = props.contains(Prop.LOWERED);
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                memory(i);
                if (generic) {
                    if (i.op.isMachine()) {
                        problem(i, "a Thumb op before lowering");
                    }
                    for (int a = 0; a < i.args.length; a++) {
                        Type want = i.op.operand(a);
                        if (want != null && i.args[a].type != want) {
                            problem(i, "argument " + a + " is " + i.args[a].type + ", " + i.op.text() + " takes " + want);
                        }
                    }
                    if ((i.op == Op.PHI || i.op == Op.COPY) && i.type == Type.V) {
                        problem(i, i.op.text() + " without a value");
                    }
                    if (i.op == Op.PHI) {
                        for (Insn a : i.args) {
                            if (a.type != i.type) {
                                problem(i, "phi of type " + i.type + " merges " + a + " of type " + a.type);
                            }
                        }
                    }
                }
                if (lowered) {
                    if (!i.op.legalAfterLowering()) {
                        problem(i, i.op.text() + " is a generic op that lowering should have replaced");
                    }
                    if (i.op.isMachine() && i.op.immMax >= i.op.immMin && i.sym == null && !i.op.immFits(i.aux)) {
                        problem(i, "immediate " + i.aux + " is outside " + i.op.immMin + ".." + i.op.immMax
                                + (i.op.immAlign > 1 ? " in steps of " + i.op.immAlign : ""));
                    }
                }
            }
            if (props.contains(Prop.NO_CRITICAL_EDGES) && b.succs.size() > 1) {
                for (Block s : b.succs) {
                    if (s.preds.size() > 1) {
                        problems.add("critical edge " + b + " -> " + s);
                    }
                }
            }
        }
    }

    /** The named and table operands are what the op table says the op takes. */
    private void operands(Insn i) {
        Op.Sym kind = i.op.sym;
        if (i.sym == null ? kind.required : kind == Op.Sym.NONE) {
            problem(i, i.sym == null ? i.op.text() + " names no " + kind.name().toLowerCase().replace('_', ' ')
                    : i.op.text() + " names nothing, but has @" + Printer.quote(i.sym));
        } else if (i.sym != null) {
            String prefix = switch (kind) {
                case METHOD -> SymbolNames.METHOD_PREFIX;
                case FIELD -> SymbolNames.STATIC_FIELD_PREFIX;
                case INSTANCE_FIELD -> SymbolNames.INSTANCE_FIELD_PREFIX;
                case ARRAY_TYPE -> "[";
                default -> "";
            };
            if (!i.sym.startsWith(prefix)) {
                problem(i, "a " + kind.name().toLowerCase().replace('_', ' ') + " starts with " + prefix);
            }
        }
        if ((i.table != null) != i.op.table) {
            problem(i, i.op.table ? i.op.text() + " has no table" : i.op.text() + " takes no table");
        }
    }

    /** A memory op carries an alias class its op allows; nothing else carries one. */
    private void memory(Insn i) {
        if (!i.op.accessesMemory()) {
            if (i.mem != null) {
                problem(i, i.op.text() + " touches no memory but carries alias class " + i.mem);
            }
            return;
        }
        if (i.mem == null) {
            problem(i, i.op.text() + " accesses memory but carries no alias class");
            return;
        }
        Alias want = Alias.required(i);
        if (want != null && !want.equals(i.mem)) {
            problem(i, "alias class " + i.mem + ", but " + i.op.text() + " accesses " + want);
        }
        boolean volatileOp = i.op.has(Op.Flags.VOLATILE);
        if (volatileOp && i.mem.kind != Alias.Kind.RAW && i.mem.kind != Alias.Kind.ANY) {
            problem(i, "a volatile access with alias class " + i.mem + " (raw or any expected)");
        }
        if (i.op.has(Op.Flags.STORE) && i.mem.immutable()) {
            problem(i, "a store to immutable memory " + i.mem);
        }
    }

    private void ssa() {
        Map<Insn, Integer> position = new HashMap<>();
        for (Block b : f.blocks) {
            checkBlock(b);
            for (int k = 0; k < b.insns.size(); k++) {
                position.put(b.insns.get(k), k);
            }
        }
        if (!problems.isEmpty()) {
            return;
        }
        Block[] idom = Cfg.dominators(f);
        for (Block b : f.blocks) {
            if (b != f.entry() && idom[b.id] == null && props.contains(Prop.REACHABLE)) {
                problems.add(b + " is unreachable");
            }
        }
        if (!problems.isEmpty()) {
            return;
        }
        for (Block b : f.blocks) {
            if (b != f.entry() && idom[b.id] == null) {
                continue; // dominance means nothing in a block no path reaches
            }
            for (Insn i : b.insns) {
                for (int a = 0; a < i.args.length; a++) {
                    Insn arg = i.args[a];
                    if (arg == null || !position.containsKey(arg)) {
                        problem(i, "argument " + a + " is not an instruction of this function");
                        continue;
                    }
                    if (!arg.hasValue()) {
                        problem(i, "argument " + arg + " has no value");
                    }
                    if (i.op == Op.PHI) {
                        Block from = b.preds.get(a);
                        if (from != f.entry() && idom[from.id] == null) {
                            continue; // an edge from a block no path reaches (until "unreachable" drops it)
                        }
                        if (!Cfg.dominates(idom, arg.block, from)) {
                            problem(i, arg + " does not dominate the end of predecessor " + from);
                        }
                    } else if (arg.block == b ? position.get(arg) >= position.get(i)
                            : !Cfg.dominates(idom, arg.block, b)) {
                        problem(i, arg + " does not dominate its use");
                    }
                }
            }
        }
    }

    private void checkBlock(Block b) {
        if (b.insns.isEmpty()) {
            problems.add(b + " is empty");
            return;
        }
        boolean phis = true;
        for (int k = 0; k < b.insns.size(); k++) {
            Insn i = b.insns.get(k);
            if (i.op == Op.PHI) {
                if (!phis) {
                    problem(i, "phi after a non-phi instruction");
                }
                if (i.args.length != b.preds.size()) {
                    problem(i, "phi has " + i.args.length + " arguments for " + b.preds.size() + " predecessors");
                }
            } else {
                phis = false;
            }
            boolean last = k == b.insns.size() - 1;
            if (i.op.isTerminator() != last) {
                problem(i, last ? "block does not end in a terminator" : "terminator before the end of the block");
            }
            operands(i);
            if (i.op.arity >= 0 && i.args.length != i.op.arity) {
                problem(i, "has " + i.args.length + " arguments, " + i.op.text() + " takes " + i.op.arity);
            }
            if (i.op.result != null && i.type != i.op.result) {
                problem(i, "type " + i.type + " but " + i.op.text() + " gives " + i.op.result);
            }
        }
        Insn t = b.terminator();
        if (t != null) {
            int want = t.op.successors(t);
            if (want >= 0 && b.succs.size() != want) {
                problem(t, "has " + b.succs.size() + " successors, expected " + want);
            }
        }
    }

    private static int count(List<Block> list, Block x) {
        int n = 0;
        for (Block y : list) {
            if (y == x) {
                n++;
            }
        }
        return n;
    }

    private void problem(Insn i, String msg) {
        problems.add(i.block + ": " + Printer.insn(i) + "  -- " + msg);
    }
}
