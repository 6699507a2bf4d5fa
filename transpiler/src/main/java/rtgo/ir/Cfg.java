package rtgo.ir;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

/**
 * Control-flow utilities shared by passes: reverse postorder, unreachable-block removal, dominators
 * (Cooper, Harvey and Kennedy's iterative algorithm over reverse postorder), loop depth from back
 * edges, and critical-edge splitting.
 */
public final class Cfg {
    private Cfg() {}

    /** Blocks reachable from the entry in reverse postorder; sets {@code mark} to the RPO number. */
    public static List<Block> reversePostorder(Func f) {
        List<Block> post = new ArrayList<>();
        BitSet seen = new BitSet();
        Deque<Block> stack = new ArrayDeque<>();
        Deque<Integer> next = new ArrayDeque<>();
        Block entry = f.entry();
        stack.push(entry);
        next.push(0);
        seen.set(entry.id);
        while (!stack.isEmpty()) {
            Block b = stack.peek();
            int i = next.pop();
            if (i < b.succs.size()) {
                next.push(i + 1);
                Block s = b.succs.get(i);
                if (!seen.get(s.id)) {
                    seen.set(s.id);
                    stack.push(s);
                    next.push(0);
                }
            } else {
                stack.pop();
                post.add(b);
            }
        }
        List<Block> rpo = new ArrayList<>(post.size());
        for (int i = post.size() - 1; i >= 0; i--) {
            Block b = post.get(i);
            b.mark = rpo.size();
            rpo.add(b);
        }
        return rpo;
    }

    /** Drops blocks the entry cannot reach, with their phi arguments, and orders blocks in RPO. */
    public static void removeUnreachable(Func f) {
        List<Block> rpo = reversePostorder(f);
        BitSet live = new BitSet();
        for (Block b : rpo) {
            live.set(b.id);
        }
        for (Block b : rpo) {
            for (int p = b.preds.size() - 1; p >= 0; p--) {
                if (!live.get(b.preds.get(p).id)) {
                    removePred(b, p);
                }
            }
        }
        f.blocks.clear();
        f.blocks.addAll(rpo);
    }

    /** Removes predecessor number {@code p} of {@code b} and the matching phi arguments. */
    public static void removePred(Block b, int p) {
        b.preds.remove(p);
        for (Insn phi : b.phis()) {
            Insn[] a = new Insn[phi.args.length - 1];
            for (int i = 0, j = 0; i < phi.args.length; i++) {
                if (i != p) {
                    a[j++] = phi.args[i];
                }
            }
            phi.args = a;
        }
    }

    /**
     * Immediate dominators, indexed by block id ({@code idom[entry] == entry}). Blocks must be in
     * reverse postorder ({@link #removeUnreachable} does that).
     */
    public static Block[] dominators(Func f) {
        List<Block> rpo = reversePostorder(f);
        int max = 0;
        for (Block b : f.blocks) {
            max = Math.max(max, b.id + 1);
        }
        Block[] idom = new Block[max];
        Block entry = f.entry();
        idom[entry.id] = entry;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Block b : rpo) {
                if (b == entry) {
                    continue;
                }
                Block nd = null;
                for (Block p : b.preds) {
                    if (idom[p.id] == null) {
                        continue;
                    }
                    nd = nd == null ? p : intersect(idom, p, nd);
                }
                if (nd != idom[b.id]) {
                    idom[b.id] = nd;
                    changed = true;
                }
            }
        }
        return idom;
    }

    private static Block intersect(Block[] idom, Block a, Block b) {
        while (a != b) {
            while (a.mark > b.mark) {
                a = idom[a.id];
            }
            while (b.mark > a.mark) {
                b = idom[b.id];
            }
        }
        return a;
    }

    /** Whether block {@code a} dominates block {@code b}. */
    public static boolean dominates(Block[] idom, Block a, Block b) {
        Block x = b;
        while (true) {
            if (x == a) {
                return true;
            }
            Block up = idom[x.id];
            if (up == x || up == null) {
                return false;
            }
            x = up;
        }
    }

    /** A natural loop: its header and the ids of its blocks (header included). */
    public record Loop(Block header, BitSet body) {
        public boolean contains(Block b) {
            return body.get(b.id);
        }
    }

    /**
     * The natural loops, one per header: a back edge goes to a block that dominates its source,
     * and the loop is everything that reaches a back edge's source without passing the header.
     * Unreachable blocks take part in none.
     */
    public static java.util.List<Loop> naturalLoops(Func f) {
        Block[] idom = dominators(f);
        java.util.List<Loop> loops = new ArrayList<>();
        for (Block h : f.blocks) {
            if (h.id >= idom.length || idom[h.id] == null) {
                continue;
            }
            BitSet body = null;
            for (Block p : h.preds) {
                if (p.id < idom.length && idom[p.id] != null && dominates(idom, h, p)) {
                    if (body == null) {
                        body = new BitSet();
                        body.set(h.id);
                    }
                    Deque<Block> work = new ArrayDeque<>();
                    if (!body.get(p.id)) {
                        body.set(p.id);
                        work.push(p);
                    }
                    while (!work.isEmpty()) {
                        Block x = work.pop();
                        for (Block q : x.preds) {
                            if (!body.get(q.id)) {
                                body.set(q.id);
                                work.push(q);
                            }
                        }
                    }
                }
            }
            if (body != null) {
                loops.add(new Loop(h, body));
            }
        }
        return loops;
    }

    /** Sets every block's {@code loopDepth}: the number of natural loops it belongs to. */
    public static void loops(Func f) {
        int max = 0;
        for (Block b : f.blocks) {
            max = Math.max(max, b.id + 1);
        }
        int[] depth = new int[max];
        for (Loop l : naturalLoops(f)) {
            for (int id = l.body().nextSetBit(0); id >= 0; id = l.body().nextSetBit(id + 1)) {
                depth[id]++;
            }
        }
        for (Block b : f.blocks) {
            b.loopDepth = depth[b.id];
        }
    }

    /**
     * Splits every edge from a block with several successors to a block with several predecessors,
     * so that copies for the phis of the target can sit at the end of a block of their own.
     */
    public static void splitCriticalEdges(Func f) {
        for (Block b : new ArrayList<>(f.blocks)) {
            if (b.succs.size() < 2) {
                continue;
            }
            for (int s = 0; s < b.succs.size(); s++) {
                Block t = b.succs.get(s);
                if (t.preds.size() < 2) {
                    continue;
                }
                splitEdge(f, b, s);
            }
        }
    }

    /** Puts a new block holding only a goto on the edge from {@code b}'s successor {@code s}; returns it. */
    public static Block splitEdge(Func f, Block b, int s) {
        Block t = b.succs.get(s);
        Block mid = f.newBlock();
        mid.loopDepth = Math.min(b.loopDepth, t.loopDepth);
        b.succs.set(s, mid);
        mid.preds.add(b);
        mid.succs.add(t);
        // The same edge may appear twice (an IF with both targets equal): replace one at a time.
        t.preds.set(t.preds.indexOf(b), mid);
        Insn g = f.make(Op.GOTO, Type.V);
        g.block = mid;
        mid.insns.add(g);
        return mid;
    }
}
