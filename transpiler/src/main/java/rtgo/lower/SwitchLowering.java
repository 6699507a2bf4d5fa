package rtgo.lower;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rtgo.ir.Alias;
import rtgo.ir.Block;
import rtgo.ir.Cond;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Op;
import rtgo.ir.Type;

/**
 * Replaces {@link Op#SWITCH} by compare trees or jump tables. Dense switches (at least four cases
 * covering at least a third of their key range) become a bounds check plus a table of code
 * addresses; others become a balanced tree of comparisons, with short runs compared for equality.
 * The targets' phis are rewired from the switch block to the new blocks.
 */
final class SwitchLowering {
    private final Func f;
    private int tables;

    SwitchLowering(Func f) {
        this.f = f;
    }

    void run() {
        for (Block b : new ArrayList<>(f.blocks)) {
            Insn t = b.terminator();
            if (t != null && t.op == Op.SWITCH) {
                lower(b, t);
            }
        }
    }

    private void lower(Block s, Insn sw) {
        int[] keys = sw.table;
        Block[] targets = new Block[keys.length];
        for (int k = 0; k < keys.length; k++) {
            targets[k] = s.succs.get(k);
        }
        Block dflt = s.succs.get(keys.length);
        Insn v = sw.arg(0);
        Map<Block, Insn[]> phiValues = detach(s);
        s.insns.remove(sw);
        s.succs.clear();
        Integer[] order = new Integer[keys.length];
        for (int k = 0; k < keys.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (x, y) -> Integer.compare(keys[x], keys[y]));
        int[] sk = new int[keys.length];
        Block[] st = new Block[keys.length];
        for (int k = 0; k < keys.length; k++) {
            sk[k] = keys[order[k]];
            st[k] = targets[order[k]];
        }
        if (keys.length == 0) {
            goTo(s, dflt, phiValues);
        } else if (keys.length >= 4 && (long) sk[sk.length - 1] - sk[0] + 1 <= 3L * keys.length
                && (long) sk[sk.length - 1] - sk[0] + 1 <= 1024) {
            table(s, v, sk, st, dflt, phiValues);
        } else {
            tree(s, v, sk, st, 0, sk.length - 1, dflt, phiValues);
        }
    }

    /** Removes {@code s} from its successors' predecessor lists; returns each target's phi inputs from s. */
    private static Map<Block, Insn[]> detach(Block s) {
        Map<Block, Insn[]> values = new LinkedHashMap<>();
        for (Block t : s.succs) {
            if (values.containsKey(t)) {
                continue;
            }
            List<Insn> phis = t.phis();
            int p = t.predIndex(s);
            Insn[] vals = new Insn[phis.size()];
            for (int k = 0; k < vals.length; k++) {
                vals[k] = phis.get(k).arg(p);
            }
            values.put(t, vals);
            for (int q = t.preds.size() - 1; q >= 0; q--) {
                if (t.preds.get(q) == s) {
                    rtgo.ir.Cfg.removePred(t, q);
                }
            }
        }
        return values;
    }

    private static void edge(Block from, Block to, Map<Block, Insn[]> phiValues) {
        Func.link(from, to);
        Insn[] vals = phiValues.get(to);
        List<Insn> phis = to.phis();
        for (int k = 0; k < phis.size(); k++) {
            phis.get(k).appendArg(vals[k]);
        }
    }

    private void goTo(Block b, Block to, Map<Block, Insn[]> phiValues) {
        f.add(b, Op.GOTO, Type.V);
        edge(b, to, phiValues);
    }

    private Insn constant(Block b, int value) {
        return f.constant(b, value);
    }

    private void branch(Block b, Cond c, Insn v, int key, Block yes, Block no, Map<Block, Insn[]> phiValues) {
        Insn k = constant(b, key);
        Insn i = f.add(b, Op.IF, Type.V, v, k);
        i.aux = c.ordinal();
        edge(b, yes, phiValues);
        edge(b, no, phiValues);
    }

    private void tree(Block b, Insn v, int[] keys, Block[] targets, int lo, int hi, Block dflt,
                      Map<Block, Insn[]> phiValues) {
        if (hi - lo < 3) {
            Block at = b;
            for (int k = lo; k <= hi; k++) {
                Block next = k == hi ? dflt : f.newBlock();
                branch(at, Cond.EQ, v, keys[k], targets[k], next, phiValues);
                if (k < hi) {
                    at = next;
                    phiValues.putIfAbsent(next, new Insn[0]);
                }
            }
            return;
        }
        int mid = (lo + hi + 1) / 2;
        Block left = f.newBlock();
        Block right = f.newBlock();
        phiValues.put(left, new Insn[0]);
        phiValues.put(right, new Insn[0]);
        branch(b, Cond.LT, v, keys[mid], left, right, phiValues);
        tree(left, v, keys, targets, lo, mid - 1, dflt, phiValues);
        tree(right, v, keys, targets, mid, hi, dflt, phiValues);
    }

    private void table(Block b, Insn v, int[] keys, Block[] targets, Block dflt, Map<Block, Insn[]> phiValues) {
        int min = keys[0];
        int range = keys[keys.length - 1] - min;
        Insn rebased = v;
        if (min != 0) {
            rebased = f.add(b, Op.SUB, Type.I, v, constant(b, min));
        }
        Block jump = f.newBlock();
        phiValues.put(jump, new Insn[0]);
        branch(b, Cond.HI, rebased, range, dflt, jump, phiValues);
        Map<Block, Integer> index = new HashMap<>();
        int[] map = new int[range + 1];
        Block[] byValue = new Block[range + 1];
        Arrays.fill(byValue, dflt);
        for (int k = 0; k < keys.length; k++) {
            byValue[keys[k] - min] = targets[k];
        }
        for (int k = 0; k <= range; k++) {
            Block t = byValue[k];
            Integer at = index.get(t);
            if (at == null) {
                at = index.size();
                index.put(t, at);
            }
            map[k] = at;
        }
        int table = tables++;
        Insn scaled = f.add(jump, Op.T_LSLI, Type.I, rebased);
        scaled.aux = 2;
        Insn base = f.add(jump, Op.T_LDRLIT, Type.I);
        base.sym = "@jt" + table;
        Insn target = f.add(jump, Op.T_LDRR, Type.I, base, scaled);
        target.mem = Alias.CONST;
        Insn jt = f.add(jump, Op.T_JUMPTABLE, Type.V, target);
        jt.table = map;
        jt.aux = table;
        Block[] unique = new Block[index.size()];
        index.forEach((blk, at) -> unique[at] = blk);
        for (Block t : unique) {
            edge(jump, t, phiValues);
        }
    }
}
