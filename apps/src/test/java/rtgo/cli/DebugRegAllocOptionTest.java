package rtgo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rtgo.cli.RtgoCliTest.Outcome;

/**
 * {@code --debug-regalloc} reaches the register allocator: a build with it prints the allocator's
 * decisions where the IR dumps go (stderr), narrowed by {@code --method-filter}; a build without it
 * prints none. Each case builds a tiny program (a second or so with the GNU tools).
 */
class DebugRegAllocOptionTest {
    @TempDir
    static Path tmp;
    private static Path sources;

    @BeforeAll
    static void writeProgram() throws IOException {
        sources = Files.createDirectories(tmp.resolve("app"));
        Files.writeString(sources.resolve("Main.java"), """
                public class Main {
                    static int twice(int x) {
                        return x + x;
                    }

                    public static void main(String[] args) {
                        System.exit(twice(args.length) == 0 ? 0 : 1);
                    }
                }
                """);
    }

    /** The outcome of one build and what it printed on System.err, where the dumps go. */
    private record Build(Outcome outcome, String dumps) {}

    private static Build build(String name, String... options) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            Outcome o = RtgoCliTest.build(sources, tmp.resolve(name + "/app.uf2"), options);
            return new Build(o, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void theAllocatorPrintsItsDecisionsForTheChosenMethodsOnly() {
        Build b = build("traced", "--debug-regalloc", "--method-filter=Main.twice", "--inline=off");
        assertEquals(ExitCodes.OK, b.outcome().code(), b.outcome()::toString);
        assertTrue(b.dumps().contains("regalloc Main.twice, round 0"), b.dumps());
        assertTrue(b.dumps().contains("\nalloc v"), b.dumps());
        assertFalse(b.dumps().contains("regalloc Main.main"), "--method-filter left out:\n" + b.dumps());
    }

    @Test
    void withoutTheOptionTheAllocatorIsSilent() {
        Build b = build("quiet");
        assertEquals(ExitCodes.OK, b.outcome().code(), b.outcome()::toString);
        assertFalse(b.dumps().contains("regalloc ") || b.dumps().contains("alloc v"), b.dumps());
    }
}
