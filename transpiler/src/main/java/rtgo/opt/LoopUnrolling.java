package rtgo.opt;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rtgo.ir.Block;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Op;
import rtgo.ir.Type;

/**
 * Full unrolling of small counted loops whose trip count is a compile-time constant, such as the
 * eight steps of a bitwise CRC ({@code for (int bit = 0; bit < 8; bit++)}): the body is laid out
 * once per iteration, each copy's induction variable a constant, with no counter, compare or back
 * branch left, and every loop-carried value flowing straight from one copy into the next (no phi
 * copies). The constant folding and value numbering that run afterwards finish the job.
 *
 * <p>Design note. The trip count comes from running the loop's counter at compile time, in Java's
 * int arithmetic, exactly as the latch would (the first iteration always runs; after it, each
 * {@code next} that passes the test runs another). Size budget: at most {@link #MAX_TRIPS}
 * iterations and {@link #MAX_SIZE} IR instructions after unrolling, and only innermost
 * {@link CountedLoop}s (one entry, one back edge, one exit at the latch), so growth is bounded
 * per loop. Nothing observable changes: the copies run the same instructions in the same order,
 * exceptions included. Requires: generic SSA; runs before constant folding.
 */
public final class LoopUnrolling {
    /** The most iterations a loop may have to be unrolled. */
    static final int MAX_TRIPS = 16;
    /** The most IR instructions the unrolled copies may hold together. */
    static final int MAX_SIZE = 128;

    private final Func f;

    private LoopUnrolling(Func f) {
        this.f = f;
    }

    public static void run(Func f) {
        LoopUnrolling u = new LoopUnrolling(f);
        CountedLoop.forEach(f, MAX_SIZE, cl -> {
            int trips = trips(cl);
            if (trips == 0 || trips * cl.size > MAX_SIZE) {
                return false;
            }
            u.unroll(cl, trips);
            return true;
        });
    }

    /** The loop's iteration count when its counter is constant and it ends within the budget, else 0. */
    static int trips(CountedLoop cl) {
        if (!cl.init.isConst() || !cl.bound.isConst() || cl.stepVar != null) {
            return 0;
        }
        int iv = cl.init.aux;
        for (int n = 1; n <= MAX_TRIPS; n++) {
            int next = iv + cl.stepConst;
            if (!cl.cond.test(next, cl.bound.aux)) {
                return n;
            }
            iv = next;
        }
        return 0;
    }

    private void unroll(CountedLoop cl, int trips) {
        List<Insn> phis = cl.header.phis();
        int fromEntry = cl.header.predIndex(cl.entry);
        int fromLatch = cl.header.predIndex(cl.latch);
        Map<Insn, Insn> incoming = new HashMap<>();
        for (Insn phi : phis) {
            incoming.put(phi, phi.args[fromEntry]);
        }
        Block prev = cl.entry;
        Block prevTarget = cl.header;
        Map<Insn, Insn> last = null;
        Set<Block> copies = new HashSet<>();
        for (int k = 0; k < trips; k++) {
            Map<Insn, Insn> copyOf = new HashMap<>(incoming);
            Map<Block, Block> blocks = LoopCopy.copy(f, cl, copyOf);
            copies.addAll(blocks.values());
            Block h = blocks.get(cl.header);
            h.insns.removeIf(i -> i.op == Op.PHI);
            h.preds.clear();
            h.preds.add(prev);
            LoopCopy.replaceSucc(prev, prevTarget, h);
            // the copy of the latch goes on to the next copy (or the exit): its test is known
            Block latch = blocks.get(cl.latch);
            latch.insns.remove(latch.insns.size() - 1);
            latch.succs.clear();
            Insn g = f.make(Op.GOTO, Type.V);
            g.block = latch;
            g.line = cl.latch.terminator().line;
            latch.insns.add(g);
            latch.succs.add(cl.exit); // renamed to the next copy's header on the next round
            Map<Insn, Insn> next = new HashMap<>();
            for (Insn phi : phis) {
                Insn v = phi.args[fromLatch];
                next.put(phi, copyOf.getOrDefault(v, v));
            }
            incoming = next;
            prev = latch;
            prevTarget = cl.exit;
            last = copyOf;
        }
        cl.exit.preds.set(cl.exit.predIndex(cl.latch), prev);
        // after the loop, its values are those of the last copy (a header phi: its last input)
        Map<Insn, Insn> after = last;
        Set<Block> old = new HashSet<>(cl.blocks);
        for (Block b : f.blocks) {
            if (old.contains(b) || copies.contains(b)) {
                continue;
            }
            for (Insn u : b.insns) {
                for (int k = 0; k < u.args.length; k++) {
                    Insn v = u.args[k];
                    if (v.block != null && old.contains(v.block)) {
                        u.args[k] = after.get(v);
                    }
                }
            }
        }
        f.blocks.removeAll(old);
    }
}
