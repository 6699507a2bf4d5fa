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
    /** Java source line, or 0; from {@link Func#INLINED} up, a position of inlined code ({@link Inlined}). */
    public int line;
    /** The register the value must live in (pre-coloured), or {@link Loc#NONE}. */
    public Loc fixedReg = Loc.NONE;
    /** Allocated location: a register, a spill slot, an incoming argument or {@link Loc#REMAT}. */
    public Loc loc = Loc.NONE;
    /**
     * An interior pointer: the address of element 0 of an array (an ELEMBASE, whatever op it is
     * lowered to), 8 bytes past the array's start. A collection keeps the array alive through it.
     */
    public boolean interior;
    /**
     * The static class of a reference value when the front end knows it (JVM internal name, or an
     * array descriptor such as {@code [I}), else null: what type-based code motion, devirtualisation
     * and cast removal work from.
     */
    public String refType;

    Insn(int id, Op op, Type type, Insn[] args) {
        this.id = id;
        this.op = op;
        this.type = type;
        this.args = args;
    }

    public Insn arg(int i) {
        return args[i];
    }

    /**
     * Whether the caller-saved registers r0-r3 (and ip) do not survive this instruction: a call,
     * or a throwing instruction in a block with an exception edge ({@link Op#EXCEPT}), because the
     * unwinder that lands in the handler restores only the callee-saved registers.
     */
    public boolean clobbersCallerSaved() {
        if (op.has(Op.Flags.CALLS)) {
            return true;
        }
        if (!op.has(Op.Flags.THROWS) || block == null) {
            return false;
        }
        Insn t = block.terminator();
        return t != null && t.op == Op.EXCEPT;
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

    @Override
    public String toString() {
        return "v" + id;
    }
}
