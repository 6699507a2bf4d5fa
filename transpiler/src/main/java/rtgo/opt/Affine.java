package rtgo.opt;

import rtgo.ir.Insn;
import rtgo.ir.Op;
import rtgo.ir.Type;

/**
 * An index as an affine function of a counted loop's induction variable:
 * {@code scale * factor * iv + (neg ? -var : var) + c}, with {@code var} and {@code factor}
 * loop-invariant values or null (a null factor is 1), {@code c} a constant at most
 * {@link CountedLoop#SMALL} in magnitude. Recognised through adds, subtracts and one multiply.
 */
record Affine(int scale, Insn factor, Insn var, boolean neg, int c) {
    /** Limit of a scaled index's factor (a constant one's magnitude, a variable one's value). */
    static final int MAX_FACTOR = 1 << 14;

    /** Whether the index multiplies the induction variable by more than +-1. */
    boolean scaled() {
        return factor != null || (scale != 1 && scale != -1);
    }

    /** {@code v} as an affine function of the induction variable, or null. */
    static Affine of(CountedLoop cl, Insn v) {
        if (v == cl.iv) {
            return new Affine(1, null, null, false, 0);
        }
        if (v.op == Op.MUL) {
            Insn k = v.arg(0) == cl.iv ? v.arg(1) : v.arg(1) == cl.iv ? v.arg(0) : null;
            if (k == null || !cl.invariant(k)) {
                return null;
            }
            if (k.isConst()) {
                return k.aux > -MAX_FACTOR && k.aux < MAX_FACTOR && k.aux != 0
                        ? new Affine(k.aux, null, null, false, 0) : null;
            }
            return new Affine(1, k, null, false, 0);
        }
        if (v.op != Op.ADD && v.op != Op.SUB) {
            return null;
        }
        Insn x = v.arg(0);
        Insn y = v.arg(1);
        if (cl.invariant(x) && !cl.invariant(y)) {
            Affine a = of(cl, y);
            if (a == null) {
                return null;
            }
            if (v.op == Op.SUB) {
                if (a.c() == Integer.MIN_VALUE) {
                    return null;
                }
                a = new Affine(-a.scale(), a.factor(), a.var(), !a.neg(), -a.c());
            }
            return plus(a, x, false);
        }
        if (!cl.invariant(x) && cl.invariant(y)) {
            Affine a = of(cl, x);
            return a == null ? null : plus(a, y, v.op == Op.SUB);
        }
        return null;
    }

    /** {@code a + y} or {@code a - y} for an invariant {@code y}, or null when the form cannot hold it. */
    private static Affine plus(Affine a, Insn y, boolean minus) {
        if (y.isConst()) {
            long c = (long) a.c() + (minus ? -(long) y.aux : y.aux);
            return Math.abs(c) <= CountedLoop.SMALL ? new Affine(a.scale(), a.factor(), a.var(), a.neg(), (int) c) : null;
        }
        if (a.var() != null || y.type != Type.I) {
            return null;
        }
        return new Affine(a.scale(), a.factor(), y, minus, a.c());
    }
}
