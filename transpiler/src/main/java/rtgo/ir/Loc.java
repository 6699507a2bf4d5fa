package rtgo.ir;

/**
 * Where a value lives after register allocation ({@link Insn#loc}), or where a phi move reads and
 * writes: nothing yet, a register, a spill slot of the frame, an incoming stack argument, or no
 * location at all because the value is a constant re-materialised by its phi's move.
 *
 * <p>Instances are interned: there is exactly one {@code Loc} per kind and index, so {@code ==}
 * compares locations (and {@link #equals} agrees with it). The IR text form ({@link #toString}) is
 * {@code r4} (register), {@code s2} (spill slot), {@code a0} (incoming argument), {@code c}
 * (re-materialised constant); {@link #NONE} prints as {@code -} but is left out of the IR text.
 */
public final class Loc {
    public enum Kind {
        /** Not allocated (yet). */
        NONE,
        /** A machine register: r0..r7 for most values, r8..r11 for high spills, r12 (ip) in moves. */
        REG,
        /** A spill slot of the function's own frame. */
        SLOT,
        /** An incoming stack argument: the fifth parameter is index 0. */
        IN_ARG,
        /** A constant that feeds only a phi: its move materialises it straight into the phi's location. */
        REMAT
    }

    /** Registers r0..r15. */
    public static final int REGS = 16;

    public static final Loc NONE = new Loc(Kind.NONE, 0);
    public static final Loc REMAT = new Loc(Kind.REMAT, 0);
    private static final Loc[] REG_LOCS = new Loc[REGS];
    /** Interned slots and incoming arguments, grown on demand (see {@link #interned}). */
    private static volatile Loc[] slots = grown(Kind.SLOT, new Loc[0], 64);
    private static volatile Loc[] inArgs = grown(Kind.IN_ARG, new Loc[0], 16);

    static {
        for (int r = 0; r < REGS; r++) {
            REG_LOCS[r] = new Loc(Kind.REG, r);
        }
    }

    private final Kind kind;
    private final int index;

    private Loc(Kind kind, int index) {
        this.kind = kind;
        this.index = index;
    }

    /** Register {@code n} (0..15). */
    public static Loc reg(int n) {
        if (n < 0 || n >= REGS) {
            throw new IllegalArgumentException("no register r" + n);
        }
        return REG_LOCS[n];
    }

    /** Spill slot {@code n} (0 and up). */
    public static Loc slot(int n) {
        Loc[] c = slots;
        return n >= 0 && n < c.length ? c[n] : interned(Kind.SLOT, n);
    }

    /** Incoming stack argument {@code k} (the fifth parameter is k = 0). */
    public static Loc inArg(int k) {
        Loc[] c = inArgs;
        return k >= 0 && k < c.length ? c[k] : interned(Kind.IN_ARG, k);
    }

    private static synchronized Loc interned(Kind kind, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative " + kind + " index " + n);
        }
        if (kind == Kind.SLOT) {
            if (n >= slots.length) {
                slots = grown(kind, slots, Math.max(n + 1, 2 * slots.length));
            }
            return slots[n];
        }
        if (n >= inArgs.length) {
            inArgs = grown(kind, inArgs, Math.max(n + 1, 2 * inArgs.length));
        }
        return inArgs[n];
    }

    /** A copy of {@code old} (same instances) extended to {@code size} entries. */
    private static Loc[] grown(Kind kind, Loc[] old, int size) {
        Loc[] c = java.util.Arrays.copyOf(old, size);
        for (int n = old.length; n < size; n++) {
            c[n] = new Loc(kind, n);
        }
        return c;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isNone() {
        return kind == Kind.NONE;
    }

    public boolean isReg() {
        return kind == Kind.REG;
    }

    /** A register r0..r7, the ones most Thumb-1 instructions can name. */
    public boolean isLowReg() {
        return kind == Kind.REG && index < 8;
    }

    public boolean isSlot() {
        return kind == Kind.SLOT;
    }

    public boolean isInArg() {
        return kind == Kind.IN_ARG;
    }

    public boolean isRemat() {
        return kind == Kind.REMAT;
    }

    /** In memory: a spill slot or an incoming stack argument. */
    public boolean isStack() {
        return kind == Kind.SLOT || kind == Kind.IN_ARG;
    }

    /** The register number; fails for any other kind. */
    public int reg() {
        return index(Kind.REG);
    }

    /** The spill slot number; fails for any other kind. */
    public int slot() {
        return index(Kind.SLOT);
    }

    /** The incoming argument index; fails for any other kind. */
    public int inArg() {
        return index(Kind.IN_ARG);
    }

    private int index(Kind k) {
        if (kind != k) {
            throw new IllegalStateException("location " + this + " is no " + k);
        }
        return index;
    }

    @Override
    public boolean equals(Object o) {
        return this == o; // interned
    }

    @Override
    public int hashCode() {
        return kind.ordinal() * 31 + index;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case NONE -> "-";
            case REG -> "r" + index;
            case SLOT -> "s" + index;
            case IN_ARG -> "a" + index;
            case REMAT -> "c";
        };
    }
}
