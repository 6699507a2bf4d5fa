package rtgo.opt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rtgo.ir.Block;
import rtgo.ir.Elem;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Op;
import rtgo.ir.Type;

/**
 * Strength reduction of scaled array indexes in counted loops: the accesses {@code a[i + c]} of one
 * array (same element size, same invariant part of the index) share one pointer that starts at the
 * element {@code a[init + cmin]} and advances by {@code step * size} bytes per iteration; each
 * access then addresses {@code [p, #(c - cmin) * size]}. That replaces a shift (and an add for
 * {@code c != 0}) per access with one add per iteration: SHA-256's {@code W[t-16] .. W[t-2]} become
 * four loads at fixed offsets from one register. Scaled indexes {@code a[k * iv + b + c]} get a
 * pointer too, with a constant factor ({@code re[2 * i]}) or a loop-invariant one: a row-major
 * column walk {@code b[k * n + j]} over {@code k} advances by {@code n * 4} bytes, a stride
 * multiplied once before the loop, and the multiply, add and shift per access go.
 *
 * <p>The access keeps its array and index operands (what it means, for value numbering and the
 * memory model) and gains the pointer as an extra operand with the byte offset in {@code aux2}
 * ({@link Op#ALOAD}: array, index, base, pointer; {@link Op#ASTORE}: array, index, value, base,
 * pointer); lowering addresses through the pointer. The pointer's arithmetic is modulo 2^32 like
 * the index's, so it equals the element's address whenever the access runs (the access is in
 * bounds then: its check, or the versioning guard, came first). That holds for a scaled index
 * too: {@code ((k * (iv + step) + b + c) << s) == ((k * iv + b + c) << s) + ((k * step) << s)}
 * modulo 2^32 whatever the values, so no guard against overflow is needed; where a bounds check
 * remains it still tests the index itself, at the same iteration HotSpot would.
 *
 * <p>Design note. The pointer is not a reference the collector can follow (it is not the element
 * base {@code a + 8} the stack maps know as interior), so only loops without calls, allocations or
 * class initialisation get one: no collection can start while such a pointer is live. Loops whose
 * accesses would gain nothing, counted as the shifts and adds saved per iteration minus the
 * pointer's own add, are left alone, and so are immediates out of range (0..124
 * words, 0..62 halfwords, 0..31 bytes). Requires: generic SSA with element bases
 * ({@link ElementAddressing}) hoisted; runs last before dead-code removal.
 */
public final class StrengthReduction {
    /** One access through a shared pointer: the instruction and its constant offset. */
    private record Use(Insn access, int c) {}

    /**
     * Accesses that can share a pointer: same element base, element size, invariant part and
     * factor of the induction variable ({@code scale * factor}, factor null for 1).
     */
    private record Key(Insn base, int shift, Insn var, boolean neg, int scale, Insn factor) {
        boolean scaled() {
            return factor != null || scale != 1;
        }
    }

    private final Func f;

    private StrengthReduction(Func f) {
        this.f = f;
    }

    public static void run(Func f) {
        StrengthReduction r = new StrengthReduction(f);
        CountedLoop.forEach(f, Integer.MAX_VALUE, cl -> {
            if (cl.stepVar == null && callFree(cl)) {
                r.reduce(cl);
            }
            return false; // a new phi and adds, no new blocks
        });
    }

    private static boolean callFree(CountedLoop cl) {
        for (Block b : cl.blocks) {
            for (Insn i : b.insns) {
                if (i.op.has(Op.Flags.CALLS) || i.op.has(Op.Flags.ALLOCATES) || i.op.has(Op.Flags.INVOKES)) {
                    return false;
                }
            }
        }
        return true;
    }

    private void reduce(CountedLoop cl) {
        Map<Key, List<Use>> groups = new LinkedHashMap<>();
        for (Block b : cl.blocks) {
            for (Insn i : b.insns) {
                boolean load = i.op == Op.ALOAD && i.args.length == 3;
                boolean store = i.op == Op.ASTORE && i.args.length == 4;
                if (!load && !store) {
                    continue;
                }
                Elem e = i.elem();
                Insn base = i.arg(load ? 2 : 3);
                if (e.shift > 2 || !cl.invariant(base)) {
                    continue;
                }
                Affine a = Affine.of(cl, i.arg(1));
                if (a == null) {
                    continue;
                }
                groups.computeIfAbsent(new Key(base, e.shift, a.var(), a.neg(), a.scale(), a.factor()),
                                k -> new ArrayList<>())
                        .add(new Use(i, a.c()));
            }
        }
        for (Map.Entry<Key, List<Use>> g : groups.entrySet()) {
            share(cl, g.getKey(), g.getValue());
        }
    }

    /** Gives the accesses of one group a shared pointer when that saves enough. */
    private void share(CountedLoop cl, Key key, List<Use> uses) {
        int cmin = Integer.MAX_VALUE;
        for (Use u : uses) {
            cmin = Math.min(cmin, u.c());
        }
        int width = 4 >> (2 - key.shift());
        int maxOffset = 31 * width; // ldr/str #0..124, ldrh/strh #0..62, ldrb/strb #0..31
        List<Use> fit = new ArrayList<>();
        int saved = 0;
        for (Use u : uses) {
            long off = ((long) u.c() - cmin) << key.shift();
            if (off <= maxOffset) {
                fit.add(u);
                saved += (key.shift() > 0 ? 1 : 0) + (u.access().arg(1) != cl.iv ? 1 : 0);
                if (u.access().elem().signed && key.shift() < 2 && u.access().op == Op.ALOAD) {
                    saved--; // an immediate offset has no sign-extending load: ldrh + sxth
                }
            }
        }
        if (key.scaled()) {
            // A scaled index pays off only when its multiply goes too: when nothing but these
            // accesses uses it (no bounds check, no other array: cos[k * step] and sin[k * step]
            // share one multiply). A variable stride also holds a register through the loop.
            for (Use u : fit) {
                if (!onlyAccessed(u.access().arg(1), fit)) {
                    return;
                }
            }
            // the multiply goes; a variable stride takes a register through the loop in return
            if (key.factor() == null && Math.abs(key.scale()) != 1) {
                saved++;
            }
        }
        if (saved - 1 < 1) {
            return; // the pointer's add per iteration costs one
        }
        // p0 = base + ((init [* factor] [* scale] [+-var] + cmin) << shift), in the block that
        // enters the loop
        Block entry = cl.entry;
        Insn t = cl.init;
        if (key.factor() != null) {
            t = before(entry, Op.MUL, t, key.factor());
        }
        if (key.scale() != 1) {
            t = before(entry, Op.MUL, t, constant(entry, key.scale()));
        }
        if (key.var() != null) {
            t = before(entry, key.neg() ? Op.SUB : Op.ADD, t, key.var());
        }
        if (cmin != 0) {
            t = before(entry, Op.ADD, t, constant(entry, cmin));
        }
        if (key.shift() > 0) {
            t = before(entry, Op.SHL, t, constant(entry, key.shift()));
        }
        Insn start = before(entry, Op.ADD, key.base(), t);
        Insn p = f.make(Op.PHI, Type.I, new Insn[cl.header.preds.size()]);
        p.block = cl.header;
        cl.header.insns.add(0, p);
        // the bytes per iteration, modulo 2^32 like the index arithmetic it replaces
        int bytes = (int) ((long) cl.stepConst * key.scale() << key.shift());
        Insn stride;
        List<Insn> list = cl.next.block.insns;
        int at = list.indexOf(cl.next) + 1;
        if (key.factor() == null) {
            stride = f.make(Op.CONST, Type.I);
            stride.aux = bytes;
            stride.block = cl.next.block;
            list.add(at++, stride);
        } else {
            // a loop-invariant stride (a row-major column walk b[k * n + j]): once, before the loop
            stride = before(entry, Op.MUL, key.factor(), constant(entry, bytes));
        }
        Insn next = f.make(Op.ADD, Type.I, p, stride);
        list.add(at, next);
        next.block = cl.next.block;
        p.args[cl.header.predIndex(cl.entry)] = start;
        p.args[cl.header.predIndex(cl.latch)] = next;
        for (Use u : fit) {
            Insn i = u.access();
            i.appendArg(p);
            i.aux2 = (u.c() - cmin) << key.shift();
        }
    }

    /** Whether {@code index} is used by the accesses {@code fit} only (so it dies once they use the pointer). */
    private boolean onlyAccessed(Insn index, List<Use> fit) {
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                if (fit.stream().anyMatch(u -> u.access() == i)) {
                    continue;
                }
                for (Insn a : i.args) {
                    if (a == index) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private Insn before(Block b, Op op, Insn x, Insn y) {
        Insn i = f.make(op, Type.I, x, y);
        b.addBeforeTerminator(i);
        return i;
    }

    private Insn constant(Block b, int v) {
        Insn c = f.make(Op.CONST, Type.I);
        c.aux = v;
        b.addBeforeTerminator(c);
        return c;
    }
}
