package rtgo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The `rtgo` command line as a user meets it: help text, argument checks and error reports, each
 * checked for its exit code and for what it prints. No device or emulator is needed: every case
 * here stops before the build or fails inside javac.
 */
class RtgoCliTest {

    @TempDir
    Path tmp;

    /** The exit code and everything printed, for one invocation. */
    record Outcome(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** {@code rtgo build <sources> -o <image> <options...>}, in process. */
    static Outcome build(java.nio.file.Path sources, java.nio.file.Path image, String... options) {
        String[] args = new String[options.length + 4];
        args[0] = "build";
        args[1] = sources.toString();
        args[2] = "-o";
        args[3] = image.toString();
        System.arraycopy(options, 0, args, 4, options.length);
        return rtgo(args);
    }

    static Outcome rtgo(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = RtgoCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }

    private static void assertNoStackTrace(Outcome o) {
        assertFalse(o.err().contains("\tat "), () -> "stack trace printed without --stacktrace:\n" + o);
        assertFalse(o.err().contains("Exception"), () -> "exception name leaked into the message:\n" + o);
    }

    @Test
    void topHelpNamesBothCommandsAndWhatRtgoIs() {
        Outcome o = rtgo("--help");
        assertEquals(0, o.code(), o::toString);
        assertTrue(o.out().contains("build"), o::toString);
        assertTrue(o.out().contains("run"), o::toString);
        assertTrue(o.out().contains("Raspberry Pi Pico"), o::toString);
        assertTrue(o.out().contains("rtgo run examples/hello"), o::toString);
    }

    @Test
    void buildHelpListsTheDebuggingOptionsAndAnExample() {
        Outcome o = rtgo("build", "--help");
        assertEquals(0, o.code(), o::toString);
        for (String option : new String[] {"--target", "--output", "--main", "--keep-asm", "--dump-ir",
                "--method-filter", "--verify-ir", "--debug-regalloc", "--stacktrace", "Examples:"}) {
            assertTrue(o.out().contains(option), () -> option + " missing from build --help:\n" + o);
        }
    }

    @Test
    void runHelpListsTheExitCodesOfTheLimits() {
        Outcome o = rtgo("help", "run");
        assertEquals(0, o.code(), o::toString);
        for (String s : new String[] {"--max-cycles", "--timeout", "--gpio", "124", "125", "126", "127"}) {
            assertTrue(o.out().contains(s), () -> s + " missing from run --help:\n" + o);
        }
    }

    @Test
    void noCommandIsAUsageError() {
        Outcome o = rtgo();
        assertEquals(ExitCodes.USAGE, o.code(), o::toString);
        assertTrue(o.err().contains("build or run"), o::toString);
    }

    @Test
    void aMistypedCommandIsNamedWithASuggestion() {
        Outcome o = rtgo("bild", "examples/hello");
        assertEquals(ExitCodes.USAGE, o.code(), o::toString);
        assertTrue(o.err().contains("unknown command 'bild'"), o::toString);
        assertTrue(o.err().contains("rtgo build"), o::toString);
    }

    @Test
    void unknownTargetIsAUsageErrorNamingTheTargetsThereAre() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("app"));
        Files.write(dir.resolve("Main.class"), new byte[] {(byte) 0xCA, (byte) 0xFE});
        Outcome o = rtgo("build", dir.toString(), "--target=esp32");
        assertEquals(ExitCodes.USAGE, o.code(), o::toString);
        assertTrue(o.err().contains("unknown target 'esp32'"), o::toString);
        assertTrue(o.err().contains("pico"), o::toString);
        assertTrue(o.err().contains("rtgo build --help"), o::toString);
        assertNoStackTrace(o);
    }

    @Test
    void missingInputIsAUsageError() {
        Outcome o = rtgo("build");
        assertEquals(ExitCodes.USAGE, o.code(), o::toString);
        assertTrue(o.err().contains("<jar|dir>"), o::toString);
        assertEquals(ExitCodes.USAGE, rtgo("run").code());
    }

    @Test
    void nonexistentInputIsACleanUsageError() {
        for (String command : new String[] {"build", "run"}) {
            Outcome o = rtgo(command, tmp.resolve("nonexistent").toString());
            assertEquals(ExitCodes.USAGE, o.code(), o::toString);
            assertTrue(o.err().contains("does not exist"), o::toString);
            assertNoStackTrace(o);
        }
    }

    @Test
    void inputsRtgoCannotUseAreExplained() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertTrue(rtgo("build", empty.toString()).err().contains("holds no .class or .java files"));
        Path image = Files.write(tmp.resolve("hello.uf2"), new byte[512]);
        Outcome o = rtgo("build", image.toString());
        assertEquals(ExitCodes.USAGE, o.code(), o::toString);
        assertTrue(o.err().contains("rtgo run"), o::toString);
        Path text = Files.writeString(tmp.resolve("notes.txt"), "hi");
        assertEquals(ExitCodes.USAGE, rtgo("run", text.toString()).code());
    }

    @Test
    void optionsThatMakeNoSenseAreUsageErrors() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("app"));
        Files.writeString(dir.resolve("Main.java"), "class Main { public static void main(String[] a) {} }");
        String in = dir.toString();
        assertEquals(ExitCodes.USAGE, rtgo("build", in, "--method-filter=Main").code());
        assertEquals(ExitCodes.USAGE, rtgo("build", in, "-o", tmp.resolve("app.elf").toString()).code());
        assertEquals(ExitCodes.USAGE, rtgo("run", in, "--max-cycles=0").code());
        assertEquals(ExitCodes.USAGE, rtgo("run", in, "--timeout=-1").code());
        assertEquals(ExitCodes.USAGE, rtgo("run", in, "--no-such-option").code());
    }

    @Test
    void javacErrorsAreBuildErrorsWithFileAndLineAndNoStackTrace() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("broken"));
        Files.writeString(dir.resolve("Broken.java"), """
                class Broken {
                    public static void main(String[] args) {
                        int x = "not an int";
                    }
                }
                """);
        Outcome o = rtgo("build", dir.toString(), "-o", tmp.resolve("b.uf2").toString());
        assertEquals(ExitCodes.BUILD_ERROR, o.code(), o::toString);
        assertTrue(o.err().contains("Broken.java:3: error:"), o::toString);
        assertNoStackTrace(o);
        assertFalse(Files.exists(tmp.resolve("b.uf2")), "nothing is written when the build fails");
    }

    @Test
    void stacktraceWorksBeforeOrAfterTheCommand() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("broken"));
        Files.writeString(dir.resolve("Broken.java"), "class Broken { int x = ; }");
        String out = tmp.resolve("b.uf2").toString();
        Outcome after = rtgo("build", dir.toString(), "-o", out, "--stacktrace");
        assertEquals(ExitCodes.BUILD_ERROR, after.code(), after::toString);
        assertTrue(after.err().contains("\tat rtgo.cli."), after::toString);
        Outcome before = rtgo("--stacktrace", "build", dir.toString(), "-o", out);
        assertTrue(before.err().contains("\tat rtgo.cli."), before::toString);
    }
}
