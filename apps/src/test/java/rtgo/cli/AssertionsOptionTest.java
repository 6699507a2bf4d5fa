package rtgo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rtgo.cli.RunCommandTest.Outcome;

/**
 * {@code assert} runs only with {@code -ea}/{@code --enable-assertions}, as on the JVM: without it
 * the program goes past a false assertion; with it, an AssertionError with the assertion's
 * message ends the program with HotSpot's report.
 */
class AssertionsOptionTest {
    @TempDir
    static Path tmp;
    private static Path sources;

    @BeforeAll
    static void writeProgram() throws IOException {
        sources = Files.createDirectories(tmp.resolve("app"));
        Files.writeString(sources.resolve("Main.java"), """
                public class Main {
                    static int half(int n) {
                        assert n % 2 == 0 : "odd: " + n;
                        return n / 2;
                    }

                    public static void main(String[] args) {
                        System.out.println(half(8));
                        System.out.println(half(7));
                    }
                }
                """);
    }

    @Test
    void offByDefault() {
        Outcome o = RunCommandTest.rtgo("run", sources.toString());
        assertEquals(0, o.code(), o::toString);
        assertEquals("4\n3\n", o.stdout());
    }

    @Test
    void onWithEa() {
        Outcome o = RunCommandTest.rtgo("run", sources.toString(), "-ea");
        assertEquals(1, o.code(), o::toString);
        assertTrue(o.stdout().startsWith("4\nException in thread \"main\" java.lang.AssertionError: odd: 7\n"
                + "\tat Main.half(Main.java:3)\n\tat Main.main(Main.java:9)\n"), o.stdout());
    }
}
