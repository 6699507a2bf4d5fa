package rtgo.ir;

/**
 * Comparison conditions of {@link Op#IF}: signed and unsigned orders over 32-bit words. The names
 * match the ARM condition codes they lower to (EQ, NE, LT, GE, GT, LE, LO, HS, HI, LS).
 */
public enum Cond {
    EQ, NE, LT, GE, GT, LE,
    /** Unsigned lower. */
    LO,
    /** Unsigned higher or same. */
    HS,
    /** Unsigned higher. */
    HI,
    /** Unsigned lower or same. */
    LS;

    /** The condition that holds exactly when this one does not. */
    public Cond negate() {
        return switch (this) {
            case EQ -> NE; case NE -> EQ; case LT -> GE; case GE -> LT; case GT -> LE; case LE -> GT;
            case LO -> HS; case HS -> LO; case HI -> LS; case LS -> HI;
        };
    }

    /** The condition for the swapped comparison: {@code a c b} iff {@code b c.swap() a}. */
    public Cond swap() {
        return switch (this) {
            case EQ -> EQ; case NE -> NE; case LT -> GT; case GE -> LE; case GT -> LT; case LE -> GE;
            case LO -> HI; case HS -> LS; case HI -> LO; case LS -> HS;
        };
    }

    /** Evaluates the condition on two constants. */
    public boolean test(int a, int b) {
        return switch (this) {
            case EQ -> a == b; case NE -> a != b; case LT -> a < b; case GE -> a >= b;
            case GT -> a > b; case LE -> a <= b;
            case LO -> Integer.compareUnsigned(a, b) < 0; case HS -> Integer.compareUnsigned(a, b) >= 0;
            case HI -> Integer.compareUnsigned(a, b) > 0; case LS -> Integer.compareUnsigned(a, b) <= 0;
        };
    }

    public String text() {
        return name().toLowerCase();
    }
}
