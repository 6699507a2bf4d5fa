package rtgo.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Locations are interned (so {@code ==} compares them), know their kind, and print as the IR text form. */
class LocTest {
    @Test
    void sameKindAndIndexIsTheSameInstance() {
        assertSame(Loc.reg(3), Loc.reg(3));
        assertSame(Loc.slot(2), Loc.slot(2));
        assertSame(Loc.inArg(1), Loc.inArg(1));
        // beyond the instances made up front
        assertSame(Loc.slot(5000), Loc.slot(5000));
        assertSame(Loc.inArg(300), Loc.inArg(300));
        assertSame(Loc.slot(7), Loc.slot(7));
        assertTrue(Loc.reg(3) != Loc.slot(3) && Loc.slot(3) != Loc.inArg(3));
    }

    @Test
    void kindsAndIndices() {
        assertTrue(Loc.reg(7).isLowReg());
        assertFalse(Loc.reg(8).isLowReg());
        assertTrue(Loc.reg(8).isReg());
        assertEquals(4, Loc.slot(4).slot());
        assertEquals(2, Loc.inArg(2).inArg());
        assertTrue(Loc.slot(0).isStack() && Loc.inArg(0).isStack());
        assertFalse(Loc.reg(0).isStack() || Loc.REMAT.isStack() || Loc.NONE.isStack());
        assertThrows(IllegalStateException.class, () -> Loc.slot(1).reg());
        assertThrows(IllegalStateException.class, () -> Loc.REMAT.slot());
        assertThrows(IllegalArgumentException.class, () -> Loc.reg(16));
        assertThrows(IllegalArgumentException.class, () -> Loc.slot(-1));
    }

    @Test
    void textForm() {
        assertEquals("r12", Loc.reg(12).toString());
        assertEquals("s3", Loc.slot(3).toString());
        assertEquals("a0", Loc.inArg(0).toString());
        assertEquals("c", Loc.REMAT.toString());
    }

    @Test
    void allocatedIrRoundTrips() {
        String text = """
                func "J:T.f(IIIIII)I" (i, i, i, i, i, i) -> i {
                b0:
                  v0!r0:r0 = param.i #0
                  v1:a1 = param.i #5
                  v2:s3 = t_spill.i v0
                  v3:r9 = t_spill.i v1
                  v4:c = t_movi.i #7
                  v5:r2 = t_reload.i v2
                  ret v5
                }
                """;
        Func f = Parser.parse(text);
        assertEquals(text, Printer.print(f));
        Insn param = f.entry().insns.get(0);
        assertSame(Loc.reg(0), param.fixedReg);
        assertSame(param.fixedReg, param.loc);
        assertSame(Loc.inArg(1), f.entry().insns.get(1).loc);
        assertSame(Loc.slot(3), f.entry().insns.get(2).loc);
        assertSame(Loc.REMAT, f.entry().insns.get(4).loc);
    }

    @Test
    void onlyRegistersArePrecoloured() {
        assertThrows(IllegalArgumentException.class, () -> Parser.parse("""
                func "J:T.g(I)I" (i) -> i {
                b0:
                  v0!s1 = param.i #0
                  ret v0
                }
                """));
    }
}
