package rtgo.ir;

import java.util.Arrays;

/**
 * One instruction, which is also the SSA value it defines (if its type is not {@link Type#V}).
 *
 * <p>Invariants (checked by {@link Verifier}): {@code id} is unique in its function and dense
 * (below {@link Func#idLimit()}); {@code args} are instructions of the same function that dominate
 * this one (for a phi: that dominate the end of the matching predecessor); {@code block} is the
 * block whose list holds this instruction. The register allocator fills {@link #loc}.
 */
public final class Insn {
    /** Location value meaning "not allocated". Registers are 0..15; stack slots start at {@link #STACK}. */
    public static final int NO_LOC = -1;
    /**
     * A constant that feeds only a phi: it gets no register; the phi's move materialises it
     * straight into the phi's location.
     */
    public static final int REMAT = 99;
    /** Spill slot n has location {@code STACK + n}. */
    public static final int STACK = 100;
    /** Incoming stack argument k (the fifth parameter is k = 0) has location {@code IN_ARG + k}. */
    public static final int IN_ARG = 10_000;

    public int id;
    public Op op;
    public Type type;
    public Insn[] args;
    /** Integer operand: constant value, parameter index, condition, element kind, immediate... */
    public int aux;
    /** Second integer operand (the immediate of {@link Op#T_IFI}). */
    public int aux2;
    /**
     * Named operand: what it names depends on the op ({@link Op#sym}, a column of the op table: a
     * method or field symbol, a class name, an array type, a string literal's text, a linker symbol,
     * a null check's message), null for ops that name nothing.
     */
    public String sym;
    /** Table operand: a switch's keys, a jump table's successor map ({@link Op#table}); else null. */
    public int[] table;
    /** The memory it reads or writes, when its op {@link Op#accessesMemory accesses memory}; else null. */
    public Alias mem;
    public Block block;
    /** Java source line, or 0. */
    public int line;
    /** Register the value must live in (pre-coloured), or {@link #NO_LOC}. */
    public int fixedReg = NO_LOC;
    /** Allocated location: register number, {@code STACK + slot}, or {@code IN_ARG + k}. */
    public int loc = NO_LOC;

    Insn(int id, Op op, Type type, Insn[] args) {
        this.id = id;
        this.op = op;
        this.type = type;
        this.args = args;
    }

    public Insn arg(int i) {
        return args[i];
    }

    public boolean hasValue() {
        return type != Type.V;
    }

    public boolean isConst() {
        return op == Op.CONST;
    }

    /** True when this is an int constant equal to {@code v}. */
    public boolean isConst(int v) {
        return op == Op.CONST && aux == v;
    }

    public boolean isPhi() {
        return op == Op.PHI;
    }

    public Cond cond() {
        return Cond.values()[aux];
    }

    public Elem elem() {
        return Elem.values()[aux];
    }

    /** Replaces every argument equal to {@code from} by {@code to}. */
    public void replaceArg(Insn from, Insn to) {
        for (int i = 0; i < args.length; i++) {
            if (args[i] == from) {
                args[i] = to;
            }
        }
    }

    public void setArgs(Insn... newArgs) {
        this.args = newArgs;
    }

    public void appendArg(Insn a) {
        args = Arrays.copyOf(args, args.length + 1);
        args[args.length - 1] = a;
    }

    public boolean inRegister() {
        return loc >= 0 && loc < 16;
    }

    public boolean onStack() {
        return loc >= STACK;
    }

    @Override
    public String toString() {
        return "v" + id;
    }
}
