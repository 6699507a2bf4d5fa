package rtgo.ir;

/**
 * Every operation of the IR, one row of facts each (the way QBE's {@code ops.h} and Go's
 * {@code _gen/ARMOps.go} keep theirs): every pass that needs to know something about an op asks
 * this table instead of restating it in a switch.
 *
 * <p>Two levels share the table. <b>Generic</b> ops are what the front end produces from bytecode
 * and what the optimiser works on. <b>Thumb</b> ops (prefix {@code T_}) are produced by the lowering
 * pass ({@code rtgo.lower}); they map one-to-one (or one-to-a-fixed-few) onto ARMv6-M instructions
 * (Architecture Reference Manual, A6.7). After lowering only Thumb ops and the generic ops marked
 * {@link Row#late} may remain ({@link #legalAfterLowering}).
 *
 * <p>The columns ({@link Row}): arity ({@code -1} = variadic) and result type ({@code null} = given
 * per instruction); what {@code aux} means ({@link Aux}) and, for Thumb ops, its immediate range;
 * the number of successors of a terminator; the flag bits ({@link Flags}: effect, terminator,
 * throws, commutative, check, load, store, call, two-address...); how the op leaves the condition
 * flags ({@link FlagEffect}); which arguments are read after the result is written (late uses) and
 * which argument's register the result would like (the allocator's hint); the width and sign of a
 * memory access and whether it addresses with a register offset; and the assembler template of the
 * ops the emitter writes from the table ({@code %d} result, {@code %0..%2} arguments, {@code %i}
 * {@code aux}). An op without {@link Flags#EFFECT}, {@link Flags#READS} and {@link Flags#TERM} is
 * pure: it may be folded, shared or removed when unused.
 */
public enum Op {
    // ---- values -------------------------------------------------------------------------------
    /** A constant; {@code aux} is the value (type I), or null (type R, aux 0). */
    CONST(Row.op(0, null).aux(Aux.INT)),
    /** The n-th parameter ({@code aux}); only in the entry block. */
    PARAM(Row.op(0, null).aux(Aux.INT).late().keepsFlags()),
    /** SSA merge: one argument per predecessor, in predecessor order. */
    PHI(Row.op(-1, null).late().keepsFlags().hint(0).in("*")),
    /** Same bits, other type: reference to address and back (rtgo.vm.Address). Free. */
    CAST(Row.op(1, null).in("*")),
    /** A copy; after lowering, copies also move values into fixed registers. */
    COPY(Row.op(1, null).late().keepsFlags().anyRegs().hint(0).in("*")),

    // ---- int arithmetic (Java semantics: wrap-around, shifts use the low 5 bits) ----------------
    ADD(Row.op(2, Type.I).flags(Flags.COMM).in("ii")), SUB(Row.op(2, Type.I).in("ii")), MUL(Row.op(2, Type.I).flags(Flags.COMM).in("ii")),
    /** Signed division; the divisor is known non-zero (a DIVCHECK precedes it). */
    DIV(Row.op(2, Type.I).in("ii")),
    /** Signed remainder; the divisor is known non-zero. */
    REM(Row.op(2, Type.I).in("ii")),
    AND(Row.op(2, Type.I).flags(Flags.COMM).in("ii")), OR(Row.op(2, Type.I).flags(Flags.COMM).in("ii")),
    XOR(Row.op(2, Type.I).flags(Flags.COMM).in("ii")),
    SHL(Row.op(2, Type.I).in("ii")), SHR(Row.op(2, Type.I).in("ii")), USHR(Row.op(2, Type.I).in("ii")),
    /** Rotate right by the second argument modulo 32. */
    ROR(Row.op(2, Type.I).in("ii")),
    NEG(Row.op(1, Type.I).in("i")),
    /** Sign-extend the low byte / low half, zero-extend the low half (i2b, i2s, i2c). */
    I2B(Row.op(1, Type.I).in("i")), I2S(Row.op(1, Type.I).in("i")), I2C(Row.op(1, Type.I).in("i")),

    // ---- long arithmetic: a long is two int values, its low and its high word (docs/abi.md, "long") ----
    /** High word of a 64-bit sum (alo, blo, ahi, bhi): ahi + bhi + the carry out of alo + blo. */
    ADDHI(Row.op(4, Type.I).in("iiii")),
    /** High word of a 64-bit difference (alo, blo, ahi, bhi): ahi - bhi - the borrow of alo - blo. */
    SUBHI(Row.op(4, Type.I).in("iiii")),
    /** Java's lcmp of (alo, ahi) and (blo, bhi): -1, 0 or 1 (signed high words, unsigned low words). */
    LCMP(Row.op(4, Type.I).in("iiii")),
    /**
     * The high word of the long result of call arg0 (which gives the low word): arrives in r1. An
     * effect so that it stays right after its call, which lowering relies on; lowering drops the
     * argument (the value is r1 as the call left it).
     */
    HIRESULT(Row.op(-1, Type.I).flags(Flags.EFFECT).late().in("i")),

    // ---- arrays --------------------------------------------------------------------------------
    /** The length word of an array: never changes after allocation, so it is pure. */
    ARRAYLEN(Row.op(1, Type.I).in("r")),
    /**
     * Element load (array, index[, base]); {@code aux} is the {@link Elem} ordinal. Index known in
     * bounds. The optional base is the array's {@link #ELEMBASE}, for register-offset addressing.
     */
    ALOAD(Row.op(-1, null).aux(Aux.ELEM).flags(Flags.READS | Flags.LOAD).in("rii")),
    /** Element store (array, index, value[, base]); {@code aux} is the {@link Elem} ordinal. */
    ASTORE(Row.op(-1, Type.V).aux(Aux.ELEM).flags(Flags.EFFECT | Flags.STORE).in("ri*i")),
    /** Address of an array's element 0 (array + 8): hoistable, so loops index from a register. */
    ELEMBASE(Row.op(1, Type.I).in("r")),
    /** New array of length arg0; {@code sym} is the array type name, e.g. "[I". */
    NEWARRAY(Row.op(1, Type.R).sym(Sym.ARRAY_TYPE).flags(Flags.EFFECT | Flags.THROWS | Flags.ALLOCATES).in("i")),
    /** New multi-dimensional array; one argument per given dimension; {@code sym} the type name. */
    NEWMULTI(Row.op(-1, Type.R).sym(Sym.ARRAY_TYPE).flags(Flags.EFFECT | Flags.THROWS | Flags.ALLOCATES).in("i")),

    // ---- checks: no result, throw when they fail --------------------------------------------------
    NULLCHECK(Row.op(1, Type.V).sym(Sym.NPE_MESSAGE).flags(Flags.EFFECT | Flags.THROWS | Flags.CHECK).late().in("r")),
    /** Throws ArrayIndexOutOfBoundsException unless 0 <= arg0 < arg1 (index, length). */
    BOUNDSCHECK(Row.op(2, Type.V).flags(Flags.EFFECT | Flags.THROWS | Flags.CHECK).late().in("ii")),
    /** Throws ArithmeticException when arg0 is zero. */
    DIVCHECK(Row.op(1, Type.V).flags(Flags.EFFECT | Flags.THROWS | Flags.CHECK).late().in("i")),
    /** Throws ArrayStoreException unless arg1 is null or exactly the element type of array arg0. */
    STORECHECK(Row.op(2, Type.V).flags(Flags.EFFECT | Flags.THROWS | Flags.CHECK).in("rr")),

    // ---- statics, calls, constants in memory ----------------------------------------------------
    /** Static field load; {@code sym} is the field symbol, {@code aux} the {@link Elem} ordinal. */
    GETSTATIC(Row.op(0, null).sym(Sym.FIELD).aux(Aux.ELEM).flags(Flags.READS | Flags.LOAD)),
    /** Static field store; {@code sym} and {@code aux} as for GETSTATIC. */
    PUTSTATIC(Row.op(1, Type.V).sym(Sym.FIELD).aux(Aux.ELEM).flags(Flags.EFFECT | Flags.STORE).in("*")),
    /**
     * Runs the class initialiser of {@code sym} (a class name) unless it has started already. A
     * check (it changes nothing once the class is initialised). It calls a stub that saves every
     * register it uses, so it is not {@link Flags#CALLS}: no register is clobbered across it.
     */
    INITCHECK(Row.op(0, Type.V).sym(Sym.CLASS).flags(Flags.EFFECT | Flags.THROWS | Flags.CHECK | Flags.INVOKES).late()),
    /** Static call of {@code sym} (a method symbol); after lowering {@code aux} is the argument count. */
    CALL(Row.op(-1, null).sym(Sym.METHOD).flags(Flags.EFFECT | Flags.THROWS | Flags.CALLS).late().in("*")),
    // ---- objects ------------------------------------------------------------------------------------
    /** New zeroed instance of class {@code sym}: fields zero, descriptor written. */
    NEW(Row.op(0, Type.R).sym(Sym.CLASS).flags(Flags.EFFECT | Flags.THROWS | Flags.ALLOCATES)),
    /**
     * Instance field load from arg0 (known non-null); {@code sym} is the field ({@code F:Class.name} of
     * the declaring class),
     * {@code aux} the {@link Elem} ordinal, {@code aux2} the byte offset in the object.
     */
    GETFIELD(Row.op(1, null).sym(Sym.INSTANCE_FIELD).aux(Aux.ELEM).flags(Flags.READS | Flags.LOAD).in("r")),
    /** Instance field store (object, value); {@code sym}, {@code aux}, {@code aux2} as for GETFIELD. */
    PUTFIELD(Row.op(2, Type.V).sym(Sym.INSTANCE_FIELD).aux(Aux.ELEM).flags(Flags.EFFECT | Flags.STORE).in("r*")),
    /**
     * Virtual call (receiver, arguments...) of {@code sym}, the method the call site resolves to;
     * the receiver is known non-null. Lowering calls the one implementation the closed world has,
     * or dispatches through the receiver's virtual method table.
     */
    VCALL(Row.op(-1, null).sym(Sym.METHOD).flags(Flags.EFFECT | Flags.THROWS | Flags.CALLS).in("r*")),
    /** Interface call (receiver, arguments...) of {@code sym}, the interface method the call site resolves to. */
    ICALL(Row.op(-1, null).sym(Sym.METHOD).flags(Flags.EFFECT | Flags.THROWS | Flags.CALLS).in("r*")),
    /** Whether arg0 is an instance of class {@code sym} (0 or 1; null is not). */
    INSTANCEOF(Row.op(1, Type.I).sym(Sym.CLASS).in("r")),
    /** Throws ClassCastException unless arg0 is null or an instance of class {@code sym}. */
    CHECKCAST(Row.op(1, Type.V).sym(Sym.CLASS).flags(Flags.EFFECT | Flags.THROWS | Flags.CHECK).in("r")),
    /**
     * Indirect call after lowering: register arguments, then the target address last; {@code sym}
     * names the method the call site resolved to (for the stack-depth check), {@code aux} the
     * argument count as for CALL.
     */
    CALLV(Row.op(-1, null).sym(Sym.METHOD).flags(Flags.EFFECT | Flags.THROWS | Flags.CALLS).late().in("*")),
    /** Address of a string literal; {@code sym} is the Java string. */
    STRING(Row.op(0, Type.R).sym(Sym.TEXT)),
    /** Address of a linker symbol {@code sym}. */
    SYMBOL(Row.op(0, Type.I).sym(Sym.LABEL)),
    /** Raw memory access (rtgo.vm.Mem); loads zero-extend. Device registers: never merged or moved. */
    LOAD32(Row.op(1, Type.I).flags(Flags.EFFECT | Flags.LOAD | Flags.VOLATILE).width(2)),
    LOAD16(Row.op(1, Type.I).flags(Flags.EFFECT | Flags.LOAD | Flags.VOLATILE).width(1)),
    LOAD8(Row.op(1, Type.I).flags(Flags.EFFECT | Flags.LOAD | Flags.VOLATILE).width(0)),
    STORE32(Row.op(2, Type.V).flags(Flags.EFFECT | Flags.STORE | Flags.VOLATILE).width(2)),
    STORE16(Row.op(2, Type.V).flags(Flags.EFFECT | Flags.STORE | Flags.VOLATILE).width(1)),
    STORE8(Row.op(2, Type.V).flags(Flags.EFFECT | Flags.STORE | Flags.VOLATILE).width(0)),
    /** A CPU instruction (rtgo.vm.Cpu); {@code aux} is the {@link CpuOp} ordinal. Orders all memory. */
    CPU(Row.op(-1, null).aux(Aux.CPU).flags(Flags.EFFECT | Flags.VOLATILE).late()),

    // ---- terminators ---------------------------------------------------------------------------
    GOTO(Row.op(0, Type.V).flags(Flags.TERM).succs(1).late()),
    /** Two-way branch on {@code aux} ({@link Cond} ordinal) of arg0, arg1: successor 0 if true, 1 if not. */
    IF(Row.op(2, Type.V).flags(Flags.TERM).aux(Aux.COND).succs(2).late().in("**")),
    /**
     * Two-way branch on {@code aux} ({@link Cond}: EQ..LE) of the longs (alo, ahi) and (blo, bhi):
     * javac's lcmp and if&lt;cond&gt; in one, successor 0 if true. Compares the high words signed,
     * then, when they are equal, the low words unsigned.
     */
    LIF(Row.op(4, Type.V).flags(Flags.TERM).aux(Aux.COND).succs(2).late().in("iiii")),
    /** Multi-way branch on arg0: {@code table} holds the keys; successor i for key i, the last for default. */
    SWITCH(Row.op(1, Type.V).table().flags(Flags.TERM).succs(Row.KEYS_PLUS_DEFAULT).in("i")),
    /** Return, with zero or one value. */
    RET(Row.op(-1, Type.V).flags(Flags.TERM).succs(0).late().in("*")),
    /**
     * The exception edge of the throwing instructions of its block (a call or a check inside a try
     * region; the front end ends such a block after each one): successor 0 is where execution goes
     * on, successor 1 the handler dispatch the unwinder lands in when one of them throws. Values
     * live into the handler are kept out of caller-saved registers across those instructions, as
     * across a call. Emits at most a branch to successor 0.
     */
    EXCEPT(Row.op(0, Type.V).flags(Flags.TERM).succs(2).late()),

    // ---- Thumb (ARMv6-M) ops, produced by rtgo.lower ----------------------------------------------
    /** {@code movs rd, #aux} (0..255). */
    T_MOVI(Row.thumb(0, null).imm(0, 255, 1).clobbersFlags().asm("movs %d, #%i")),
    /** {@code ldr rd, =value}: aux (sym null) or the address of {@code sym}; literal pool. */
    T_LDRLIT(Row.thumb(0, null).sym(Sym.LABEL).aux(Aux.INT).clobbersFlags()),
    /** {@code adds rd, rn, rm} / {@code subs rd, rn, rm}. */
    T_ADD(Row.thumb(2, Type.I).flags(Flags.COMM).setsFlags().asm("adds %d, %0, %1")),
    T_SUB(Row.thumb(2, Type.I).setsFlags().asm("subs %d, %0, %1")),
    /** {@code adds/subs rd, rn, #aux}: aux 0..7 any registers, 8..255 needs rd == rn. */
    T_ADDI(Row.thumb(1, Type.I).imm(0, 255, 1).setsFlags().hint(0)),
    T_SUBI(Row.thumb(1, Type.I).imm(0, 255, 1).setsFlags().hint(0)),
    /** {@code rsbs rd, rn, #0}. */
    T_NEG(Row.thumb(1, Type.I).setsFlags().asm("rsbs %d, %0, #0")),
    /** {@code mvns rd, rm}. */
    T_MVN(Row.thumb(1, Type.I).setsFlags().asm("mvns %d, %0")),
    /** Two-address ALU ops: {@code op rd, rm} computes rd = rd op rm. */
    T_MUL(Row.thumb(2, Type.I).flags(Flags.COMM).twoAddr().asm("muls %d, %1, %d")),
    T_AND(Row.thumb(2, Type.I).flags(Flags.COMM).twoAddr().asm("ands %d, %1")),
    T_ORR(Row.thumb(2, Type.I).flags(Flags.COMM).twoAddr().asm("orrs %d, %1")),
    T_EOR(Row.thumb(2, Type.I).flags(Flags.COMM).twoAddr().asm("eors %d, %1")),
    /** rd = rd AND NOT rm. */
    T_BIC(Row.thumb(2, Type.I).twoAddr().asm("bics %d, %1")),
    /** Shifts by register (amount 0..255 from the low byte; 32 and more give 0 or sign fill). */
    T_LSL(Row.thumb(2, Type.I).twoAddr().asm("lsls %d, %1")),
    T_LSR(Row.thumb(2, Type.I).twoAddr().asm("lsrs %d, %1")),
    T_ASR(Row.thumb(2, Type.I).twoAddr().asm("asrs %d, %1")),
    T_ROR(Row.thumb(2, Type.I).twoAddr().asm("rors %d, %1")),
    /** Shifts by immediate {@code aux}: lsls 0..31, lsrs/asrs 1..32. */
    T_LSLI(Row.thumb(1, Type.I).imm(0, 31, 1).setsFlags().asm("lsls %d, %0, #%i")),
    T_LSRI(Row.thumb(1, Type.I).imm(1, 32, 1).setsFlags().asm("lsrs %d, %0, #%i")),
    T_ASRI(Row.thumb(1, Type.I).imm(1, 32, 1).setsFlags().asm("asrs %d, %0, #%i")),
    T_SXTB(Row.thumb(1, Type.I).asm("sxtb %d, %0")), T_SXTH(Row.thumb(1, Type.I).asm("sxth %d, %0")),
    T_UXTB(Row.thumb(1, Type.I).asm("uxtb %d, %0")), T_UXTH(Row.thumb(1, Type.I).asm("uxth %d, %0")),
    /** Loads {@code [rn, #aux]} (aux a byte offset, scaled range 0..124 / 0..62 / 0..31). */
    T_LDR(Row.thumb(1, null).load(2, false, false).imm(0, 124, 4).asm("ldr %d, [%0, #%i]")),
    T_LDRH(Row.thumb(1, Type.I).load(1, false, false).imm(0, 62, 2).asm("ldrh %d, [%0, #%i]")),
    T_LDRB(Row.thumb(1, Type.I).load(0, false, false).imm(0, 31, 1).asm("ldrb %d, [%0, #%i]")),
    /** Loads {@code [rn, rm]}, including the sign-extending forms that exist only with a register offset. */
    T_LDRR(Row.thumb(2, null).load(2, false, true).asm("ldr %d, [%0, %1]")),
    T_LDRHR(Row.thumb(2, Type.I).load(1, false, true).asm("ldrh %d, [%0, %1]")),
    T_LDRBR(Row.thumb(2, Type.I).load(0, false, true).asm("ldrb %d, [%0, %1]")),
    T_LDRSHR(Row.thumb(2, Type.I).load(1, true, true).asm("ldrsh %d, [%0, %1]")),
    T_LDRSBR(Row.thumb(2, Type.I).load(0, true, true).asm("ldrsb %d, [%0, %1]")),
    /** Stores {@code rt} (arg1) to {@code [rn (arg0), #aux]}. */
    T_STR(Row.thumb(2, Type.V).store(2, false).imm(0, 124, 4).asm("str %1, [%0, #%i]")),
    T_STRH(Row.thumb(2, Type.V).store(1, false).imm(0, 62, 2).asm("strh %1, [%0, #%i]")),
    T_STRB(Row.thumb(2, Type.V).store(0, false).imm(0, 31, 1).asm("strb %1, [%0, #%i]")),
    /** Stores {@code rt} (arg2) to {@code [rn (arg0), rm (arg1)]}. */
    T_STRR(Row.thumb(3, Type.V).store(2, true).asm("str %2, [%0, %1]")),
    T_STRHR(Row.thumb(3, Type.V).store(1, true).asm("strh %2, [%0, %1]")),
    T_STRBR(Row.thumb(3, Type.V).store(0, true).asm("strb %2, [%0, %1]")),
    /**
     * Waits for the SIO divider (arg0 = SIO base): polls CSR_READY (bit 0 of DIV_CSR, SIO + 0x78;
     * datasheet 2.3.1.5), shifting it into carry. The result is scratch, written before arg0's last
     * read (a late use).
     */
    T_DIVWAIT(Row.thumb(1, Type.I).flags(Flags.EFFECT | Flags.LOAD | Flags.VOLATILE).lateUse(0).clobbersFlags()
            .asm("1: ldr %d, [%0, #0x78]\nlsrs %d, %d, #1\nbcc 1b")),
    /** Stores arg0 into the outgoing stack-argument slot {@code aux} (0 = the fifth argument). */
    T_STOREARG(Row.thumb(1, Type.V).flags(Flags.EFFECT).imm(0, 255, 1).keepsFlags()),
    /** Compare-and-branch with an immediate: {@code cmp rn, #aux2}; aux is the Cond. */
    T_IFI(Row.thumb(1, Type.V).flags(Flags.TERM).aux(Aux.COND).imm2(0, 255).succs(2)),
    /**
     * Jump to the address arg0 (loaded from jump table number {@code aux}); entry k of the jump
     * table goes to successor {@code table[k]}. Each successor appears once, however many entries
     * lead to it.
     */
    T_JUMPTABLE(Row.thumb(1, Type.V).table().flags(Flags.TERM).succs(Row.TABLE_TARGETS)),
    /** {@code cmn alo, blo} then {@code adcs} of the high words (see {@link #ADDHI}); no late uses. */
    T_ADDHI(Row.thumb(4, Type.I).clobbersFlags()),
    /** {@code cmp alo, blo} then {@code sbcs} of the high words (see {@link #SUBHI}). */
    T_SUBHI(Row.thumb(4, Type.I).clobbersFlags()),
    /** {@link #LCMP} as compares and branches inside the op. */
    T_LCMP(Row.thumb(4, Type.I).clobbersFlags()),
    /** Load from a spill slot (arg0 is the spilled value, whose location is its slot). */
    T_RELOAD(Row.thumb(1, null).keepsFlags().anyRegs().hint(0)),
    /**
     * {@code instanceof} of a class with no subclass (or String): 1 when arg0 is non-null and its
     * descriptor is arg1 (the class's descriptor address), else 0; no call. arg1 is read after the
     * result is written (a late use), arg0 may share the result's register. The descriptor compare
     * leaves 0 exactly when equal, and subs #1 / sbcs / rsbs turns that into 1 (and all else into 0);
     * on both paths the last flag-setting instruction wrote the result, so N and Z reflect it.
     */
    T_ISEXACT(Row.thumb(2, Type.I).lateUse(1).setsFlags()
            .asm("subs %d, %0, #0\nbeq 1f\nldr %d, [%d, #0]\neors %d, %1\nsubs %d, #1\nsbcs %d, %d\nrsbs %d, %d, #0\n1:")),
    /**
     * {@code checkcast} to a class with no subclass (or String), inline: passes when arg0 is null or
     * its descriptor is arg1 (the class's descriptor address); otherwise branches to a stub that
     * calls Throw.classCast with the two descriptors, which throws HotSpot's ClassCastException.
     * The result is scratch (the descriptor word), written after arg0's last read and before arg1's
     * (a late use).
     */
    T_CASTCHECK(Row.thumb(2, Type.I).flags(Flags.EFFECT | Flags.THROWS | Flags.CHECK).lateUse(1).clobbersFlags()),
    /** Store arg0 to its own spill slot: the result is the stack-resident copy. */
    T_SPILL(Row.thumb(1, null).flags(Flags.EFFECT).keepsFlags().anyRegs());

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
        /**
         * A check: throws or does nothing; once it has passed, the same check of the same values
         * passes again (value numbering may drop a repeat, code motion may hoist it).
         */
        public static final int CHECK = 256;
        /** Reads memory (its instructions carry an {@link Alias}). */
        public static final int LOAD = 512;
        /** Writes memory (its instructions carry an {@link Alias}). */
        public static final int STORE = 1024;
        /** A device-register access or barrier: its order with all other memory accesses is kept. */
        public static final int VOLATILE = 2048;
        /** Allocates heap memory (through a runtime call). */
        public static final int ALLOCATES = 4096;
        /** Runs code not seen here (a class initialiser): may read and write any memory. */
        public static final int INVOKES = 8192;
    }

    /** What an instruction's {@code aux} holds, for the text form and the verifier. */
    public enum Aux {
        NONE, INT, COND, ELEM, CPU
    }

    /** How an op leaves the condition flags for the instructions after it. */
    public enum FlagEffect {
        /** N and Z reflect the result (an ALU op whose Thumb encoding sets flags). */
        SETS,
        /** The flags are unchanged (emits no flag-setting instruction). */
        KEEPS,
        /** The flags are unknown afterwards. */
        CLOBBERS
    }

    /** Number of arguments, or -1 when variadic. */
    public final int arity;
    /** The result type, or null when each instruction states its own. */
    public final Type result;
    private final int flags;
    /** What {@code aux} holds. */
    public final Aux aux;
    /** Inclusive range and alignment of {@code aux} as an immediate (Thumb ops), else 0, -1, 0. */
    public final int immMin;
    public final int immMax;
    public final int immAlign;
    /** Largest {@code aux2} (the compare immediate of {@link #T_IFI}), or -1. */
    public final int imm2Max;
    /** Successors of a terminator: a count, or {@link Row#KEYS_PLUS_DEFAULT}; -1 for other ops. */
    final int succs;
    public final FlagEffect flagEffect;
    /** Bit k set: argument k is read after the result is written, so they need different registers. */
    private final int lateUses;
    /** The argument whose register the result would like (no move needed), or -1. */
    public final int hintArg;
    /** Operands and result may be in any register (r8..r11 too), not only r0..r7. */
    public final boolean anyRegs;
    /** May remain after lowering (a generic op the emitter handles itself). */
    private final boolean late;
    /** Memory access width as log2 bytes (0, 1, 2), or -1. */
    public final int width;
    /** Whether a load sign-extends. */
    public final boolean signExtends;
    /** Whether a Thumb load/store addresses {@code [rn, rm]} instead of {@code [rn, #imm]}. */
    public final boolean regOffset;
    /**
     * Assembler template of an op the emitter writes straight from the table (null: the emitter has
     * a method for it): {@code %d} the result register, {@code %0..%2} the arguments', {@code %i} aux.
     */
    public final String asm;
    /** Operand kinds of a generic op ({@link Row#in}), or null when unchecked. */
    private final String operands;
    /** What {@link Insn#sym} names for this op ({@link Sym#NONE}: the op names nothing). */
    public final Sym sym;
    /** Whether the instruction has an {@link Insn#table} operand. */
    public final boolean table;

    Op(Row r) {
        this.arity = r.arity;
        this.result = r.result;
        this.flags = r.flags;
        this.aux = r.aux;
        this.immMin = r.immMin;
        this.immMax = r.immMax;
        this.immAlign = r.immAlign;
        this.imm2Max = r.imm2Max;
        this.succs = r.succs;
        this.flagEffect = r.flagEffect;
        this.lateUses = r.lateUses;
        this.hintArg = r.hintArg;
        this.anyRegs = r.anyRegs;
        this.late = r.late;
        this.width = r.width;
        this.signExtends = r.signExtends;
        this.regOffset = r.regOffset;
        this.asm = r.asm;
        this.operands = r.operands;
        this.sym = r.sym;
        this.table = r.table;
    }

    /**
     * The type argument {@code k} must have, or null when any value will do (or the op does not
     * say): the {@link Row#in} column.
     */
    public Type operand(int k) {
        if (operands == null || operands.isEmpty()) {
            return null;
        }
        char c = operands.charAt(Math.min(k, operands.length() - 1));
        return c == 'i' ? Type.I : c == 'r' ? Type.R : null;
    }

    /** Whether the op is a Thumb op (produced by lowering). */
    public boolean isMachine() {
        return has(Flags.MACHINE);
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

    public boolean isCheck() {
        return has(Flags.CHECK);
    }

    /** Reads or writes memory, so its instructions carry an {@link Alias} ({@link Insn#mem}). */
    public boolean accessesMemory() {
        return (flags & (Flags.LOAD | Flags.STORE | Flags.CALLS | Flags.ALLOCATES | Flags.VOLATILE | Flags.INVOKES)) != 0;
    }

    /** Whether argument {@code k} is read after the result is written. */
    public boolean lateUse(int k) {
        return (lateUses & (1 << k)) != 0;
    }

    /** A Thumb op, or a generic op the emitter handles: what may remain after lowering. */
    public boolean legalAfterLowering() {
        return has(Flags.MACHINE) || late;
    }

    /** Whether {@code v} fits this op's immediate field. */
    public boolean immFits(int v) {
        return v >= immMin && v <= immMax && (immAlign <= 1 || v % immAlign == 0);
    }

    /** Successors a terminator {@code t} of this op must have, or -1 when this is no terminator. */
    public int successors(Insn t) {
        if (succs == Row.KEYS_PLUS_DEFAULT) {
            return t.table.length + 1;
        }
        if (succs == Row.TABLE_TARGETS) {
            return java.util.Arrays.stream(t.table).max().orElse(-1) + 1;
        }
        return succs;
    }

    /**
     * The Thumb load or store of {@code 1 << width} bytes, immediate- or register-offset; for loads,
     * sign-extending or not. Null when ARMv6-M has no such instruction (sign-extending loads exist
     * only with a register offset).
     */
    public static Op memory(boolean store, int width, boolean signed, boolean regOffset) {
        for (Op op : values()) {
            if (op.has(Flags.MACHINE) && op.width == width && op.regOffset == regOffset
                    && op.has(Flags.STORE) == store && !op.has(Flags.VOLATILE)
                    && (store || op.signExtends == signed)) {
                return op;
            }
        }
        return null;
    }

    /** The name in the IR's text form. */
    public String text() {
        return name().toLowerCase();
    }

    public static Op ofText(String s) {
        return valueOf(s.toUpperCase());
    }

    /** What an instruction's {@link Insn#sym} names: a column of the table. */
    public enum Sym {
        /** Nothing: sym is null. */
        NONE(false),
        /** A method symbol ({@code J:Class.name(desc)}). */
        METHOD(true),
        /** A static field symbol ({@code S:Class.name}). */
        FIELD(true),
        /** An instance field symbol ({@code F:Class.name}). */
        INSTANCE_FIELD(true),
        /** A class, by internal name ({@code a/b/C}). */
        CLASS(true),
        /** An array type descriptor ({@code [I}). */
        ARRAY_TYPE(true),
        /** A string literal's text. */
        TEXT(true),
        /** A linker symbol, or null for a plain constant (literal-pool loads). */
        LABEL(false),
        /** The NullPointerException message of a null check in user code, or null (runtime code). */
        NPE_MESSAGE(false);

        /** Whether every instruction of such an op names something. */
        public final boolean required;

        Sym(boolean required) {
            this.required = required;
        }
    }

    /** One row of the table, built fluently; package-private so only this table makes them. */
    static final class Row {
        /** {@link #succs} of SWITCH-like terminators: one per key in {@code table}, then the default. */
        static final int KEYS_PLUS_DEFAULT = -2;
        /** {@link #succs} of a jump table: one per distinct successor index in its {@code table}. */
        static final int TABLE_TARGETS = -3;

        final int arity;
        final Type result;
        int flags;
        Aux aux = Aux.NONE;
        int immMin;
        int immMax = -1;
        int immAlign;
        int imm2Max = -1;
        int succs = -1;
        FlagEffect flagEffect = FlagEffect.CLOBBERS;
        int lateUses;
        int hintArg = -1;
        boolean anyRegs;
        boolean late;
        int width = -1;
        boolean signExtends;
        boolean regOffset;
        String asm;
        String operands;
        Sym sym = Sym.NONE;
        boolean table;

        private Row(int arity, Type result) {
            this.arity = arity;
            this.result = result;
        }

        /** A generic op. */
        static Row op(int arity, Type result) {
            return new Row(arity, result);
        }

        /** A Thumb op: operands in r0..r7 unless {@link #anyRegs}; flags kept unless it says so. */
        static Row thumb(int arity, Type result) {
            Row r = new Row(arity, result);
            r.flags = Flags.MACHINE;
            r.flagEffect = FlagEffect.KEEPS;
            return r;
        }

        Row flags(int f) {
            flags |= f;
            if ((f & Flags.TERM) != 0) {
                flagEffect = FlagEffect.CLOBBERS;
            }
            return this;
        }

        Row aux(Aux a) {
            aux = a;
            return this;
        }

        Row imm(int min, int max, int align) {
            aux = Aux.INT;
            immMin = min;
            immMax = max;
            immAlign = align;
            return this;
        }

        Row imm2(int min, int max) {
            imm2Max = max;
            return this;
        }

        Row succs(int n) {
            succs = n;
            return this;
        }

        Row setsFlags() {
            flagEffect = FlagEffect.SETS;
            return this;
        }

        /** Materialising a constant may take several flag-setting instructions. */
        Row clobbersFlags() {
            flagEffect = FlagEffect.CLOBBERS;
            return this;
        }

        Row keepsFlags() {
            flagEffect = FlagEffect.KEEPS;
            return this;
        }

        /** rd = rd op rm: the second argument is read after rd is written, the result likes arg0's register. */
        Row twoAddr() {
            flags |= Flags.TWO_ADDR;
            flagEffect = FlagEffect.SETS;
            lateUses |= 2;
            hintArg = 0;
            return this;
        }

        Row lateUse(int k) {
            lateUses |= 1 << k;
            return this;
        }

        Row hint(int k) {
            hintArg = k;
            return this;
        }

        Row anyRegs() {
            anyRegs = true;
            return this;
        }

        /**
         * Operand kinds of a generic op, one character per argument: {@code i} an int, {@code r} a
         * reference, {@code *} any value; the last character covers the rest of a variadic op's
         * arguments. Thumb ops leave it unset: addresses there are ints and references alike.
         */
        /** What the instruction's {@code sym} names. */
        Row sym(Sym kind) {
            sym = kind;
            return this;
        }

        /** The instruction has a {@code table} operand. */
        Row table() {
            table = true;
            return this;
        }

        Row in(String kinds) {
            operands = kinds;
            return this;
        }

        /** A generic op that may remain after lowering. */
        Row late() {
            late = true;
            return this;
        }

        Row width(int w) {
            width = w;
            return this;
        }

        Row load(int w, boolean signed, boolean reg) {
            flags |= Flags.READS | Flags.LOAD;
            width = w;
            signExtends = signed;
            regOffset = reg;
            return this;
        }

        Row store(int w, boolean reg) {
            flags |= Flags.EFFECT | Flags.STORE;
            width = w;
            regOffset = reg;
            return this;
        }

        Row asm(String template) {
            asm = template;
            return this;
        }
    }
}
