package rtgo.ir;

/**
 * Facts about a method's IR that passes require, establish or destroy (the pass list checks their
 * order when it is built, and the {@link Verifier} checks the ones it can on the IR itself).
 */
public enum Prop {
    /** The front end's block graph of the bytecode exists; blocks hold no instructions yet. */
    BLOCKS,
    /** Instructions in SSA form: every block is filled and ends in a terminator. */
    SSA,
    /** Only generic ops (no Thumb ops): what the optimiser and instruction selection work on. */
    GENERIC,
    /** Every block is reachable from the entry. */
    REACHABLE,
    /** Only Thumb ops and the generic ops the emitter handles itself ({@link Op#legalAfterLowering}). */
    LOWERED,
    /** No edge leads from a block with several successors to a block with several predecessors. */
    NO_CRITICAL_EDGES,
    /** The block list is in final emission order. */
    LAID_OUT,
    /** {@link Block#loopDepth} is up to date. */
    LOOP_DEPTH,
    /** Every value has a location ({@link Insn#loc}): a register, a spill slot or an incoming argument. */
    ALLOCATED,
    /** Phi moves are decided: the unit holds the Allocation the emitter reads. */
    MOVES
}
