package rtgo.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import rtgo.diag.BuildException;
import rtgo.driver.BuildOptions;
import rtgo.driver.BuildResult;
import rtgo.driver.Rtgo;
import rtgo.emu.RunResult;

/**
 * --stack-size end to end: a chain of calls too deep for the default stack is a build error that
 * names the program's method, the chain with its source lines, and a stack size that works (the
 * program then builds and prints what HotSpot prints); and the runtime's recursion check uses the
 * whole stack it is given (a recursion that overflows 8 KiB runs to the end in 64 KiB).
 */
class StackSizeTest {
    private static final Path WORK = Project.targetDir("stack-size");

    /** Chain.m0 .. m39, each passing 120 ints on: about 550 bytes of stack per call. */
    private static String chainSource() {
        int methods = 40;
        int params = 120;
        StringBuilder sb = new StringBuilder("public class Chain {\n");
        for (int k = 0; k < methods; k++) {
            sb.append("    static int m").append(k).append('(');
            for (int i = 0; i < params; i++) {
                sb.append(i > 0 ? ", " : "").append("int a").append(i);
            }
            sb.append(") {\n        return ");
            if (k == methods - 1) {
                for (int i = 0; i < params; i++) {
                    sb.append(i > 0 ? " + " : "").append('a').append(i);
                }
            } else {
                sb.append('m').append(k + 1).append('(');
                for (int i = 0; i < params; i++) {
                    sb.append(i > 0 ? ", " : "").append('a').append(i).append(i % 7 == 0 ? " + " + k : "");
                }
                sb.append(") + a0");
            }
            sb.append(";\n    }\n");
        }
        sb.append("    public static void main(String[] a) {\n        System.out.println(m0(");
        for (int i = 0; i < params; i++) {
            sb.append(i > 0 ? ", " : "").append("a.length + ").append(i);
        }
        sb.append("));\n    }\n}\n");
        return sb.toString();
    }

    @Test
    void aChainTooDeepForTheStackNamesItsMethodAndAStackSizeThatFits() throws Exception {
        Path dir = compile("Chain", chainSource());
        int mainCallLine = 1 + 3 * 40 + 2; // the class line, three lines per method, main's header, its call

        BuildException e = assertThrows(BuildException.class, () -> build(dir, "Chain", 8192));
        String m = e.getMessage();
        Matcher need = Pattern.compile("the calls from Chain\\.main may need (\\d+) bytes of stack, more than the "
                + "(\\d+) bytes they can have").matcher(m);
        assertTrue(need.find(), m);
        int bytes = Integer.parseInt(need.group(1));
        int available = Integer.parseInt(need.group(2));
        assertEquals(8192 - 512, available, m);
        assertTrue(bytes > available, "the numbers must say why it does not fit:\n" + m);
        assertTrue(m.contains("the stack is 8192 bytes, of which 512 are kept free"), m);
        assertTrue(m.contains("at Chain.m39(Chain.java:"), "the innermost method of the chain:\n" + m);
        assertTrue(m.contains("at Chain.main(Chain.java:" + mainCallLine + ")"), "main's call, with its line:\n" + m);
        assertTrue(!m.contains("rtgo_start"), "an assembler symbol is no name for the user:\n" + m);
        Matcher hint = Pattern.compile("--stack-size=(\\d+) or more").matcher(m);
        assertTrue(hint.find(), m);
        int suggested = Integer.parseInt(hint.group(1));
        assertTrue(suggested >= bytes + 512 && suggested % 8 == 0, m);

        // The hint is right, and tight: 8 bytes less does not build.
        assertThrows(BuildException.class, () -> build(dir, "Chain", suggested - 8));
        BuildResult built = build(dir, "Chain", suggested);
        RunResult run = Device.run(built.elf(), Device.CORPUS_RUN);
        HotSpot.Expected expected = HotSpot.run(List.of(dir.resolve("classes")), "Chain", dir.resolve("hotspot"));
        assertEquals(expected.output(), run.uart());
        assertEquals(expected.status(), run.exitStatus());
    }

    @Test
    void recursionUsesTheWholeStackItIsGiven() throws Exception {
        Path dir = compile("Deep", """
                public class Deep {
                    static int depth(int n) {
                        return n == 0 ? 0 : 1 + depth(n - 1);
                    }
                    public static void main(String[] a) {
                        System.out.println(depth(a.length + 3000));
                    }
                }
                """);
        RunResult small = Device.run(build(dir, "Deep", 8192).elf(), Device.CORPUS_RUN);
        assertEquals(1, small.exitStatus(), small.uart());
        assertTrue(small.uart().startsWith("Exception in thread \"main\" java.lang.StackOverflowError\n"), small.uart());

        RunResult large = Device.run(build(dir, "Deep", 64 * 1024).elf(), Device.CORPUS_RUN);
        assertEquals("3000\n", large.uart());
        assertEquals(0, large.exitStatus());
    }

    private static Path compile(String name, String source) throws IOException {
        return JavaSources.compileOne(WORK, name, source);
    }

    private static BuildResult build(Path dir, String main, int stackSize) throws BuildException {
        Path uf2 = dir.resolve("out-" + stackSize).resolve(main + ".uf2");
        return Rtgo.build(BuildOptions.of(List.of(dir.resolve("classes")), uf2).withMainClass(main)
                .withStackSize(stackSize));
    }
}
