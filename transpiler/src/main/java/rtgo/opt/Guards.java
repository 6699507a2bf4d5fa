package rtgo.opt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rtgo.ir.Block;
import rtgo.ir.Cond;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Op;
import rtgo.ir.Type;

/**
 * The conditions a versioned loop's fast copy needs, built before the loop: a list of unsigned
 * compares {@code x <u y} and of references that must not be null, and the arithmetic that feeds them, all emitted into one guard block.
 * Arithmetic on constants folds, and so does a compare of two constants: a true one disappears, a
 * false one makes the set {@link #impossible()} (the caller then rolls back to the {@link #mark()}).
 * Equal expressions are emitted once. {@link #chain} turns the compares into a chain of branches
 * that reach the fast copy only when all hold.
 */
final class Guards {
    /** A condition the fast copy needs: not {@code x fails y} (HS: {@code x <u y}; EQ: {@code x != y}). */
    private record Compare(Insn x, Insn y, Cond fails) {}

    private final Func f;
    private final Block g;
    private final List<Compare> compares = new ArrayList<>();
    private final Map<String, Insn> emitted = new HashMap<>();
    private boolean impossible;
    private List<Compare> saved = List.of();

    Guards(Func f, Block g) {
        this.f = f;
        this.g = g;
    }

    /** Remembers the compares so far, to roll back to with {@link #reset()}. */
    void mark() {
        impossible = false;
        saved = new ArrayList<>(compares);
    }

    /** Drops the compares made since the mark (their arithmetic stays; dead code removal takes it). */
    void reset() {
        compares.clear();
        compares.addAll(saved);
        impossible = false;
    }

    /** Whether a compare since the last mark folded to false. */
    boolean impossible() {
        return impossible;
    }

    /** Whether no compare is left to run: everything folded to true. */
    boolean none() {
        return compares.isEmpty();
    }

    Insn constant(int v) {
        return emit("c" + v, () -> {
            Insn c = f.make(Op.CONST, Type.I);
            c.aux = v;
            return c;
        });
    }

    Insn add(Insn a0, Insn b0) {
        Insn a = own(a0);
        Insn b = own(b0);
        if (a.isConst() && b.isConst()) {
            return constant(a.aux + b.aux);
        }
        if (b.isConst(0)) {
            return a;
        }
        return emit("add" + a.id + "," + b.id, () -> f.make(Op.ADD, Type.I, a, b));
    }

    Insn sub(Insn a0, Insn b0) {
        Insn a = own(a0);
        Insn b = own(b0);
        if (a.isConst() && b.isConst()) {
            return constant(a.aux - b.aux);
        }
        return emit("sub" + a.id + "," + b.id, () -> f.make(Op.SUB, Type.I, a, b));
    }

    Insn mul(Insn a0, Insn b0) {
        Insn a = own(a0);
        Insn b = own(b0);
        if (a.isConst() && b.isConst()) {
            return constant(a.aux * b.aux);
        }
        return emit("mul" + a.id + "," + b.id, () -> f.make(Op.MUL, Type.I, a, b));
    }

    Insn neg(Insn a0) {
        Insn a = own(a0);
        if (a.isConst()) {
            return constant(-a.aux);
        }
        return emit("neg" + a.id, () -> f.make(Op.NEG, Type.I, a));
    }

    /** Requires {@code x <u y} (unsigned). */
    void below(Insn x0, Insn y0) {
        Insn x = own(x0);
        Insn y = own(y0);
        if (x.isConst() && y.isConst()) {
            if (Integer.compareUnsigned(x.aux, y.aux) >= 0) {
                impossible = true;
            }
            return;
        }
        if (x.isConst() && x.aux >= 0) {
            // constant indexes into one length: the largest covers the others
            for (int k = 0; k < compares.size(); k++) {
                Compare o = compares.get(k);
                if (o.y() == y && o.fails() == Cond.HS && o.x().isConst() && o.x().aux >= 0) {
                    if (o.x().aux < x.aux) {
                        compares.set(k, new Compare(x, y, Cond.HS));
                    }
                    return;
                }
            }
        }
        add(new Compare(x, y, Cond.HS));
    }

    /** Requires the reference {@code r} to be non-null (a null check the fast copy drops). */
    void nonNull(Insn r) {
        add(new Compare(r, emit("null", () -> f.make(Op.CONST, Type.R)), Cond.EQ));
    }

    private void add(Compare c) {
        if (!compares.contains(c)) {
            compares.add(c);
        }
    }

    /**
     * Ends the guard block with the compares as a chain of branches: each failing one goes to
     * {@code slow}, the last passing one to {@code fast}. Links every edge it makes.
     */
    void chain(Block slow, Block fast) {
        Block cur = g;
        for (int k = 0; k < compares.size(); k++) {
            Compare c = compares.get(k);
            Block pass = k == compares.size() - 1 ? fast : f.newBlock();
            // the failing edge first: reverse postorder then places the fast copy before the slow one
            Insn t = f.make(Op.IF, Type.V, c.x(), c.y());
            t.aux = c.fails().ordinal();
            t.block = cur;
            cur.insns.add(t);
            Func.link(cur, slow);
            Func.link(cur, pass);
            cur = pass;
        }
    }

    /** A constant as one of the guard block's own (the loop's constants do not dominate it). */
    private Insn own(Insn v) {
        return v.isConst() && v.block != g ? constant(v.aux) : v;
    }

    private Insn emit(String key, java.util.function.Supplier<Insn> make) {
        return emitted.computeIfAbsent(key, k -> {
            Insn i = make.get();
            i.block = g;
            g.insns.add(i);
            return i;
        });
    }
}
