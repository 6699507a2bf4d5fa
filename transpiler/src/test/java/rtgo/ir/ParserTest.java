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
              v6 = aload.i %i, v0, v3 {elem int}  ; line 5
              v8 = add.i v4, v6  ; line 5
              v7 = const.i #1
              v9 = add.i v3, v7
              goto -> b1
            b3: <- b1
              v10 = call.i v4, @"J:Demo.f(I)I" {any}
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
    void aliasClassesReadBackAndAreCheckedAgainstTheOp() {
        Func f = Parser.parse("""
                func "J:T.f([BI)I" (r, i) -> i {
                b0:
                  v0 = param.r #0
                  v1 = param.i #1
                  v2 = getstatic.i %i, @"S:T.x" {static}
                  v3 = aload.i %z, v0, v1
                  astore %b, v0, v1, v2 {elem 8}
                  ret v3
                }
                """);
        Verifier.verify(f, "parse");
        String text = Printer.print(f);
        assertTrue(text.contains("v3 = aload.i %z, v0, v1 {elem 8}"), text); // filled in where the op fixes it
        assertEquals(text, Printer.print(Parser.parse(text)));
        Func wrong = Parser.parse(text.replace("{elem 8}\n  ret", "{elem int}\n  ret"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Verifier.verify(wrong, "test"));
        assertTrue(e.getMessage().contains("alias class {elem int}, but astore accesses {elem 8}"), e.getMessage());
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
