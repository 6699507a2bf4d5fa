package rtgo.opt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rtgo.ir.Block;
import rtgo.ir.Cfg;
import rtgo.ir.Cond;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Op;
import rtgo.ir.Type;

/**
 * Local simplification to a fixed point: constant folding with Java's int semantics, algebraic
 * identities, strength reduction (multiply and divide by powers of two — divide with Java's rounding
 * toward zero), folding of constant branches (dropping the dead edge and its phi operands), removal
 * of copies and phis whose operands are all the same, and checks proven unnecessary by their
 * operands (null checks of fresh objects and arrays, literals and an instance method's receiver, divisor checks of non-zero constants).
 *
 * <p>Requires: generic IR. Keeps: SSA, block order.
 */
public final class Simplify {
    private final Func f;
    private final Map<Insn, Insn> replaced = new HashMap<>();
    private boolean changed;

    private Simplify(Func f) {
        this.f = f;
    }

    public static void run(Func f) {
        new Simplify(f).loop();
    }

    private void loop() {
        for (int round = 0; round < 20; round++) {
            changed = false;
            for (Block b : new ArrayList<>(f.blocks)) {
                if (!f.blocks.contains(b)) {
                    continue;
                }
                for (Insn i : new ArrayList<>(b.insns)) {
                    if (i.block != null && b.insns.contains(i)) {
                        resolveArgs(i);
                        visit(i);
                    }
                }
            }
            if (!replaced.isEmpty()) {
                for (Block b : f.blocks) {
                    for (Insn i : b.insns) {
                        resolveArgs(i);
                    }
                }
                replaced.clear();
            }
            if (!changed) {
                break;
            }
            Cfg.removeUnreachable(f);
        }
    }

    private void resolveArgs(Insn i) {
        for (int a = 0; a < i.args.length; a++) {
            Insn r = i.args[a];
            while (replaced.containsKey(r)) {
                r = replaced.get(r);
            }
            i.args[a] = r;
        }
    }

    /** Replaces {@code i} by {@code v} everywhere and removes it. */
    private void replace(Insn i, Insn v) {
        while (replaced.containsKey(v)) {
            v = replaced.get(v);
        }
        if (v == i) {
            // i would stand for itself (a phi of a loop no path enters any more, whose only input
            // is computed from the phi): dead code, removed with its block after this round
            return;
        }
        replaced.put(i, v);
        i.block.insns.remove(i);
        changed = true;
    }

    /** Turns {@code i} into a constant in place. */
    private void toConst(Insn i, int v) {
        i.op = Op.CONST;
        i.type = Type.I;
        i.args = new Insn[0];
        i.aux = v;
        i.sym = null;
        changed = true;
    }

    private Insn newConst(Insn before, int v) {
        Insn c = f.make(Op.CONST, Type.I);
        c.aux = v;
        c.line = before.line;
        c.block = before.block;
        List<Insn> list = before.block.insns;
        list.add(list.indexOf(before), c);
        return c;
    }

    private Insn newOp(Insn before, Op op, Insn... args) {
        Insn n = f.make(op, Type.I, args);
        n.line = before.line;
        n.block = before.block;
        List<Insn> list = before.block.insns;
        list.add(list.indexOf(before), n);
        return n;
    }

    private static boolean c(Insn v) {
        return v.op == Op.CONST && v.type == Type.I;
    }

    private void visit(Insn i) {
        switch (i.op) {
            case COPY -> replace(i, i.arg(0));
            case PHI -> phi(i);
            case ADD, SUB, MUL, AND, OR, XOR, SHL, SHR, USHR, ROR -> binary(i);
            case DIV, REM -> divide(i);
            case NEG, I2B, I2S, I2C -> unary(i);
            case IF -> branch(i);
            case NULLCHECK -> {
                if (StaticFacts.nonNull(f, i.arg(0), null)) {
                    i.block.insns.remove(i);
                    changed = true;
                }
            }
            case DIVCHECK -> {
                if (c(i.arg(0)) && i.arg(0).aux != 0) {
                    i.block.insns.remove(i);
                    changed = true;
                }
            }
            case ARRAYLEN -> {
                if (i.arg(0).op == Op.NEWARRAY) {
                    replace(i, i.arg(0).arg(0));
                }
            }
            case BOUNDSCHECK -> {
                Insn idx = i.arg(0);
                Insn len = i.arg(1);
                if (c(idx) && c(len) && idx.aux >= 0 && idx.aux < len.aux) {
                    i.block.insns.remove(i);
                    changed = true;
                }
            }
            default -> { }
        }
    }

    private void phi(Insn phi) {
        Insn same = null;
        boolean several = false;
        for (Insn a : phi.args) {
            if (a == phi || a == same) {
                continue;
            }
            if (same != null) {
                several = true;
                break;
            }
            same = a;
        }
        if (!several) {
            if (same != null) {
                replace(phi, same);
            }
            return;
        }
        Insn source = onlySource(phi);
        if (source != null) {
            replace(phi, source);
        }
    }

    /** The most phis {@link #onlySource} follows from one phi. */
    private static final int PHI_WEB_LIMIT = 64;

    /**
     * The one value other than phis that {@code phi} can hold, or null: the phis its operands
     * reach through other phis form a web closed under operands, and when every operand in the
     * web that is not a phi is the same value, no path brings any other value in, so every phi of
     * the web is that value (Braun et al. 2013, redundant phi SCCs). A loop with two back edges
     * (a while (true) with a continue) gives such webs for everything the loop does not change,
     * which the one-phi rule above cannot see: the array of a merge loop stayed a phi, so its null
     * check and base were never hoisted.
     */
    private Insn onlySource(Insn phi) {
        java.util.Set<Insn> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.ArrayDeque<Insn> work = new java.util.ArrayDeque<>();
        seen.add(phi);
        work.add(phi);
        Insn source = null;
        while (!work.isEmpty()) {
            Insn p = work.poll();
            for (Insn a : p.args) {
                while (replaced.containsKey(a)) {
                    a = replaced.get(a);
                }
                if (a.op == Op.PHI) {
                    if (seen.add(a)) {
                        if (seen.size() > PHI_WEB_LIMIT) {
                            return null;
                        }
                        work.add(a);
                    }
                } else if (source == null) {
                    source = a;
                } else if (source != a) {
                    return null;
                }
            }
        }
        return source;
    }

    private void unary(Insn i) {
        Insn a = i.arg(0);
        if (c(a)) {
            int x = a.aux;
            toConst(i, switch (i.op) {
                case NEG -> -x;
                case I2B -> (byte) x;
                case I2S -> (short) x;
                default -> (char) x;
            });
            return;
        }
        if (a.op == i.op && i.op != Op.NEG) {
            replace(i, a);
        } else if (i.op == Op.NEG && a.op == Op.NEG) {
            replace(i, a.arg(0));
        }
    }

    private void binary(Insn i) {
        Insn a = i.arg(0);
        Insn b = i.arg(1);
        if (c(a) && c(b)) {
            toConst(i, fold(i.op, a.aux, b.aux));
            return;
        }
        if (i.op.has(Op.Flags.COMM) && c(a) && !c(b)) {
            i.args = new Insn[] {b, a};
            a = i.arg(0);
            b = i.arg(1);
            changed = true;
        }
        if (!c(b)) {
            if (a == b) {
                switch (i.op) {
                    case SUB, XOR -> toConst(i, 0);
                    case AND, OR -> replace(i, a);
                    default -> { }
                }
            }
            return;
        }
        int k = b.aux;
        switch (i.op) {
            case ADD, SUB -> {
                int add = i.op == Op.ADD ? k : -k;
                if (add == 0) {
                    replace(i, a);
                } else if (a.op == Op.ADD && c(a.arg(1))) {
                    // (x + c1) + c2 = x + (c1 + c2)
                    i.op = Op.ADD;
                    i.args = new Insn[] {a.arg(0), newConst(i, a.arg(1).aux + add)};
                    changed = true;
                } else if (i.op == Op.SUB && k != Integer.MIN_VALUE) {
                    i.op = Op.ADD;
                    i.args = new Insn[] {a, newConst(i, -k)};
                    changed = true;
                }
            }
            case MUL -> {
                if (k == 0) {
                    toConst(i, 0);
                } else if (k == 1) {
                    replace(i, a);
                } else if (k == -1) {
                    i.op = Op.NEG;
                    i.args = new Insn[] {a};
                    changed = true;
                } else if (Integer.bitCount(k) == 1) {
                    i.op = Op.SHL;
                    i.args = new Insn[] {a, newConst(i, Integer.numberOfTrailingZeros(k))};
                    changed = true;
                }
            }
            case AND -> {
                if (k == 0) {
                    toConst(i, 0);
                } else if (k == -1) {
                    replace(i, a);
                } else if (k == 0xff && a.op == Op.ALOAD && a.elem() == rtgo.ir.Elem.B && usedOnlyBy(a, i)) {
                    // (b[i] & 0xFF) is the byte loaded without sign extension
                    a.aux = rtgo.ir.Elem.Z.ordinal();
                    replace(i, a);
                } else if ((k == 0xff && a.op == Op.I2B) || (k == 0xffff && (a.op == Op.I2S || a.op == Op.I2C))) {
                    i.args = new Insn[] {a.arg(0), b};
                    changed = true;
                }
            }
            case OR, XOR -> {
                if (k == 0) {
                    replace(i, a);
                } else if (k == -1 && i.op == Op.OR) {
                    toConst(i, -1);
                }
            }
            case SHL, SHR, USHR, ROR -> {
                if ((k & 31) == 0) {
                    replace(i, a);
                } else if (k != (k & 31)) {
                    i.args = new Insn[] {a, newConst(i, k & 31)};
                    changed = true;
                }
            }
            default -> { }
        }
    }

    /** Whether {@code user} is the only user of {@code v}, counting uses through pending replacements. */
    private boolean usedOnlyBy(Insn v, Insn user) {
        for (Block blk : f.blocks) {
            for (Insn u : blk.insns) {
                if (u != user) {
                    for (Insn x : u.args) {
                        Insn r = x;
                        while (replaced.containsKey(r)) {
                            r = replaced.get(r);
                        }
                        if (r == v) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }

    static int fold(Op op, int x, int y) {
        return switch (op) {
            case ADD -> x + y;
            case SUB -> x - y;
            case MUL -> x * y;
            case AND -> x & y;
            case OR -> x | y;
            case XOR -> x ^ y;
            case SHL -> x << y;
            case SHR -> x >> y;
            case USHR -> x >>> y;
            case ROR -> Integer.rotateRight(x, y);
            default -> throw new IllegalArgumentException(op.toString());
        };
    }

    /** Division by constants; the DIVCHECK before a zero divisor stays and throws first. */
    private void divide(Insn i) {
        Insn a = i.arg(0);
        Insn b = i.arg(1);
        if (!c(b) || b.aux == 0) {
            return;
        }
        int k = b.aux;
        boolean rem = i.op == Op.REM;
        if (c(a)) {
            toConst(i, rem ? a.aux % k : a.aux / k);
            return;
        }
        if (k == 1 || k == -1) {
            if (rem) {
                toConst(i, 0);
            } else if (k == 1) {
                replace(i, a);
            } else {
                i.op = Op.NEG;
                i.args = new Insn[] {a};
                changed = true;
            }
            return;
        }
        int m = Math.abs(k);
        if (k == Integer.MIN_VALUE || Integer.bitCount(m) != 1) {
            return;
        }
        int s = Integer.numberOfTrailingZeros(m);
        // bias = (x >> 31) >>> (32 - s): m-1 for negative x, 0 otherwise (rounds toward zero)
        Insn sign = newOp(i, Op.SHR, a, newConst(i, 31));
        Insn bias = newOp(i, Op.USHR, sign, newConst(i, 32 - s));
        Insn biased = newOp(i, Op.ADD, a, bias);
        if (rem) {
            // x % m = ((x + bias) & (m - 1)) - bias; the sign of k does not matter for %
            Insn low = newOp(i, Op.AND, biased, newConst(i, m - 1));
            i.op = Op.SUB;
            i.args = new Insn[] {low, bias};
        } else if (k > 0) {
            i.op = Op.SHR;
            i.args = new Insn[] {biased, newConst(i, s)};
        } else {
            Insn q = newOp(i, Op.SHR, biased, newConst(i, s));
            i.op = Op.NEG;
            i.args = new Insn[] {q};
        }
        changed = true;
    }

    private void branch(Insn i) {
        Insn a = i.arg(0);
        Insn b = i.arg(1);
        if ((i.cond() == Cond.EQ || i.cond() == Cond.NE) && b.isConst(0) && a.op == Op.ALOAD
                && (a.elem() == rtgo.ir.Elem.B || a.elem() == rtgo.ir.Elem.S) && usedOnlyBy(a, i)) {
            // zero or not does not depend on sign extension; unsigned loads have the cheaper forms
            a.aux = (a.elem() == rtgo.ir.Elem.B ? rtgo.ir.Elem.Z : rtgo.ir.Elem.C).ordinal();
            changed = true;
        }
        boolean known;
        boolean result;
        if (a == b) {
            known = true;
            Cond c = i.cond();
            result = c == Cond.EQ || c == Cond.GE || c == Cond.LE || c == Cond.HS || c == Cond.LS;
        } else if (a.op == Op.CONST && b.op == Op.CONST) {
            known = true;
            result = i.cond().test(a.aux, b.aux);
        } else {
            known = false;
            result = false;
        }
        if (!known) {
            return;
        }
        Block blk = i.block;
        Block keep = blk.succs.get(result ? 0 : 1);
        Block drop = blk.succs.get(result ? 1 : 0);
        if (keep != drop) {
            int p = drop.predIndex(blk);
            Cfg.removePred(drop, p);
        } else {
            // both edges lead to the same block: drop the second occurrence
            int first = keep.preds.indexOf(blk);
            Cfg.removePred(keep, keep.preds.subList(first + 1, keep.preds.size()).indexOf(blk) + first + 1);
        }
        blk.succs.clear();
        blk.succs.add(keep);
        i.op = Op.GOTO;
        i.args = new Insn[0];
        i.aux = 0;
        changed = true;
    }
}
