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
import rtgo.ir.Elem;
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
 * <p>Loads, given the program's {@link MemoryEffects}: a load of a static field, an instance field
 * of the same object or an element of the same array at the same index is replaced by a
 * dominating load of it, or by the value a dominating store wrote there (int-sized and reference
 * cells only: a narrow store truncates), when nothing on any path in between may write its alias
 * class — no store, no call whose summary writes it, no class initialiser, no volatile access, raw
 * access or CPU barrier (those write everything). The memory a block starts with is its immediate
 * dominator's at its end, less what any block on a path from the dominator to it may write.
 * Loads of what an interrupt handler may write, and volatile loads, are never replaced (see
 * {@link MemoryEffects}). A replaced load throws nothing: its null and bounds checks stay where
 * they were (and the dominating access had the same ones). Loads of a frozen field (a final
 * field after construction, {@link FinalFields}) are shared across anything.
 *
 * <p>Requires: generic SSA IR. Keeps: SSA, blocks.
 */
public final class Gvn {
    private final Func f;
    /** The program's memory effects, or null: then loads are not numbered. */
    private final MemoryEffects fx;
    private final Map<Insn, Insn> replaced = new HashMap<>();

    private Gvn(Func f, MemoryEffects fx) {
        this.f = f;
        this.fx = fx;
    }

    public static void run(Func f) {
        new Gvn(f, null).walk();
    }

    /** Value numbering with loads too, given the program's memory effects (null: without loads). */
    public static void run(Func f, MemoryEffects fx) {
        new Gvn(f, fx).walk();
    }

    /** The cell a load reads or a store writes: op of the load, object or array and index, field, width. */
    record Cell(Op load, List<Integer> args, String sym, int aux, int aux2, rtgo.ir.Alias mem) {
        /** The cell of load or store {@code i}, or null when it is no field or element access. */
        static Cell of(Insn i) {
            Op load = switch (i.op) {
                case GETSTATIC, PUTSTATIC -> Op.GETSTATIC;
                case GETFIELD, PUTFIELD -> Op.GETFIELD;
                case ALOAD, ASTORE -> Op.ALOAD;
                default -> null;
            };
            if (load == null || i.mem == null) {
                return null;
            }
            int n = switch (load) {
                case GETSTATIC -> 0;
                case GETFIELD -> 1;
                default -> 2;
            };
            List<Integer> a = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                a.add(i.args[k].id);
            }
            return new Cell(load, a, i.sym, i.aux, i.aux2, i.mem);
        }

        /** Whether a load of the cell gives back exactly the value stored (no narrowing). */
        boolean fullWidth() {
            Elem e = Elem.values()[aux];
            return e == Elem.I || e == Elem.F || e == Elem.R;
        }
    }

    /** Whether the memory of {@code i} (a load or store) may be numbered at all. */
    private boolean numbered(Insn i) {
        return fx != null && i.mem.kind != rtgo.ir.Alias.Kind.VOLATILE && !fx.asyncWrites(i.mem);
    }

    private void kill(Map<Cell, Insn> mem, MemoryEffects.Writes w) {
        if (!w.isEmpty()) {
            mem.keySet().removeIf(c -> fx.mayChange(w, c.mem()));
        }
    }

    /** What the blocks on paths from {@code d} (its dominator, excluded) to {@code b}'s start may write. */
    private MemoryEffects.Writes onPaths(Block d, Block b, Map<Block, MemoryEffects.Writes> writes) {
        MemoryEffects.Writes w = new MemoryEffects.Writes();
        if (b.preds.size() == 1 && b.preds.get(0) == d) {
            return w;
        }
        java.util.BitSet seen = new java.util.BitSet();
        Deque<Block> work = new ArrayDeque<>(b.preds);
        while (!work.isEmpty()) {
            Block x = work.pop();
            if (x == d || seen.get(x.id)) {
                continue;
            }
            seen.set(x.id);
            w.add(writes.get(x));
            work.addAll(x.preds);
        }
        return w;
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
        Map<Block, MemoryEffects.Writes> writes = new HashMap<>();
        if (fx != null) {
            for (Block b : f.blocks) {
                MemoryEffects.Writes w = new MemoryEffects.Writes();
                for (Insn i : b.insns) {
                    w.add(fx.of(i));
                }
                writes.put(b, w);
            }
        }
        Map<Block, Map<Cell, Insn>> memAtEnd = new HashMap<>();
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
            Block d = idom[b.id];
            Map<Cell, Insn> mem = new HashMap<>(d == null || d == b ? Map.of() : memAtEnd.get(d));
            if (fx != null && d != null && d != b) {
                kill(mem, onPaths(d, b, writes));
            }
            for (Insn i : new ArrayList<>(b.insns)) {
                for (int a = 0; a < i.args.length; a++) {
                    Insn r = replaced.get(i.args[a]);
                    if (r != null) {
                        i.args[a] = r;
                    }
                }
                Cell cell = fx == null ? null : Cell.of(i);
                if (cell != null && i.op.has(Op.Flags.LOAD)) {
                    if (numbered(i)) {
                        Insn prev = mem.get(cell);
                        if (prev != null && prev.type == i.type) {
                            drop(i, prev);
                        } else {
                            mem.put(cell, i);
                        }
                    }
                    continue;
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
                    if (fx != null) {
                        kill(mem, fx.of(i));
                        if (cell != null && numbered(i) && cell.fullWidth()) {
                            mem.put(cell, i.args[i.op == Op.ASTORE ? 2 : i.op == Op.PUTFIELD ? 1 : 0]);
                        }
                    }
                    continue;
                }
                Key k = Key.of(i);
                Insn prev = available.get(k);
                if (prev != null) {
                    drop(i, prev);
                    continue;
                }
                if (fx != null) {
                    kill(mem, fx.of(i)); // a class-initialisation check that stays runs initialisers
                }
                if (!(i.op.isCheck() && b.terminator().op == Op.EXCEPT)) {
                    // a check with an exception edge has passed only on the normal path, and the
                    // handler's path may join it again: it makes no later check redundant
                    available.put(k, i);
                    added.add(k);
                }
            }
            memAtEnd.put(b, mem);
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
