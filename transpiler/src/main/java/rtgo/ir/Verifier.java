package rtgo.ir;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the structural invariants of a function's IR; tests run it after every pass
 * ({@code --verify-ir} does the same in a real build). It reports every problem it finds, with the
 * offending instruction in text form.
 */
public final class Verifier {
    private final Func f;
    private final List<String> problems = new ArrayList<>();

    private Verifier(Func f) {
        this.f = f;
    }

    /** Throws {@link IllegalStateException} listing every broken invariant, naming {@code after}. */
    public static void verify(Func f, String after) {
        List<String> p = new Verifier(f).run();
        if (!p.isEmpty()) {
            throw new IllegalStateException("IR of " + f.displayName + " is broken after " + after + ":\n  "
                    + String.join("\n  ", p) + "\n" + Printer.print(f));
        }
    }

    private List<String> run() {
        Map<Insn, Integer> position = new HashMap<>();
        BitSet ids = new BitSet();
        for (Block b : f.blocks) {
            checkBlock(b);
            for (int k = 0; k < b.insns.size(); k++) {
                Insn i = b.insns.get(k);
                position.put(i, k);
                if (i.id < 0 || i.id >= f.idLimit() || ids.get(i.id)) {
                    problem(i, "id is not unique or outside 0.." + (f.idLimit() - 1));
                }
                ids.set(i.id);
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        Block[] idom = Cfg.dominators(f);
        for (Block b : f.blocks) {
            if (b != f.entry() && idom[b.id] == null) {
                problems.add(b + " is unreachable");
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        for (Block b : f.blocks) {
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
        return problems;
    }

    private void checkBlock(Block b) {
        if (b.insns.isEmpty()) {
            problems.add(b + " is empty");
            return;
        }
        boolean phis = true;
        for (int k = 0; k < b.insns.size(); k++) {
            Insn i = b.insns.get(k);
            if (i.block != b) {
                problem(i, "is in " + b + " but says it is in " + i.block);
            }
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
