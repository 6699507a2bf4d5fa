package rtgo.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import rtgo.driver.Passes;
import rtgo.lower.StringTable;

/**
 * IR pass golden tests: each {@code src/test/resources/rtgo/golden/*.ir} file holds
 * <pre>
 * # passes: simplify, dce
 * func ... { ... }          (the input, in the text form of rtgo.ir.Printer)
 * # expect
 * func ... { ... }          (the output after those passes)
 * </pre>
 * The passes are named as in the pass list ({@link Passes}), and run as the compiler runs them; the
 * verifier checks the input, and after every pass what the pass list promises at that point. To regenerate the expectations after an
 * intended change, run with {@code -Drtgo.golden.update=true} and review the diff.
 */
class GoldenPassTest {
    static final Path DIR = Path.of("src/test/resources/rtgo/golden");

    @TestFactory
    Stream<DynamicTest> goldens() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".ir")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no golden files in " + DIR.toAbsolutePath());
        }
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path file) throws IOException {
        String text = Files.readString(file);
        int expectAt = text.indexOf("# expect\n");
        String header = text.substring(0, text.indexOf('\n'));
        if (!header.startsWith("# passes:") || expectAt < 0) {
            throw new IllegalStateException(file + ": needs a '# passes:' line and a '# expect' section");
        }
        String input = text.substring(header.length() + 1, expectAt);
        String expected = text.substring(expectAt + "# expect\n".length());
        Func f = Parser.parse(input);
        Verifier.verify(f, "parsing " + file.getFileName());
        Unit u = new Unit(f);
        u.put(StringTable.class, new StringTable());
        for (String name : header.substring("# passes:".length()).split(",")) {
            String pass = name.trim();
            Passes.named(pass).pass().run(u);
            Verifier.verify(f, Passes.after(pass), pass);
        }
        String actual = Printer.print(f);
        if (Boolean.getBoolean("rtgo.golden.update")) {
            Files.writeString(file, header + "\n" + input + "# expect\n" + actual);
            return;
        }
        assertEquals(expected, actual, file + " (regenerate with -Drtgo.golden.update=true if the change is intended)");
    }
}
