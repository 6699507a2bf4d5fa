package rtgo.thumb;

import rtgo.sym.RuntimeSymbols;
import rtgo.ir.Insn;

/**
 * The code of failed checks. A failed check branches to a stub that calls a Throw method, which
 * never returns (so a stub may clobber lr). One stub per kind, registers and source line, so that
 * its return address names the line in a stack trace; copies are placed near their branches by the
 * {@link Layout}. In a function that does not save lr, the stub pushes it first: the stack walk then
 * finds the caller's return address where a saving function keeps it (see
 * FunctionEmitter#describeFrames).
 */
final class CheckStubs {
    private final Layout out;
    private final boolean saveLr;
    private final NpeMessageTable npeMessages;

    /** Set by the FunctionEmitter: what a compare reads a value from (see InsnEmitter#compared). */
    InsnEmitter insns;

    CheckStubs(Layout out, boolean saveLr, NpeMessageTable npeMessages) {
        this.out = out;
        this.saveLr = saveLr;
        this.npeMessages = npeMessages;
    }

    /** Emits a check op: the compare, and the branch to its stub. */
    void check(Insn i) {
        switch (i.op) {
            case NULLCHECK -> {
                out.text("cmp " + InsnEmitter.r(i.arg(0)) + ", #0");
                int k = npeMessages.index(i.sym);
                String moves = k < 256 ? "movs r0, #" + k + "\n"
                        : "movs r0, #" + (k >> 8) + "\nlsls r0, r0, #8\nadds r0, #" + (k & 255) + "\n";
                out.branchToStub("eq", throwStub("npe" + k, moves, RuntimeSymbols.NULL_POINTER, i.line));
            }
            case DIVCHECK -> {
                out.text("cmp " + InsnEmitter.r(i.arg(0)) + ", #0");
                out.branchToStub("eq", throwStub("div0", "", RuntimeSymbols.DIVIDE_BY_ZERO, i.line));
            }
            case BOUNDSCHECK -> {
                // the length may be read straight from r8..r11 (a left-out reload)
                String length = insns.compared(i.arg(1));
                out.text("cmp " + InsnEmitter.r(i.arg(0)) + ", " + length);
                out.branchToStub("hs", boundsStub(i.arg(0).loc.reg(), Integer.parseInt(length.substring(1)), i.line));
            }
            default -> throw new IllegalStateException("not a check with a stub: " + i.op);
        }
    }

    private String throwStub(String kind, String moves, String[] target, int line) {
        String key = kind + "@" + line + (out.landing == null ? "" : "@" + out.landing + "@" + out.map);
        String push = saveLr ? "" : "push {lr}\n";
        out.stub(key, push + moves + "bl " + FunctionEmitter.quote(RuntimeSymbols.symbol(target)), line);
        return key;
    }

    /** A stub moving the failed index to r0 and the length to r1, then calling Throw.arrayIndex. */
    private String boundsStub(int index, int length, int line) {
        String key = "bounds_" + index + "_" + length + (out.landing == null ? "" : "@" + out.landing + "@" + out.map);
        StringBuilder sb = new StringBuilder();
        if (index == 1 && length == 0) {
            sb.append("mov ip, r0\nmov r0, r1\nmov r1, ip\n");
        } else if (length == 0) {
            sb.append("mov r1, r0\n").append(index == 0 ? "" : "mov r0, " + InsnEmitter.r(index) + "\n");
        } else {
            if (index != 0) {
                sb.append("mov r0, ").append(InsnEmitter.r(index)).append('\n');
            }
            if (length != 1) {
                sb.append("mov r1, ").append(InsnEmitter.rAny(rtgo.ir.Loc.reg(length))).append('\n');
            }
        }
        return throwStub(key, sb.toString(), RuntimeSymbols.ARRAY_INDEX, line);
    }
}
