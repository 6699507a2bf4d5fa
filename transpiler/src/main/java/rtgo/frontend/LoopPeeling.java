package rtgo.frontend;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rtgo.ir.Block;
import rtgo.ir.Cfg;
import rtgo.ir.Func;
import rtgo.ir.Unit;

/**
 * Peels the first iteration off small innermost loops, on the block graph before translation.
 *
 * <p>Java checks null and bounds on every access; a check of a loop-invariant array that is not
 * the loop's first effect cannot simply be hoisted (it would change which exception a failing first
 * iteration throws). With the first iteration peeled, the peeled copy performs every such check
 * once, at the right point, and the copies inside the loop are dominated by it, so value numbering
 * removes them. Working on bytecode blocks means the SSA builder places every phi: a peeled block
 * is the same bytecode translated once more.
 *
 * <p>Only innermost loops up to {@link #LIMIT} bytecode instructions that access arrays or
 * statics are peeled (the code grows by one copy of the loop). A front-end pass: it runs on the
 * bytecode block graph ({@link BlockGraph}), after {@link LoopRotation} and before
 * {@link SsaTranslation}.
 */
public final class LoopPeeling {
    /** Largest loop body, in bytecode instructions, that is peeled. */
    static final int LIMIT = 48;

    private final Func f;
    private final BlockGraph g;
    private final Map<Block, int[]> extent;

    private LoopPeeling(Func f, BlockGraph g) {
        this.f = f;
        this.g = g;
        this.extent = g.extent;
    }

    public static void run(Unit u) {
        new LoopPeeling(u.f, u.get(BlockGraph.class)).peelAll();
    }

    private void peelAll() {
        List<Cfg.Loop> loops = Cfg.naturalLoops(f);
        List<Block> headers = new ArrayList<>();
        for (Cfg.Loop l : loops) {
            headers.add(l.header());
        }
        for (Cfg.Loop l : loops) {
            if (innermost(l.header(), l.body(), headers) && small(l.body()) && touchesMemory(l.body())) {
                peel(l.header(), l.body());
            }
        }
    }

    private static boolean innermost(Block h, BitSet body, List<Block> headers) {
        for (Block other : headers) {
            if (other != h && body.get(other.id)) {
                return false;
            }
        }
        return true;
    }

    private boolean small(BitSet body) {
        int n = 0;
        for (Block b : blocks(body)) {
            if (!extent.containsKey(b)) {
                return false;
            }
            n += g.realSize(b);
        }
        return n <= LIMIT;
    }

    private boolean touchesMemory(BitSet body) {
        for (Block b : blocks(body)) {
            if (g.touchesMemory(b)) {
                return true;
            }
        }
        return false;
    }

    private List<Block> blocks(BitSet body) {
        List<Block> list = new ArrayList<>();
        for (Block b : f.blocks) {
            if (b.id < body.size() && body.get(b.id)) {
                list.add(b);
            }
        }
        return list;
    }

    private void peel(Block h, BitSet body) {
        List<Block> loop = blocks(body);
        Map<Block, Block> copy = new HashMap<>();
        for (Block b : loop) {
            Block c = f.newBlock();
            extent.put(c, extent.get(b).clone());
            copy.put(b, c);
        }
        // the copy's edges: inside the copy, except that its back edges enter the real loop
        for (Block b : loop) {
            Block c = copy.get(b);
            for (Block s : b.succs) {
                Block to = s == h ? h : body.get(s.id) ? copy.get(s) : s;
                Func.link(c, to);
            }
        }
        // the loop's entries now enter the copy
        for (Block p : new ArrayList<>(h.preds)) {
            if (body.get(p.id) || copy.containsValue(p)) {
                continue;
            }
            Block hc = copy.get(h);
            for (int k = 0; k < p.succs.size(); k++) {
                if (p.succs.get(k) == h) {
                    p.succs.set(k, hc);
                    h.preds.remove(p);
                    hc.preds.add(p);
                }
            }
        }
    }
}
