package rtgo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rtgo.cli.RtgoCliTest.Outcome;

/**
 * The failures a new user meets at rtgo's edge, each as the user would cause it: a damaged or stale
 * classfile, an output name that is a directory, a wrong --main, a file that is no image, `--help`
 * after an unknown command; and the single .java file that rtgo takes as `java Hello.java` does.
 * Each must give its documented status and a message that names the file or option at fault.
 */
class InputEdgesTest {
    private static final String HELLO = """
            public class Hello {
                public static void main(String[] args) {
                    System.exit(args.length);
                }
            }
            """;

    @TempDir
    Path tmp;

    private Path compiled(String name) throws IOException {
        Path src = Files.createDirectories(tmp.resolve(name));
        Path java = Files.writeString(src.resolve("Hello.java"), HELLO);
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "21", "-g",
                "-d", src.toString(), java.toString());
        assertEquals(0, rc, "javac");
        return src;
    }

    @Test
    void truncatedClassfileNamesTheFile() throws IOException {
        Path dir = compiled("cut");
        Path cls = dir.resolve("Hello.class");
        Files.write(cls, Arrays.copyOf(Files.readAllBytes(cls), 100));
        Files.delete(dir.resolve("Hello.java"));
        Outcome o = RtgoCliTest.rtgo("build", dir.toString(), "-o", tmp.resolve("out/a.uf2").toString());
        assertEquals(ExitCodes.BUILD_ERROR, o.code(), o::toString);
        assertTrue(o.err().contains(cls.toString()) && o.err().contains("not a valid classfile"), o::toString);
        assertFalse(Files.exists(tmp.resolve("out")), "a failed build creates nothing");
    }

    @Test
    void classOlderThanItsSourceIsAnErrorNamingBoth() throws IOException {
        Path dir = compiled("stale");
        Files.setLastModifiedTime(dir.resolve("Hello.class"), FileTime.from(Instant.now().minusSeconds(60)));
        Outcome o = RtgoCliTest.rtgo("build", dir.toString(), "-o", tmp.resolve("a.uf2").toString());
        assertEquals(ExitCodes.BUILD_ERROR, o.code(), o::toString);
        assertTrue(o.err().contains("Hello.class is older than") && o.err().contains("Hello.java"), o::toString);
        assertTrue(o.err().contains("hint: recompile"), o::toString);
    }

    @Test
    void outputThatIsADirectoryFailsBeforeWritingAnything() throws IOException {
        Path dir = compiled("app");
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.createDirectories(out.resolve("app.uf2"));
        Outcome o = RtgoCliTest.rtgo("build", dir.toString(), "-o", out.resolve("app.uf2").toString());
        assertEquals(ExitCodes.BUILD_ERROR, o.code(), o::toString);
        assertTrue(o.err().contains("app.uf2: it is a directory"), o::toString);
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(1, left.count(), "only the directory that was there before");
        }
    }

    @Test
    void wrongMainClassListsTheClassesWithAMain() throws IOException {
        Path dir = compiled("main");
        Outcome o = RtgoCliTest.rtgo("build", dir.toString(), "--main=Helo", "-o", tmp.resolve("a.uf2").toString());
        assertEquals(ExitCodes.BUILD_ERROR, o.code(), o::toString);
        assertTrue(o.err().contains("'Helo' (--main) is not among the program's classes"), o::toString);
        assertTrue(o.err().contains("classes with a main method: Hello"), o::toString);
        assertFalse(o.err().contains("rtgo.runtime"), o::toString);
    }

    @Test
    void fileThatIsNoImageIsAUsageErrorNotAMissingEmulator() throws IOException {
        Path empty = Files.write(tmp.resolve("empty.uf2"), new byte[0]);
        Outcome o = RtgoCliTest.rtgo("run", empty.toString());
        assertEquals(ExitCodes.USAGE, o.code(), o::toString);
        assertTrue(o.err().contains(empty + " is empty"), o::toString);
        assertFalse(o.err().contains("ci/setup"), o::toString);
    }

    @Test
    void helpAfterAnUnknownCommandIsAUsageError() {
        Outcome o = RtgoCliTest.rtgo("deploy", "--help");
        assertEquals(ExitCodes.USAGE, o.code(), o::toString);
        assertTrue(o.err().contains("unknown command 'deploy'"), o::toString);
        assertEquals("", o.out(), "no help printed for a command that does not exist");
    }

    @Test
    void timeoutOutOfRangeIsRefusedNamingTheOption() throws IOException {
        Path image = Files.write(tmp.resolve("x.uf2"), new byte[512]);
        for (String t : new String[] {"Infinity", "1e15", "1e17", "0"}) {
            Outcome o = RtgoCliTest.rtgo("run", image.toString(), "--timeout=" + t);
            assertEquals(ExitCodes.USAGE, o.code(), o::toString);
            assertTrue(o.err().contains("--timeout") && o.err().contains("out of range"), o::toString);
        }
    }

    @Test
    void aSingleJavaFileIsBuiltLikeJavaRunsIt() throws IOException {
        Path java = Files.writeString(Files.createDirectories(tmp.resolve("one")).resolve("Hello.java"), HELLO);
        // a second file beside it is not part of the program, as with `java Hello.java`
        Files.writeString(java.resolveSibling("Broken.java"), "class Broken { int x = ; }");
        Path out = tmp.resolve("out/hello.uf2");
        Outcome o = RtgoCliTest.rtgo("build", java.toString(), "-o", out.toString());
        assertEquals(ExitCodes.OK, o.code(), o::toString);
        assertTrue(Files.size(out) > 0 && Files.exists(tmp.resolve("out/hello.elf")), o::toString);
        assertFalse(Files.exists(java.resolveSibling("Hello.class")), "classes go to a scratch directory");
    }
}
