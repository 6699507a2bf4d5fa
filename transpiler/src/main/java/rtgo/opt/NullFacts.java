package rtgo.opt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import rtgo.ir.Block;
import rtgo.ir.Cfg;
import rtgo.ir.Cond;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Op;
import rtgo.ir.Type;

/**
 * Null tests that dominating facts decide. A reference is known non-null in a block when a null
 * check of it dominates the block, when the block is reached only through the non-null edge of a
 * dominating {@code if x != null} (or {@code if x == null}), or when it is a fresh object, array or
 * literal. Then an {@code if x ==/!= null} there has one possible outcome and a null check there
 * cannot fail. Likewise a block reached only through the edge on which a dominating
 * {@code x instanceof C} held: x is not null there, and a {@code checkcast x, C} (javac's cast
 * after the test, {@code if (o instanceof Integer) ((Integer) o)...}) cannot fail, so both go.
 *
 * <p>Design note. The class library's String methods test their receiver themselves
 * ({@code if (self == null) Throw.nullPointer()}), because runtime code calls them directly too;
 * inlined into a loop of user code that has already checked the String once (the call site's
 * check, hoisted), every {@code s.length()} and {@code s.charAt(i)} would test it again and branch
 * around a call that cannot happen. Value numbering shares repeated null checks but does not see
 * through a branch; this pass does, and leaves the folding of the decided branches and of the
 * unreachable throwing paths to {@link Simplify}. Only the test's own class counts (the same name;
 * no subtype reasoning), and only for the tested SSA value: a variable assigned again between test
 * and cast is another value, whose cast stays. A check in a block that ends in an exception edge
 * only speaks for the blocks reached by going on (successor 0), never for the handler, which runs
 * exactly when some instruction of the block threw.
 *
 * <p>Requires: generic SSA, reachable blocks. Keeps: SSA; decided branches and dropped checks are
 * folded by {@link Simplify#run}.
 */
public final class NullFacts {
    private NullFacts() {}

    public static void run(Func f) {
        Cfg.removeUnreachable(f);
        Block[] idom = Cfg.dominators(f);
        // where each value's null checks speak for (the block whose dominance makes it non-null)
        Map<Insn, List<Block>> checkedFrom = new HashMap<>();
        for (Block b : f.blocks) {
            Block from = factBlock(b);
            if (from == null) {
                continue;
            }
            for (Insn i : b.insns) {
                if (i.op == Op.NULLCHECK) {
                    checkedFrom.computeIfAbsent(i.arg(0), k -> new ArrayList<>()).add(from);
                }
            }
        }
        boolean changed = false;
        for (Block b : f.blocks) {
            Insn t = b.terminator();
            Insn x = t == null ? null : testedForNull(t);
            if (x != null && nonNull(x, b, idom, checkedFrom)) {
                // both arguments the same null constant: eq holds, ne does not, so the negated
                // condition takes the edge x != null takes; Simplify folds it
                Insn nul = t.arg(0) == x ? t.arg(1) : t.arg(0);
                t.args = new Insn[] {nul, nul};
                t.aux = t.cond().negate().ordinal();
                changed = true;
            }
        }
        for (Block b : f.blocks) {
            for (Insn i : new ArrayList<>(b.insns)) {
                boolean decided = switch (i.op) {
                    case NULLCHECK -> fresh(i.arg(0)) || nonNullByEdge(i.arg(0), b, idom)
                            || instanceByEdge(i.arg(0), null, b, idom);
                    case CHECKCAST -> instanceByEdge(i.arg(0), i.sym, b, idom);
                    default -> false;
                };
                if (decided) {
                    b.insns.remove(i);
                    changed = true;
                }
            }
        }
        if (changed) {
            Simplify.run(f);
        }
    }

    /** The block from which on a null check in {@code b} holds: b, or for an exception edge its successor 0. */
    private static Block factBlock(Block b) {
        Insn t = b.terminator();
        if (t == null || t.op != Op.EXCEPT) {
            return b;
        }
        Block on = b.succs.get(0);
        return on != b.succs.get(1) && on.preds.size() == 1 ? on : null;
    }

    /** The reference an {@code if x == null} or {@code if x != null} tests, else null. */
    private static Insn testedForNull(Insn t) {
        if (t.op != Op.IF || (t.cond() != Cond.EQ && t.cond() != Cond.NE)) {
            return null;
        }
        Insn a = t.arg(0);
        Insn b = t.arg(1);
        if (isNull(b) && a.type == Type.R && !isNull(a)) {
            return a;
        }
        if (isNull(a) && b.type == Type.R && !isNull(b)) {
            return b;
        }
        return null;
    }

    private static boolean isNull(Insn v) {
        return v.op == Op.CONST && v.type == Type.R && v.aux == 0;
    }

    private static boolean fresh(Insn v) {
        return v.op == Op.NEW || v.op == Op.NEWARRAY || v.op == Op.NEWMULTI || v.op == Op.STRING;
    }

    private static boolean nonNull(Insn x, Block at, Block[] idom, Map<Insn, List<Block>> checkedFrom) {
        if (fresh(x)) {
            return true;
        }
        for (Block from : checkedFrom.getOrDefault(x, List.of())) {
            if (Cfg.dominates(idom, from, at)) {
                return true;
            }
        }
        return nonNullByEdge(x, at, idom);
    }

    /**
     * Whether every path to {@code at} leaves a dominating {@code if (x instanceof C)} by the edge
     * on which it held: of class {@code cls} (the same class name as the test's), or of any class
     * when {@code cls} is null (an instance is never null).
     */
    private static boolean instanceByEdge(Insn x, String cls, Block at, Block[] idom) {
        return enteredBy(at, idom, (p, d) -> {
            Insn t = p.terminator();
            Insn test = t == null ? null : instanceTest(t);
            return test != null && test.arg(0) == x && (cls == null || cls.equals(test.sym)) && edgeHolds(t, p, d);
        });
    }

    /** The instanceof that an {@code if t ==/!= 0} tests (javac's ifeq/ifne after instanceof), else null. */
    private static Insn instanceTest(Insn t) {
        if (t.op != Op.IF || (t.cond() != Cond.EQ && t.cond() != Cond.NE)) {
            return null;
        }
        Insn a = t.arg(0);
        Insn b = t.arg(1);
        if (a.op == Op.INSTANCEOF && isZero(b)) {
            return a;
        }
        return b.op == Op.INSTANCEOF && isZero(a) ? b : null;
    }

    private static boolean isZero(Insn v) {
        return v.op == Op.CONST && v.type == Type.I && v.aux == 0;
    }

    /** Whether every path to {@code at} leaves a dominating null test of {@code x} by its non-null edge. */
    private static boolean nonNullByEdge(Insn x, Block at, Block[] idom) {
        return enteredBy(at, idom, (p, d) -> edgeSaysNonNull(x, p, d));
    }

    /** Whether the edge {@code p -> s} is taken only when {@code x != null}. */
    static boolean edgeSaysNonNull(Insn x, Block p, Block s) {
        Insn t = p.terminator();
        return t != null && testedForNull(t) == x && edgeHolds(t, p, s);
    }

    /** Whether {@code p -> s} is the edge on which the {@code if ==/!=} test {@code t} ending {@code p} says "not equal". */
    private static boolean edgeHolds(Insn t, Block p, Block s) {
        return p.succs.get(0) != p.succs.get(1) && p.succs.get(t.cond() == Cond.NE ? 0 : 1) == s;
    }

    /**
     * Whether some block dominating {@code at} (itself included) has a single predecessor whose
     * edge into it satisfies {@code edge}: then every path to {@code at} took such an edge.
     */
    private static boolean enteredBy(Block at, Block[] idom, BiPredicate<Block, Block> edge) {
        for (Block d = at; ; d = idom[d.id]) {
            if (d.preds.size() == 1 && edge.test(d.preds.get(0), d)) {
                return true;
            }
            Block up = idom[d.id];
            if (up == null || up == d) {
                return false;
            }
        }
    }
}
