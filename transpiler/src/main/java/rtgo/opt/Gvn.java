package rtgo.opt;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import rtgo.ir.Block;
import rtgo.ir.Cfg;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Op;

/**
 * Dominator-based value numbering: a pure instruction equal to one that dominates it (same op,
 * type, operands and immediates) is replaced by it, and a check (null, bounds, divisor, class
 * initialisation) dominated by the same check is dropped — it cannot fail where the first one
 * passed. Constants are only shared within a block: sharing them across blocks would keep them
 * alive in registers where re-creating them is as cheap.
 *
 * <p>Requires: generic SSA IR. Keeps: SSA, blocks.
 */
public final class Gvn {
    private final Func f;
    private final Map<Insn, Insn> replaced = new HashMap<>();

    private Gvn(Func f) {
        this.f = f;
    }

    public static void run(Func f) {
        new Gvn(f).walk();
    }

    /** The identity of a value for numbering. */
    private record Key(rtgo.ir.Op op, rtgo.ir.Type type, List<Integer> args, int aux, int aux2, String sym, List<Integer> table) {
        static Key of(Insn i) {
            List<Integer> a = new ArrayList<>(i.args.length);
            for (Insn x : i.args) {
                a.add(x.id);
            }
            if (i.op.has(Op.Flags.COMM) && a.size() == 2 && a.get(0) > a.get(1)) {
                a = List.of(a.get(1), a.get(0));
            }
            // a null check's message does not make it another check: the dominating one reports
            String sym = i.op == Op.NULLCHECK ? null : i.sym;
            List<Integer> table = i.table == null ? null : Arrays.stream(i.table).boxed().toList();
            return new Key(i.op, i.type, a, i.aux, i.aux2, sym, table);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && op == k.op && type == k.type && aux == k.aux && aux2 == k.aux2
                    && args.equals(k.args) && Objects.equals(sym, k.sym) && Objects.equals(table, k.table);
        }

        @Override
        public int hashCode() {
            return Objects.hash(op, type, args, aux, aux2, sym, table);
        }
    }

    private void walk() {
        Block[] idom = Cfg.dominators(f);
        Map<Block, List<Block>> children = new HashMap<>();
        for (Block b : f.blocks) {
            Block d = idom[b.id];
            if (d != null && d != b) {
                children.computeIfAbsent(d, k -> new ArrayList<>()).add(b);
            }
        }
        // Iterative preorder walk with explicit scopes: each frame remembers the keys it added.
        Map<Key, Insn> available = new HashMap<>();
        Deque<Object> stack = new ArrayDeque<>();
        stack.push(f.entry());
        while (!stack.isEmpty()) {
            Object top = stack.pop();
            if (top instanceof List<?> added) {
                for (Object k : added) {
                    available.remove(k);
                }
                continue;
            }
            Block b = (Block) top;
            List<Key> added = new ArrayList<>();
            Map<Key, Insn> local = new HashMap<>();
            for (Insn i : new ArrayList<>(b.insns)) {
                for (int a = 0; a < i.args.length; a++) {
                    Insn r = replaced.get(i.args[a]);
                    if (r != null) {
                        i.args[a] = r;
                    }
                }
                if (i.op == Op.CONST) {
                    Key k = Key.of(i);
                    Insn prev = local.get(k);
                    if (prev != null) {
                        drop(i, prev);
                    } else {
                        local.put(k, i);
                    }
                    continue;
                }
                if (!i.op.isPure() && !i.op.isCheck()) {
                    continue;
                }
                Key k = Key.of(i);
                Insn prev = available.get(k);
                if (prev != null) {
                    drop(i, prev);
                } else if (!(i.op.isCheck() && b.terminator().op == Op.EXCEPT)) {
                    // a check with an exception edge has passed only on the normal path, and the
                    // handler's path may join it again: it makes no later check redundant
                    available.put(k, i);
                    added.add(k);
                }
            }
            stack.push(added);
            for (Block c : children.getOrDefault(b, List.of())) {
                stack.push(c);
            }
        }
        if (!replaced.isEmpty()) {
            for (Block b : f.blocks) {
                for (Insn i : b.insns) {
                    for (int a = 0; a < i.args.length; a++) {
                        Insn r = replaced.get(i.args[a]);
                        while (r != null) {
                            i.args[a] = r;
                            r = replaced.get(r);
                        }
                    }
                }
            }
        }
    }

    private void drop(Insn i, Insn by) {
        i.block.insns.remove(i);
        if (i.hasValue()) {
            replaced.put(i, by);
        }
    }
}
