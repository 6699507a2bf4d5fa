package rtgo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rtgo.cli.RtgoCliTest.Outcome;

/**
 * {@code --gc=none}: allocation in the program's own code after start-up is a build error that
 * lists every site and writes nothing; allocation in static initialisers (start-up) is allowed.
 */
class GcOptionTest {
    @TempDir
    static Path tmp;

    private static Path program(String name, String main) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.writeString(dir.resolve("Main.java"), main);
        return dir;
    }

    @Test
    void allocationAfterStartUpIsAnErrorListingEverySite() throws IOException {
        Path src = program("late", """
                public class Main {
                    static int[] table = new int[16];
                    public static void main(String[] args) {
                        int[] more = new int[args.length + 2];
                        table[0] = more.length;
                        String line = "n=" + table[0]; // kept: a String is built (one printed at once is not)
                        System.out.println(line);
                    }
                }
                """);
        Path uf2 = tmp.resolve("late-out/app.uf2");
        Outcome o = RtgoCliTest.build(src, uf2, "--gc=none");
        assertEquals(ExitCodes.BUILD_ERROR, o.code(), o::toString);
        assertTrue(o.err().contains("--gc=none, but the program allocates after start-up at 2 places"), o.err());
        assertTrue(o.err().contains("Main.java:4: new int[] (in Main.main)"), o.err());
        assertTrue(o.err().contains("Main.java:6: string concatenation (in Main.main)"), o.err());
        assertFalse(o.err().contains("<clinit>"), o.err());
        assertFalse(Files.exists(uf2), "no partial output");
    }

    @Test
    void allocationInStaticInitialisersOnlyBuilds() throws IOException {
        Path src = program("early", """
                public class Main {
                    static int[] table = new int[16];
                    public static void main(String[] args) {
                        for (int i = 0; i < table.length; i++) {
                            table[i] = i * i;
                        }
                        System.out.println(table[15]);
                    }
                }
                """);
        Outcome o = RtgoCliTest.build(src, tmp.resolve("early-out/app.uf2"), "--gc=none");
        assertEquals(ExitCodes.OK, o.code(), o::toString);
    }

    @Test
    void anUnknownCollectorIsAUsageError() throws IOException {
        Path src = program("bad", "public class Main { public static void main(String[] a) {} }");
        Outcome o = RtgoCliTest.build(src, tmp.resolve("bad-out/app.uf2"), "--gc=copying");
        assertEquals(ExitCodes.USAGE, o.code(), o::toString);
        assertTrue(o.err().contains("--gc=copying is not a collector"), o.err());
    }
}
