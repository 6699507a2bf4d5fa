package rtgo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rtgo.cli.RtgoCliTest.Outcome;

/**
 * {@code --print-allocs[=<regex>]} lists each allocation site with its reason and source line, in
 * the methods whose name matches; a bad regex is a usage error.
 */
class PrintAllocsOptionTest {
    @TempDir
    static Path tmp;
    private static Path sources;

    @BeforeAll
    static void writeProgram() throws IOException {
        sources = Files.createDirectories(tmp.resolve("app"));
        Files.writeString(sources.resolve("Main.java"), """
                public class Main {
                    static class Node { Node next; }

                    static Object make(int n) {
                        Integer boxed = n * 1000;
                        return boxed;
                    }

                    public static void main(String[] args) {
                        Node a = new Node();
                        int[] xs = new int[args.length + 1];
                        StringBuilder sb = new StringBuilder();
                        String line = "n=" + xs.length + make(2) + sb + a.next; // kept: a String is built
                        System.out.println(line);
                        System.out.println("printed " + xs.length); // printed at once: nothing is built
                    }
                }
                """);
    }

    private static Outcome build(String name, String... options) {
        return RtgoCliTest.build(sources, tmp.resolve(name + "/app.uf2"), options);
    }

    @Test
    void everySiteWithItsReasonAndLine() {
        Outcome o = build("all", "--print-allocs");
        assertEquals(ExitCodes.OK, o.code(), o::toString);
        for (String want : new String[] {"Main.java:10: new Main$Node (in Main.main)", "Main.java:11: new int[]",
                "Main.java:12: new java.lang.StringBuilder (in Main.main)", "Main.java:13: string concatenation",
                "Main.java:5: boxing"}) {
            assertTrue(o.out().contains(want), want + " missing in\n" + o.out());
        }
        assertFalse(o.out().contains("Main.java:15"), o.out());
    }

    @Test
    void onlyTheMethodsTheRegexMatches() {
        Outcome o = build("make", "--print-allocs=Main\\.make");
        assertEquals(ExitCodes.OK, o.code(), o::toString);
        assertTrue(o.out().contains("boxing"), o.out());
        assertFalse(o.out().contains("in Main.main"), o.out());
    }

    @Test
    void aBadRegexIsAUsageError() {
        Outcome o = build("bad", "--print-allocs=(");
        assertEquals(ExitCodes.USAGE, o.code(), o::toString);
        assertTrue(o.err().contains("not a regular expression"), o.err());
    }
}
