package rtgo.driver;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import rtgo.ir.Block;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Loc;
import rtgo.ir.Op;
import rtgo.ir.Parser;
import rtgo.ir.Prop;
import rtgo.ir.Unit;
import rtgo.ir.Verifier;
import rtgo.lower.StringTable;

/**
 * The verifier checks what the pass list promises at each stage: each test breaks one promise in
 * otherwise valid IR and expects the verifier to name it.
 */
class VerifierStageTest {
    /** A loop with a call in it: values live across the call, phis, a critical edge before splitting. */
    static final String LOOP_WITH_CALL = """
            func "J:T.sum(II)I" (i, i) -> i {
            b0:
              v0 = param.i #0
              v1 = param.i #1
              v2 = const.i #0
              goto -> b1
            b1: <- b0, b2
              v3 = phi.i v2, v6
              v4 = phi.i v2, v7
              if lt, v4, v0 -> b2, b3
            b2: <- b1
              v5 = call.i @"J:T.f(I)I" v4
              v6 = add.i v3, v5
              v7 = add.i v4, v1
              goto -> b1
            b3: <- b1
              ret v3
            }
            """;

    private static String problems(Func f, Set<Prop> props) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Verifier.verify(f, props, "test"));
        return e.getMessage();
    }

    private static Func allocated() {
        Func f = Parser.parse(LOOP_WITH_CALL);
        Unit u = new Unit(f);
        u.put(StringTable.class, new StringTable());
        Passes.run(u, "simplify", "high-spill");
        Verifier.verify(f, Passes.after("high-spill"), "high-spill");
        return f;
    }

    @Test
    void aGenericOpAfterLoweringIsReported() {
        Func f = Parser.parse(LOOP_WITH_CALL);
        String p = problems(f, EnumSet.of(Prop.SSA, Prop.REACHABLE, Prop.LOWERED));
        assertTrue(p.contains("add is a generic op that lowering should have replaced"), p);
    }

    @Test
    void aThumbOpOrAWrongOperandKindBeforeLoweringIsReported() {
        Func f = Parser.parse(LOOP_WITH_CALL.replace("v6 = add.i v3, v5", "v6 = arraylen.i v5"));
        String p = problems(f, EnumSet.of(Prop.SSA, Prop.REACHABLE, Prop.GENERIC));
        assertTrue(p.contains("argument 0 is I, arraylen takes R"), p);
        Func g = Parser.parse(LOOP_WITH_CALL.replace("v6 = add.i v3, v5", "v6 = t_add.i v3, v5"));
        p = problems(g, EnumSet.of(Prop.SSA, Prop.REACHABLE, Prop.GENERIC));
        assertTrue(p.contains("a Thumb op before lowering"), p);
    }

    @Test
    void namedAndTableOperandsFollowTheOpTable() {
        String p = problems(Parser.parse(LOOP_WITH_CALL.replace("@\"J:T.f(I)I\"", "@\"S:T.f\"")),
                EnumSet.of(Prop.SSA, Prop.REACHABLE));
        assertTrue(p.contains("a method starts with J:"), p);
        p = problems(Parser.parse(LOOP_WITH_CALL.replace(" @\"J:T.f(I)I\"", "")), EnumSet.of(Prop.SSA, Prop.REACHABLE));
        assertTrue(p.contains("call names no method"), p);
        p = problems(Parser.parse(LOOP_WITH_CALL.replace("v6 = add.i v3, v5", "v6 = add.i v3, v5, @[1 2]")),
                EnumSet.of(Prop.SSA, Prop.REACHABLE));
        assertTrue(p.contains("add takes no table"), p);
    }

    @Test
    void anImmediateOutOfRangeIsReported() {
        Func f = allocated();
        Insn movi = find(f, Op.T_MOVI, null);
        movi.aux = 256;
        String p = problems(f, Passes.after("high-spill"));
        assertTrue(p.contains("immediate 256 is outside 0..255"), p);
    }

    @Test
    void aCriticalEdgeIsReportedOnceSplittingPromisedNone() {
        Func f = Parser.parse("""
                func "J:T.max(II)I" (i, i) -> i {
                b0:
                  v0 = param.i #0
                  v1 = param.i #1
                  if lt, v0, v1 -> b1, b2
                b1: <- b0
                  goto -> b2
                b2: <- b0, b1
                  v2 = phi.i v0, v1
                  ret v2
                }
                """);
        String p = problems(f, EnumSet.of(Prop.SSA, Prop.REACHABLE, Prop.NO_CRITICAL_EDGES));
        assertTrue(p.contains("critical edge b0 -> b2"), p);
    }

    @Test
    void aValueInACallerSavedRegisterAcrossACallIsReported() {
        Func f = allocated();
        Insn call = find(f, Op.CALL, null);
        // a value defined before the call and used after it lives across it: force it into r1
        Block b = call.block;
        int at = b.insns.indexOf(call);
        Insn across = null;
        for (Insn i : b.insns.subList(at + 1, b.insns.size())) {
            for (Insn a : i.args) {
                boolean before = a.block != b || b.insns.indexOf(a) < at;
                if (before && a.fixedReg.isNone() && a.loc.isLowReg()) {
                    across = a;
                }
            }
        }
        if (across == null) {
            fail("no value in a register lives across the call in\n" + rtgo.ir.Printer.print(f));
        }
        across.loc = Loc.reg(1);
        String p = problems(f, Passes.after("high-spill"));
        assertTrue(p.contains("lives in r1 across the call, which clobbers it"), p);
    }

    @Test
    void twoLiveValuesInOneRegisterAreReported() {
        Func f = allocated();
        // the loop's two phis are live at once in the loop body: give the second the first's location
        Block loop = null;
        for (Block b : f.blocks) {
            if (b.phis().size() >= 2) {
                loop = b;
            }
        }
        if (loop == null) {
            fail("no loop header with two phis after allocation");
        }
        Insn a = loop.phis().get(0);
        Insn b = loop.phis().get(1);
        b.loc = a.loc;
        String p = problems(f, Passes.after("high-spill"));
        assertTrue(p.contains("shares") || p.contains("still lives there"), p);
    }

    @Test
    void aPrecolouredValueOutsideItsRegisterIsReported() {
        Func f = allocated();
        Insn fixed = null;
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                if (i.fixedReg == Loc.reg(0)) {
                    fixed = i;
                }
            }
        }
        if (fixed == null) {
            fail("no value pre-coloured to r0 in a function that calls");
        }
        fixed.loc = Loc.reg(5);
        String p = problems(f, Passes.after("high-spill"));
        assertTrue(p.contains("must be in r0 but is in r5"), p);
    }

    private static Insn find(Func f, Op op, Insn notThis) {
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                if (i.op == op && i != notThis) {
                    return i;
                }
            }
        }
        fail("no " + op + " in\n" + rtgo.ir.Printer.print(f));
        return null;
    }
}
