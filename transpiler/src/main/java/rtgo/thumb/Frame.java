package rtgo.thumb;

import java.util.List;
import java.util.Map;
import rtgo.ir.Block;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Loc;
import rtgo.ir.Op;

/**
 * The stack frame of one allocated function, the one definition the emitter, the stack-depth check
 * ({@link StackCheck}) and the frame table ({@link FrameTable}) share.
 *
 * <p>From the stack pointer up: outgoing stack arguments, spill slots, padding to 8 bytes, then
 * r8..r11 used as spill slots (pushed through low registers), then the registers pushed on entry
 * (used r4..r7, and lr when the function calls), then the caller's stack arguments.
 */
final class Frame {
    /** The largest offset of {@code ldr}/{@code str} {@code [sp, #imm]} (imm8 times 4). */
    static final int SP_REACH = 1020;

    /** Registers saved besides lr, as a mask over r4..r11 ({@link #savedRegisters}). */
    final int saved;
    final boolean saveLr;
    /** Words of outgoing stack arguments. */
    final int outArgs;
    /** Bytes of the whole frame: pushed registers, locals, padding. */
    final int size;
    /** Bytes below the pushed registers: outgoing arguments, spill slots, padding. */
    final int locals;

    Frame(int saved, boolean saveLr, int outArgs, int slots) {
        this.saved = saved;
        this.saveLr = saveLr;
        this.outArgs = outArgs;
        this.size = bytes(saved, saveLr, outArgs, slots);
        this.locals = size - 4 * (pushedLow() + Integer.bitCount(saved & 0xf00));
    }

    /** Registers the first {@code push} saves: used r4..r7, and lr. */
    int pushedLow() {
        return Integer.bitCount(saved & 0xf0) + (saveLr ? 1 : 0);
    }

    /**
     * The registers the prologue saves besides lr, as a mask over r4..r11: the callee-saved ones
     * holding values, r8..r11 used as spill slots (saved through as many low registers, which are
     * then saved too), and r4 when the entry check needs it.
     */
    static int savedRegisters(Func f, Allocation alloc, boolean stackCheck) {
        int saved = 0;
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                if (i.hasValue() && isReg(i.loc, 4, 11)) {
                    saved |= 1 << i.loc.reg();
                }
            }
        }
        for (Map<Block, List<Allocation.Move>> moves : List.of(alloc.atEnd, alloc.atStart)) {
            for (List<Allocation.Move> list : moves.values()) {
                for (Allocation.Move m : list) {
                    for (Loc loc : new Loc[] {m.src(), m.dst()}) {
                        if (isReg(loc, 8, 11)) {
                            saved |= 1 << loc.reg();
                        }
                    }
                }
            }
        }
        int highs = Integer.bitCount(saved & 0xf00);
        for (int k = 0; k < highs; k++) {
            saved |= 1 << (4 + k);
        }
        if (stackCheck) {
            saved |= 1 << 4; // r4 carries the limit in the entry check
        }
        return saved;
    }

    /** Whether {@code loc} is one of the registers {@code first..last}. */
    private static boolean isReg(Loc loc, int first, int last) {
        return loc.isReg() && loc.reg() >= first && loc.reg() <= last;
    }

    /** Words of stack-passed arguments the largest call needs. */
    static int outgoingArgs(Func f) {
        int n = 0;
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                if (i.op == Op.CALL || i.op == Op.CALLV) {
                    n = Math.max(n, i.aux - 4);
                }
            }
        }
        return n;
    }

    /** Bytes of the frame: pushed registers (and lr when saved), locals, 8-byte padding. */
    static int bytes(int saved, boolean saveLr, int outArgs, int slots) {
        int words = Integer.bitCount(saved & 0xff0) + (saveLr ? 1 : 0) + Integer.bitCount(saved & 0xf00);
        int locals = 4 * (outArgs + slots);
        if ((4 * words + locals) % 8 != 0) {
            locals += 4;
        }
        return 4 * words + locals;
    }

    /**
     * An upper bound of the frame the emitter builds (lr assumed saved: a long branch may force it),
     * for the stack-depth accounting of StackCheck.
     */
    static int bound(Func f, Allocation alloc, boolean stackCheck) {
        int bytes = bytes(savedRegisters(f, alloc, stackCheck), true, outgoingArgs(f), alloc.slots);
        // a frame that may reach past SP_REACH pushes a scratch register around far accesses
        return bytes > SP_REACH / 2 ? bytes + 8 : bytes;
    }

    /** The offset from sp of a stack location: a spill slot or an incoming argument. */
    int offset(Loc loc) {
        if (loc.isInArg()) {
            return size + 4 * loc.inArg();
        }
        return 4 * (outArgs + loc.slot());
    }

    /** The high registers this function saves, in order. */
    List<Integer> highRegs() {
        List<Integer> h = new java.util.ArrayList<>();
        for (int r = 8; r < 12; r++) {
            if ((saved & (1 << r)) != 0) {
                h.add(r);
            }
        }
        return h;
    }

    /** The saved low registers, comma-separated, with {@code extra} (lr or pc) at the end if given. */
    String lowRegList(String extra) {
        StringBuilder sb = new StringBuilder();
        for (int r = 4; r < 8; r++) {
            if ((saved & (1 << r)) != 0) {
                sb.append(sb.length() > 0 ? ", " : "").append("r").append(r);
            }
        }
        if (extra != null) {
            sb.append(sb.length() > 0 ? ", " : "").append(extra);
        }
        return sb.toString();
    }
}
