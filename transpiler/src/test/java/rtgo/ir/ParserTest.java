package rtgo.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The text form parses back to the same function, and the verifier rejects broken IR. */
class ParserTest {
    static final String LOOP = """
            func "J:Demo.sum([II)I" (r, i) -> i {
            b0:
              v0 = param.r #0
              v1 = param.i #1
              v2 = const.i #0
              goto -> b1
            b1: <- b0, b2
              v3 = phi.i v2, v9
              v4 = phi.i v2, v8
              if lt, v3, v1 -> b2, b3  ; line 4
            b2: <- b1
              nullcheck v0  ; line 5
              v5 = arraylen.i v0  ; line 5
              boundscheck v3, v5  ; line 5
              v6 = aload.i %i, v0, v3  ; line 5
              v8 = add.i v4, v6  ; line 5
              v7 = const.i #1
              v9 = add.i v3, v7
              goto -> b1
            b3: <- b1
              v10 = call.i v4, @"J:Demo.f(I)I"
              switch v10, @[1 5 -9] -> b4, b4, b5, b4
            b4: <- b3, b3, b3
              ret v4
            b5: <- b3
              v11 = t_ifi_free.i
            }
            """;

    @Test
    void roundTrip() {
        String text = LOOP.replace("b5: <- b3\n  v11 = t_ifi_free.i\n", "b5: <- b3\n  ret v10\n");
        Func f = Parser.parse(text);
        Verifier.verify(f, "parse");
        assertEquals(text, Printer.print(f));
    }

    @Test
    void unknownOpIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Parser.parse(LOOP));
    }

    @Test
    void verifierFindsUseBeforeDefinition() {
        String broken = """
                func "J:Demo.g(I)I" (i) -> i {
                b0:
                  v0 = param.i #0
                  v2 = add.i v0, v1
                  v1 = const.i #1
                  ret v2
                }
                """;
        Func f = Parser.parse(broken);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Verifier.verify(f, "test"));
        assertTrue(e.getMessage().contains("v1 does not dominate its use"), e.getMessage());
    }

    @Test
    void verifierFindsPhiArityAndMissingTerminator() {
        String broken = """
                func "J:Demo.h(I)I" (i) -> i {
                b0:
                  v0 = param.i #0
                  goto -> b1
                b1: <- b0
                  v1 = phi.i v0, v0
                  v2 = add.i v1, v1
                }
                """;
        Func f = Parser.parse(broken);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Verifier.verify(f, "test"));
        assertTrue(e.getMessage().contains("phi has 2 arguments for 1 predecessors"), e.getMessage());
        assertTrue(e.getMessage().contains("does not end in a terminator"), e.getMessage());
    }
}
