package rtgo.thumb;

import rtgo.sym.RuntimeSymbols;
import rtgo.ir.Insn;
import rtgo.vm.abi.ObjectLayout;

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

    /** Whether nothing can catch what this function's checks raise: they report it themselves (UncaughtReports). */
    boolean uncaught;

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
            case T_CASTCHECK -> {
                // null and the exact class pass; any other class is a failed cast
                String desc = InsnEmitter.r(i);
                String obj = InsnEmitter.r(i.arg(0));
                out.text("cmp " + obj + ", #0\nbeq 1f\nldr " + desc + ", [" + obj + ", #" + ObjectLayout.DESCRIPTOR + "]\ncmp " + desc + ", "
                        + InsnEmitter.r(i.arg(1)));
                int from = i.loc.reg();
                int to = i.arg(1).loc.reg();
                String key = "cast_" + from + "_" + to + "@" + i.line
                        + (out.landing == null ? "" : "@" + out.landing + "@" + out.map);
                out.branchToStub("ne", throwStub(key, argMoves(from, to), RuntimeSymbols.CLASS_CAST, i.line));
                out.text("1:");
            }
            default -> throw new IllegalStateException("not a check with a stub: " + i.op);
        }
    }

    private String throwStub(String kind, String moves, String[] target, int line) {
        String key = kind + "@" + line + (out.landing == null ? "" : "@" + out.landing + "@" + out.map);
        String push = saveLr ? "" : "push {lr}\n";
        String callee = RuntimeSymbols.symbol(RuntimeSymbols.report(target, uncaught));
        out.stub(key, push + moves + "bl " + FunctionEmitter.quote(callee), line);
        return key;
    }

    /** A stub moving the failed index to r0 and the length to r1, then calling Throw.arrayIndex. */
    private String boundsStub(int index, int length, int line) {
        String key = "bounds_" + index + "_" + length + (out.landing == null ? "" : "@" + out.landing + "@" + out.map);
        return throwStub(key, argMoves(index, length), RuntimeSymbols.ARRAY_INDEX, line);
    }

    /** Moves register {@code a} (a low one) to r0 and register {@code b} (any) to r1, as one parallel move. */
    private static String argMoves(int a, int b) {
        StringBuilder sb = new StringBuilder();
        if (a == 1 && b == 0) {
            sb.append("mov ip, r0\nmov r0, r1\nmov r1, ip\n");
        } else if (b == 0) {
            sb.append("mov r1, r0\n").append(a == 0 ? "" : "mov r0, " + InsnEmitter.r(a) + "\n");
        } else {
            if (a != 0) {
                sb.append("mov r0, ").append(InsnEmitter.r(a)).append('\n');
            }
            if (b != 1) {
                sb.append("mov r1, ").append(InsnEmitter.rAny(rtgo.ir.Loc.reg(b))).append('\n');
            }
        }
        return sb.toString();
    }
}
