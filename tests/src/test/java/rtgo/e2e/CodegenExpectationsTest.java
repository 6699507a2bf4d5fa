package rtgo.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The codegen expectation syntax and checks on hand-made assembly, without building anything. */
class CodegenExpectationsTest {
    @TempDir
    Path dir;

    private static final String ASM = """
                .type "J:X.f(I)I", %function
            "J:X.f(I)I":
            .LF1_start:
                movs r1, #0
            .LF1_b3:
                adds r1, r1, r0
                subs r0, r0, #1
                bne .LF1_b3
                cmp r0, r1
                bhs .LF1_stub0
                bx lr
            .LF1_stub0:
                push {lr}
                bl "J:rtgo.runtime.Throw.arrayIndex(II)V"
                .size "J:X.f(I)I", . - "J:X.f(I)I"
            "J:X.g()V":
                bx lr
                .size "J:X.g()V", . - "J:X.g()V"
            """;

    private List<CodegenExpectations.Method> parse(String source) throws Exception {
        Path file = dir.resolve("X.java");
        Files.writeString(file, source);
        return CodegenExpectations.parse(file);
    }

    @Test
    void functionRunsFromItsLabelToItsSizeIncludingStubs() {
        List<String> code = CodegenExpectations.functionOf(ASM, "X", "f");
        assertEquals("bl \"J:rtgo.runtime.Throw.arrayIndex(II)V\"", code.get(code.size() - 1));
        assertTrue(code.stream().noneMatch(l -> l.contains("J:X.g")), code.toString());
        assertNull(CodegenExpectations.functionOf(ASM, "X", "h"));
    }

    @Test
    void loopsAreTheLinesBetweenALabelAndABranchBackToIt() {
        List<String> code = CodegenExpectations.functionOf(ASM, "X", "f");
        boolean[] loop = CodegenExpectations.inLoop(code);
        assertTrue(loop[code.indexOf("adds r1, r1, r0")]);
        assertTrue(loop[code.indexOf("bne .LF1_b3")]);
        assertTrue(!loop[code.indexOf("movs r1, #0")] && !loop[code.indexOf("cmp r0, r1")]);
    }

    @Test
    void expectationsHoldOrSayWhy() throws Exception {
        List<CodegenExpectations.Method> ms = parse("""
                class X {
                    // thumb: adds r\\d, r\\d, r\\d
                    // thumb: -muls
                    // thumb-count: bl .*arrayIndex 1
                    // thumb-loop: subs
                    // thumb-loop: -cmp
                    static int f(int x) { return x; }

                    // thumb: muls
                    // thumb: -bx lr
                    // thumb-count: adds 2
                    // thumb-loop: -adds
                    // disabled: issue 11
                    static int g() { return 0; }

                    static int unannotated() { return 0; }
                }
                """);
        assertEquals(2, ms.size());
        List<String> code = CodegenExpectations.functionOf(ASM, "X", "f");
        assertEquals(List.of(), CodegenExpectations.check(ms.get(0), code));
        assertNull(ms.get(0).disabled());
        assertEquals(7, ms.get(0).line());

        CodegenExpectations.Method g = ms.get(1);
        assertEquals("issue 11", g.disabled());
        List<String> problems = CodegenExpectations.check(g, code);
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("no line matches"), problems.get(0));
        assertTrue(problems.get(1).contains("must not match") && problems.get(1).contains("bx lr"), problems.get(1));
        assertTrue(problems.get(2).contains("1 lines match") && problems.get(2).contains("expected 2"), problems.get(2));
        assertTrue(problems.get(3).contains("inside a loop"), problems.get(3));
    }
}
