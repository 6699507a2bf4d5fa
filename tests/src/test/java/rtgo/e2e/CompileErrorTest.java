package rtgo.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import rtgo.diag.BuildException;
import rtgo.driver.BuildResult;

/**
 * Programs the compiler must refuse in this milestone: tests/errors/&lt;Name&gt;.java, each with
 * exactly one line marked {@code // ERROR: <text>}. The build must throw {@link BuildException}
 * whose message says {@code not supported}, contains {@code <text>} (case-insensitive, and not
 * merely as part of the program's name) and points at the marked line as
 * {@code (<Name>.java:<line>)}, and it must write nothing.
 */
class CompileErrorTest {
    private static final String MARK = "// ERROR:";

    /** The marked line of an error program. */
    record Marker(int line, String text) {}

    @TestFactory
    Stream<DynamicTest> errors() {
        List<Path> sources = JavaSources.javaFilesIn(Project.errorsDir());
        List<DynamicTest> tests = new ArrayList<>();
        for (Path source : sources) {
            String file = source.getFileName().toString();
            String name = file.substring(0, file.length() - ".java".length());
            tests.add(DynamicTest.dynamicTest(name, source.toUri(), () -> check(source, name)));
        }
        return tests.stream();
    }

    private static void check(Path source, String name) throws IOException {
        Marker marker = marker(source);
        Path work = Project.targetDir("compile-errors").resolve(name);
        Project.deleteTree(work);
        Path classes = work.resolve("classes");
        Path out = work.resolve("out");
        Files.createDirectories(out);
        JavaSources.compile(List.of(source), classes, JavaSources.testClasspath()); // the HAL: @Interrupt

        String retry = "retry: " + Project.retryCommand("CompileErrorTest", "");
        String message;
        try {
            BuildResult result = Device.build(classes, name, out);
            fail(name + ": the build succeeded (" + result.uf2() + ") but line " + marker.line() + " uses something"
                    + " milestone 1 does not support (expected an error mentioning '" + marker.text() + "')\n" + retry);
            return;
        } catch (BuildException e) {
            message = e.getMessage() == null ? "" : e.getMessage();
        }
        String location = "(" + name + ".java:" + marker.line() + ")";
        // The program's own name is in the message (its location); it must not be what matches, or
        // ClassForName would pass with any message at all.
        String lower = message.toLowerCase(Locale.ROOT).replace(name.toLowerCase(Locale.ROOT), "");
        List<String> missing = new ArrayList<>();
        if (!lower.contains("not supported")) missing.add("'not supported'");
        if (!lower.contains(marker.text().toLowerCase(Locale.ROOT))) missing.add("'" + marker.text() + "'");
        if (!message.contains(location)) missing.add("the location " + location);
        if (!missing.isEmpty()) {
            fail(name + ": the build error lacks " + String.join(", ", missing) + ". The message was:\n"
                    + message.indent(2) + retry);
        }
        try (var left = Files.list(out)) {
            assertEquals(List.of(), left.toList(), name + ": a failed build must not write output files");
        }
        Project.deleteTree(work);
    }

    /** Finds the single {@code // ERROR:} marker of a source file. */
    static Marker marker(Path source) throws IOException {
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        Marker found = null;
        for (int i = 0; i < lines.size(); i++) {
            int at = lines.get(i).indexOf(MARK);
            if (at < 0) {
                continue;
            }
            if (found != null) {
                throw new AssertionError(source + ": more than one " + MARK + " marker");
            }
            String text = lines.get(i).substring(at + MARK.length()).strip();
            if (text.isEmpty()) {
                throw new AssertionError(source + ":" + (i + 1) + ": " + MARK + " without expected text");
            }
            found = new Marker(i + 1, text);
        }
        if (found == null) {
            throw new AssertionError(source + ": no " + MARK + " marker");
        }
        return found;
    }
}
