package rtgo.opt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rtgo.ir.Alias;
import rtgo.ir.Block;
import rtgo.ir.Cfg;
import rtgo.ir.Cfg.Loop;
import rtgo.ir.Elem;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Op;
import rtgo.ir.Type;

/**
 * Scalar (register) promotion of fields in loops: an int static field, or an int field of one
 * loop-invariant object, that a loop reads and writes is loaded once in the preheader, carried
 * through the loop as an SSA value (phis where paths meet) and stored back on every edge that
 * leaves the loop. {@code crc = (crc >>> 8) ^ T[(crc ^ b) & 0xff]} inside a byte loop becomes
 * register arithmetic; a counter behind a setter in a loop becomes an induction value.
 *
 * <p>Design note. The rule, all of which must hold for a loop and a field (outermost loops first,
 * so a field promoted in an outer loop is promoted in its inner loops too):
 * <ul>
 *   <li><b>Nothing in the loop can throw or run other code</b>: no instruction with a check, a
 *       call, a class-initialisation check, an allocation or an exception edge, and none whose
 *       {@link MemoryEffects} are "everything" (volatile accesses, memory-ordering CPU
 *       instructions). So no handler, caller or uncaught-exception trace can observe the field in
 *       the middle of the loop, and no callee can read or write it: exceptions stay precise
 *       without storing back on exceptional paths. Loops whose checks range analysis removes, and
 *       the check-free copy {@link LoopVersioning} makes, qualify; that is why this pass runs after
 *       both.</li>
 *   <li><b>Only the promoted accesses touch the field</b>: every other load or store in the loop
 *       has an alias class that cannot alias it (a field of another object, or raw memory, is a
 *       reason to leave the field alone), and no interrupt handler writes it
 *       ({@link MemoryEffects#asyncWrites}). A plain field may be read by another thread at any
 *       moment without synchronisation, which the Java memory model lets see an older value, as
 *       HotSpot's register promotion does; a volatile field is never promoted.</li>
 *   <li><b>No store is introduced</b>: on every edge that leaves the loop, every path from the
 *       loop's header in the current iteration has stored the field, so the store put on that edge
 *       repeats what the program just did rather than writing on a path that did not write.</li>
 *   <li>Only {@code int} fields ({@link Elem#I}, not a word of a long: the other word's accesses
 *       alias it): a narrow field's store truncates, so a promoted value would have to be
 *       narrowed again. For an instance field, the object is
 *       defined outside the loop, every access of that field in the loop is on that same value, and
 *       the object is known non-null on entry (an allocation, a null check or a branch on
 *       {@code r == null} on the way, such as {@link LoopVersioning}'s guard), or each latch is
 *       dominated by an access: with the store on each exit path, the loop then touches the
 *       object before it either exits or repeats, and (having no checks) only because the object
 *       is known non-null. So the preheader's load cannot fault.</li>
 * </ul>
 * Requires: generic SSA IR after loop rotation and bounds-check elimination. Keeps: SSA.
 */
public final class ScalarPromotion {
    /** A promotable cell: a static field ({@code object} null) or an instance field of {@code object}. */
    private record Cell(String sym, int word, Insn object) {
        /**
         * Whether {@code i} accesses this cell. A long field is two int words of one symbol
         * ({@code aux2}: the word's offset); a word is a cell of its own, and the other word's
         * accesses then count as aliasing ones, so a long field is never promoted.
         */
        boolean accessedBy(Insn i) {
            if (!sym.equals(i.sym) || i.aux2 != word) {
                return false;
            }
            if (object == null) {
                return i.op == Op.GETSTATIC || i.op == Op.PUTSTATIC;
            }
            return (i.op == Op.GETFIELD || i.op == Op.PUTFIELD) && i.arg(0) == object;
        }
    }

    private final Func f;
    private final MemoryEffects fx;
    /** The program's field facts (a static final holding a new object is never null), or null. */
    private final StaticFacts facts;

    private ScalarPromotion(Func f, MemoryEffects fx, StaticFacts facts) {
        this.f = f;
        this.fx = fx;
        this.facts = facts;
    }

    /** Promotes what it can in {@code f}, given the program's memory effects (null: nothing). */
    public static void run(Func f, MemoryEffects fx) {
        run(f, fx, null);
    }

    /**
     * Promotes what it can in {@code f}, given the program's memory effects (null: nothing) and
     * field facts (null: none).
     */
    public static void run(Func f, MemoryEffects fx, StaticFacts facts) {
        if (fx == null) {
            return;
        }
        ScalarPromotion p = new ScalarPromotion(f, fx, facts);
        boolean any = false;
        while (p.promoteOne()) {
            any = true;
        }
        if (any) {
            Simplify.run(f); // phis that turned out to carry one value
        }
    }

    /** Promotes one cell in one loop; false when there is nothing (more) to promote. */
    private boolean promoteOne() {
        List<Loop> loops = Cfg.naturalLoops(f);
        loops.sort((a, b) -> Integer.compare(b.body().cardinality(), a.body().cardinality()));
        Block[] idom = Cfg.dominators(f);
        List<Block> rpo = Cfg.reversePostorder(f);
        for (Loop l : loops) {
            List<Block> body = new ArrayList<>();
            for (Block b : rpo) {
                if (l.contains(b)) {
                    body.add(b);
                }
            }
            if (!quiet(body)) {
                continue;
            }
            for (Cell c : candidates(l, body)) {
                if (promotable(c, l, body, idom)) {
                    promote(c, l, body);
                    return true;
                }
            }
        }
        return false;
    }

    /** Nothing in the loop throws, calls, allocates or orders memory (see the design note). */
    private boolean quiet(List<Block> body) {
        for (Block b : body) {
            for (Insn i : b.insns) {
                if (i.op.has(Op.Flags.THROWS) || i.op.has(Op.Flags.CALLS) || i.op.has(Op.Flags.INVOKES)
                        || i.op.has(Op.Flags.ALLOCATES) || i.op == Op.EXCEPT || fx.of(i).all) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The int fields the loop stores to, statics and fields of invariant objects. */
    private static Set<Cell> candidates(Loop l, List<Block> body) {
        Set<Cell> out = new LinkedHashSet<>();
        for (Block b : body) {
            for (Insn i : b.insns) {
                if (i.mem == null || i.aux != Elem.I.ordinal()) {
                    continue;
                }
                if (i.op == Op.PUTSTATIC && i.mem.kind == Alias.Kind.STATIC && i.arg(0).type == Type.I) {
                    out.add(new Cell(i.sym, i.aux2, null));
                } else if (i.op == Op.PUTFIELD && i.mem.kind == Alias.Kind.FIELD && i.arg(1).type == Type.I
                        && !l.contains(i.arg(0).block)) {
                    out.add(new Cell(i.sym, i.aux2, i.arg(0)));
                }
            }
        }
        return out;
    }

    private boolean promotable(Cell c, Loop l, List<Block> body, Block[] idom) {
        Alias alias = c.object == null ? Alias.staticField(c.sym) : Alias.instanceField(c.sym);
        if (fx.asyncWrites(alias)) {
            return false;
        }
        List<Block> accessBlocks = new ArrayList<>();
        Map<Block, Boolean> stores = new HashMap<>();
        for (Block b : body) {
            for (Insn i : b.insns) {
                if (c.accessedBy(i)) {
                    if (i.aux != Elem.I.ordinal() || i.mem.kind != alias.kind || (i.hasValue() && i.type != Type.I)) {
                        return false;
                    }
                    accessBlocks.add(b);
                    if (i.op == Op.PUTSTATIC || i.op == Op.PUTFIELD) {
                        stores.put(b, true);
                    }
                } else if (i.mem != null && i.mem.mayAlias(alias)) {
                    return false; // another access that may touch the same memory
                }
            }
        }
        // stored on every path from the header to each exit edge, in the current iteration
        Map<Block, Boolean> stored = new HashMap<>();
        for (Block b : body) {
            stored.put(b, true);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Block b : body) {
                boolean in = b != l.header();
                if (in) {
                    for (Block p : b.preds) {
                        in &= stored.getOrDefault(p, false);
                    }
                }
                boolean out = in || stores.containsKey(b);
                if (out != stored.get(b)) {
                    stored.put(b, out);
                    changed = true;
                }
            }
        }
        for (Block b : body) {
            for (Block s : b.succs) {
                if (!l.contains(s) && !stored.get(b)) {
                    return false;
                }
            }
        }
        if (c.object != null && !nonNullOnEntry(c.object, l, idom)) {
            for (Block latch : l.header().preds) {
                if (l.contains(latch) && accessBlocks.stream().noneMatch(a -> Cfg.dominates(idom, a, latch))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether {@code r} is non-null on every edge into the loop: an allocation, or a passed null
     * check or a branch on {@code r == null} on the way (a versioning guard is one), or a value
     * the facts say is never null ({@link StaticFacts#nonNull}).
     */
    private boolean nonNullOnEntry(Insn r, Loop l, Block[] idom) {
        if (StaticFacts.nonNull(f, r, facts)) {
            return true;
        }
        for (Block p : l.header().preds) {
            if (!l.contains(p) && !nonNullAt(r, p, l.header(), idom)) {
                return false;
            }
        }
        return true;
    }

    private static boolean nonNullAt(Insn r, Block from, Block into, Block[] idom) {
        if (NullFacts.edgeSaysNonNull(r, from, into)) {
            return true;
        }
        for (Block d = from; d != null; d = idom[d.id] == d ? null : idom[d.id]) {
            for (Insn i : d.insns) {
                if (i.op == Op.NULLCHECK && i.arg(0) == r && d.terminator().op != Op.EXCEPT) {
                    return true;
                }
            }
            if (d.preds.size() == 1 && NullFacts.edgeSaysNonNull(r, d.preds.get(0), d)) {
                return true;
            }
        }
        return false;
    }

    /** Loads {@code c} in the preheader, renames its accesses in the loop, stores it on the exits. */
    private void promote(Cell c, Loop l, List<Block> body) {
        Insn template = null;
        for (Block b : body) {
            for (Insn i : b.insns) {
                if (template == null && c.accessedBy(i)) {
                    template = i;
                }
            }
        }
        Block pre = Licm.preheader(f, l);
        boolean isStatic = c.object == null;
        Insn initial = access(template, isStatic ? Op.GETSTATIC : Op.GETFIELD, Type.I,
                isStatic ? new Insn[0] : new Insn[] {c.object});
        pre.addBeforeTerminator(initial);
        Map<Block, Insn> out = new HashMap<>();
        Map<Block, Insn> phis = new HashMap<>();
        for (Block b : body) {
            Insn cur;
            if (b == l.header() || b.preds.size() > 1) {
                Insn phi = f.make(Op.PHI, Type.I, new Insn[b.preds.size()]);
                phi.block = b;
                b.insns.add(0, phi);
                phis.put(b, phi);
                cur = phi;
            } else {
                cur = out.get(b.preds.get(0));
            }
            for (Insn i : new ArrayList<>(b.insns)) {
                if (!c.accessedBy(i)) {
                    continue;
                }
                if (i.hasValue()) {
                    Uses.replaceAll(f, i, cur);
                } else {
                    cur = i.arg(i.args.length - 1);
                }
                Uses.remove(i);
            }
            out.put(b, cur);
        }
        phis.forEach((b, phi) -> {
            for (int k = 0; k < b.preds.size(); k++) {
                Block p = b.preds.get(k);
                phi.args[k] = p == pre ? initial : out.get(p);
                if (phi.args[k] == null) {
                    throw new IllegalStateException("promotion of " + c.sym + " in " + f.symbol
                            + ": no value on the edge b" + p.id + " -> b" + b.id);
                }
            }
        });
        for (Block b : body) {
            for (int s = 0; s < b.succs.size(); s++) {
                Block t = b.succs.get(s);
                if (l.contains(t)) {
                    continue;
                }
                Insn[] args = isStatic ? new Insn[] {out.get(b)} : new Insn[] {c.object, out.get(b)};
                Insn store = access(template, isStatic ? Op.PUTSTATIC : Op.PUTFIELD, Type.V, args);
                if (t.preds.size() == 1) {
                    store.block = t;
                    t.insns.add(t.firstNonPhi(), store);
                } else {
                    Cfg.splitEdge(f, b, s).addBeforeTerminator(store);
                }
            }
        }
    }

    /** A load or store of the field {@code template} accesses. */
    private Insn access(Insn template, Op op, Type type, Insn[] args) {
        Insn i = f.make(op, type, args);
        i.sym = template.sym;
        i.aux = template.aux;
        i.aux2 = template.aux2;
        i.mem = template.mem;
        i.line = template.line;
        return i;
    }
}
