package rtgo.ir;

/**
 * Every operation of the IR, as one table of data (the way Go's SSA back end keeps its ops).
 *
 * <p>Two levels share the table. <b>Generic</b> ops are what the front end produces from bytecode
 * and what the optimiser works on. <b>Thumb</b> ops (prefix {@code T_}) are produced by the lowering
 * pass ({@code rtgo.lower}); they map one-to-one (or one-to-a-fixed-few) onto ARMv6-M instructions
 * and carry what the register allocator must know: {@link #TWO_ADDR} (the encoding writes its first
 * operand, e.g. {@code ands rd, rm}) and the range of the immediate in {@code aux}.
 *
 * <p>Columns: arity ({@code -1} = variadic), result type ({@code null} = given per instruction),
 * flags. An op without {@link #EFFECT} and without {@link #TERM} is pure: it may be folded, shared or
 * removed when unused.
 */
public enum Op {
    // ---- values -------------------------------------------------------------------------------
    /** A constant; {@code aux} is the value (type I), or null (type R, aux 0). */
    CONST(0, null, 0),
    /** The n-th parameter ({@code aux}); only in the entry block. */
    PARAM(0, null, 0),
    /** SSA merge: one argument per predecessor, in predecessor order. */
    PHI(-1, null, 0),
    /** Same bits, other type: reference to address and back (rtgo.vm.Address). Free. */
    CAST(1, null, 0),
    /** A copy; after lowering, copies also move values into fixed registers. */
    COPY(1, null, 0),

    // ---- int arithmetic (Java semantics: wrap-around, shifts use the low 5 bits) ----------------
    ADD(2, Type.I, Flags.COMM), SUB(2, Type.I, 0), MUL(2, Type.I, Flags.COMM),
    /** Signed division; the divisor is known non-zero (a DIVCHECK precedes it). */
    DIV(2, Type.I, 0),
    /** Signed remainder; the divisor is known non-zero. */
    REM(2, Type.I, 0),
    AND(2, Type.I, Flags.COMM), OR(2, Type.I, Flags.COMM), XOR(2, Type.I, Flags.COMM),
    SHL(2, Type.I, 0), SHR(2, Type.I, 0), USHR(2, Type.I, 0),
    /** Rotate right by the second argument modulo 32. */
    ROR(2, Type.I, 0),
    NEG(1, Type.I, 0),
    /** Sign-extend the low byte / low half, zero-extend the low half (i2b, i2s, i2c). */
    I2B(1, Type.I, 0), I2S(1, Type.I, 0), I2C(1, Type.I, 0),

    // ---- arrays --------------------------------------------------------------------------------
    ARRAYLEN(1, Type.I, 0),
    /**
     * Element load (array, index[, base]); {@code aux} is the {@link Elem} ordinal. Index known in
     * bounds. The optional base is the array's {@link #ELEMBASE}, for register-offset addressing.
     */
    ALOAD(-1, null, Flags.READS),
    /** Element store (array, index, value[, base]); {@code aux} is the {@link Elem} ordinal. */
    ASTORE(-1, Type.V, Flags.EFFECT),
    /** Address of an array's element 0 (array + 8): hoistable, so loops index from a register. */
    ELEMBASE(1, Type.I, 0),
    /** New array of length arg0; {@code sym} is the array type name, e.g. "[I". */
    NEWARRAY(1, Type.R, Flags.EFFECT | Flags.THROWS),
    /** New multi-dimensional array; one argument per given dimension; {@code sym} the type name. */
    NEWMULTI(-1, Type.R, Flags.EFFECT | Flags.THROWS),

    // ---- checks: no result, throw when they fail --------------------------------------------------
    NULLCHECK(1, Type.V, Flags.EFFECT | Flags.THROWS),
    /** Throws ArrayIndexOutOfBoundsException unless 0 <= arg0 < arg1 (index, length). */
    BOUNDSCHECK(2, Type.V, Flags.EFFECT | Flags.THROWS),
    /** Throws ArithmeticException when arg0 is zero. */
    DIVCHECK(1, Type.V, Flags.EFFECT | Flags.THROWS),
    /** Throws ArrayStoreException unless arg1 is null or exactly the element type of array arg0. */
    STORECHECK(2, Type.V, Flags.EFFECT | Flags.THROWS),

    // ---- statics, calls, constants in memory ----------------------------------------------------
    /** Static field load; {@code sym} is the field symbol, {@code aux} the {@link Elem} ordinal. */
    GETSTATIC(0, null, Flags.READS),
    /** Static field store; {@code sym} and {@code aux} as for GETSTATIC. */
    PUTSTATIC(1, Type.V, Flags.EFFECT),
    /** Runs the class initialiser of {@code sym} (a class name) unless it has started already. */
    INITCHECK(0, Type.V, Flags.EFFECT | Flags.THROWS),
    /** Static call of {@code sym} (a method symbol). */
    CALL(-1, null, Flags.EFFECT | Flags.THROWS | Flags.CALLS),
    /** Address of a string literal; {@code sym} is the Java string. */
    STRING(0, Type.R, 0),
    /** Address of a linker symbol {@code sym}. */
    SYMBOL(0, Type.I, 0),
    /** Raw memory access (rtgo.vm.Mem); loads zero-extend. Device registers: never merged or moved. */
    LOAD32(1, Type.I, Flags.EFFECT), LOAD16(1, Type.I, Flags.EFFECT), LOAD8(1, Type.I, Flags.EFFECT),
    STORE32(2, Type.V, Flags.EFFECT), STORE16(2, Type.V, Flags.EFFECT), STORE8(2, Type.V, Flags.EFFECT),
    /** A CPU instruction (rtgo.vm.Cpu); {@code aux} is the {@link CpuOp} ordinal. */
    CPU(-1, null, Flags.EFFECT),

    // ---- terminators ---------------------------------------------------------------------------
    GOTO(0, Type.V, Flags.TERM),
    /** Two-way branch on {@code aux} ({@link Cond} ordinal) of arg0, arg1: successor 0 if true, 1 if not. */
    IF(2, Type.V, Flags.TERM),
    /** Multi-way branch on arg0: {@code sym} is int[] keys; successor i for key i, the last for default. */
    SWITCH(1, Type.V, Flags.TERM),
    /** Return, with zero or one value. */
    RET(-1, Type.V, Flags.TERM),

    // ---- Thumb (ARMv6-M) ops, produced by rtgo.lower ----------------------------------------------
    /** {@code movs rd, #aux} (0..255). */
    T_MOVI(0, null, Flags.MACHINE),
    /** {@code ldr rd, =value}: aux (sym null) or the address of {@code sym}; literal pool. */
    T_LDRLIT(0, null, Flags.MACHINE),
    /** {@code adds rd, rn, rm} / {@code subs rd, rn, rm}. */
    T_ADD(2, Type.I, Flags.MACHINE | Flags.COMM), T_SUB(2, Type.I, Flags.MACHINE),
    /** {@code adds/subs rd, rn, #aux}: aux 0..7 any registers, 8..255 needs rd == rn. */
    T_ADDI(1, Type.I, Flags.MACHINE), T_SUBI(1, Type.I, Flags.MACHINE),
    /** {@code rsbs rd, rn, #0}. */
    T_NEG(1, Type.I, Flags.MACHINE),
    /** {@code mvns rd, rm}. */
    T_MVN(1, Type.I, Flags.MACHINE),
    /** Two-address ALU ops: {@code op rd, rm} computes rd = rd op rm. */
    T_MUL(2, Type.I, Flags.MACHINE | Flags.COMM | Flags.TWO_ADDR),
    T_AND(2, Type.I, Flags.MACHINE | Flags.COMM | Flags.TWO_ADDR),
    T_ORR(2, Type.I, Flags.MACHINE | Flags.COMM | Flags.TWO_ADDR),
    T_EOR(2, Type.I, Flags.MACHINE | Flags.COMM | Flags.TWO_ADDR),
    /** rd = rd AND NOT rm. */
    T_BIC(2, Type.I, Flags.MACHINE | Flags.TWO_ADDR),
    /** Shifts by register (amount 0..255 from the low byte; 32 and more give 0 or sign fill). */
    T_LSL(2, Type.I, Flags.MACHINE | Flags.TWO_ADDR), T_LSR(2, Type.I, Flags.MACHINE | Flags.TWO_ADDR),
    T_ASR(2, Type.I, Flags.MACHINE | Flags.TWO_ADDR), T_ROR(2, Type.I, Flags.MACHINE | Flags.TWO_ADDR),
    /** Shifts by immediate {@code aux}: lsls 0..31, lsrs/asrs 1..32. */
    T_LSLI(1, Type.I, Flags.MACHINE), T_LSRI(1, Type.I, Flags.MACHINE), T_ASRI(1, Type.I, Flags.MACHINE),
    T_SXTB(1, Type.I, Flags.MACHINE), T_SXTH(1, Type.I, Flags.MACHINE),
    T_UXTB(1, Type.I, Flags.MACHINE), T_UXTH(1, Type.I, Flags.MACHINE),
    /** Loads {@code [rn, #aux]} (aux a byte offset, scaled range 0..124 / 0..62 / 0..31). */
    T_LDR(1, null, Flags.MACHINE | Flags.READS), T_LDRH(1, Type.I, Flags.MACHINE | Flags.READS),
    T_LDRB(1, Type.I, Flags.MACHINE | Flags.READS),
    /** Loads {@code [rn, rm]}, including the sign-extending forms that exist only with a register offset. */
    T_LDRR(2, null, Flags.MACHINE | Flags.READS), T_LDRHR(2, Type.I, Flags.MACHINE | Flags.READS),
    T_LDRBR(2, Type.I, Flags.MACHINE | Flags.READS), T_LDRSHR(2, Type.I, Flags.MACHINE | Flags.READS),
    T_LDRSBR(2, Type.I, Flags.MACHINE | Flags.READS),
    /** Stores {@code rt} (arg1) to {@code [rn (arg0), #aux]}. */
    T_STR(2, Type.V, Flags.MACHINE | Flags.EFFECT), T_STRH(2, Type.V, Flags.MACHINE | Flags.EFFECT),
    T_STRB(2, Type.V, Flags.MACHINE | Flags.EFFECT),
    /** Stores {@code rt} (arg2) to {@code [rn (arg0), rm (arg1)]}. */
    T_STRR(3, Type.V, Flags.MACHINE | Flags.EFFECT), T_STRHR(3, Type.V, Flags.MACHINE | Flags.EFFECT),
    T_STRBR(3, Type.V, Flags.MACHINE | Flags.EFFECT),
    /** Waits for the SIO divider (arg0 = SIO base): result is scratch. */
    T_DIVWAIT(1, Type.I, Flags.MACHINE | Flags.EFFECT),
    /** Stores arg0 into the outgoing stack-argument slot {@code aux} (0 = the fifth argument). */
    T_STOREARG(1, Type.V, Flags.MACHINE | Flags.EFFECT),
    /** Compare-and-branch with an immediate: {@code cmp rn, #aux2}; aux is the Cond. */
    T_IFI(1, Type.V, Flags.MACHINE | Flags.TERM),
    /** Jump table over arg0 (already rebased to 0): successors are the cases, then the default. */
    T_JUMPTABLE(1, Type.V, Flags.MACHINE | Flags.TERM),
    /** Load from a spill slot (arg0 is the spilled value, whose location is its slot). */
    T_RELOAD(1, null, Flags.MACHINE),
    /** Store arg0 to its own spill slot: the result is the stack-resident copy. */
    T_SPILL(1, null, Flags.MACHINE | Flags.EFFECT);

    /** Op flags. */
    public static final class Flags {
        private Flags() {}
        /** Has an effect beyond its result (writes memory, calls, may trap): never removed or merged. */
        public static final int EFFECT = 1;
        /** Ends a block. */
        public static final int TERM = 2;
        /** May throw a Java exception. */
        public static final int THROWS = 4;
        /** Arguments may be swapped. */
        public static final int COMM = 8;
        /** A Thumb op (after lowering). */
        public static final int MACHINE = 16;
        /** The Thumb encoding writes its first operand: the result register should equal arg0's. */
        public static final int TWO_ADDR = 32;
        /** Calls a function: caller-saved registers are clobbered. */
        public static final int CALLS = 64;
        /** Reads memory that stores may change: not moved across effects, not removed if used. */
        public static final int READS = 128;
    }

    /** Number of arguments, or -1 when variadic. */
    public final int arity;
    /** The result type, or null when each instruction states its own. */
    public final Type result;
    private final int flags;

    Op(int arity, Type result, int flags) {
        this.arity = arity;
        this.result = result;
        this.flags = flags;
    }

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    public boolean isTerminator() {
        return has(Flags.TERM);
    }

    /** No side effect and not a memory read: may be folded, shared or removed when unused. */
    public boolean isPure() {
        return (flags & (Flags.EFFECT | Flags.TERM | Flags.READS)) == 0 && this != PHI && this != PARAM;
    }

    /** The name in the IR's text form. */
    public String text() {
        return name().toLowerCase();
    }

    public static Op ofText(String s) {
        return valueOf(s.toUpperCase());
    }
}
