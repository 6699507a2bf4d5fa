package rtgo.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import rtgo.ir.Func;
import rtgo.ir.Printer;
import rtgo.ir.Unit;
import rtgo.ir.Verifier;
import rtgo.driver.Passes;

/**
 * Front-end golden tests: each {@code src/test/resources/rtgo/frontend/X.java} is compiled with
 * javac ({@code --release 21}), translated to SSA IR, and the IR of class X's methods is compared
 * with {@code X.frontend.ir} (straight from bytecode) and {@code X.opt.ir} (after the optimiser).
 * The verifier checks every function. Regenerate with {@code -Drtgo.golden.update=true} after an
 * intended change and review the diff.
 */
class FrontendGoldenTest {
    static final Path DIR = Path.of("src/test/resources/rtgo/frontend");

    @TestFactory
    Stream<DynamicTest> goldens() throws IOException {
        List<Path> sources;
        try (Stream<Path> s = Files.list(DIR)) {
            sources = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertTrue(!sources.isEmpty(), "no golden sources in " + DIR.toAbsolutePath());
        return sources.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path source) throws Exception {
        String name = source.getFileName().toString().replace(".java", "");
        Path classes = Files.createTempDirectory("rtgo-golden");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "--release", "21", "-g", "-d", classes.toString(), source.toString());
        assertEquals(0, rc, "javac failed on " + source);
        StringBuilder frontend = new StringBuilder();
        StringBuilder optimised = new StringBuilder();
        try (ClassPath cp = new ClassPath(List.of(classes))) {
            Program program = new Program(cp, name, FrontendGoldenTest::frontend);
            program.build();
            for (Func f : program.funcs()) {
                if (!f.displayName.startsWith(name + ".")) {
                    continue;
                }
                frontend.append(Printer.print(f));
                Unit u = new Unit(f);
                for (Passes.Entry e : Passes.range("simplify", "dce")) {
                    e.pass().run(u);
                    Verifier.verify(f, Passes.after(e.name()), e.name());
                }
                optimised.append(Printer.print(f));
            }
        }
        compare(DIR.resolve(name + ".frontend.ir"), frontend.toString());
        compare(DIR.resolve(name + ".opt.ir"), optimised.toString());
    }

    /** The front end as the driver runs it, pass by pass, verified after each. */
    static void frontend(Unit u) {
        for (Passes.Entry e : Passes.frontend()) {
            e.pass().run(u);
            Verifier.verify(u.f, Passes.after(e.name()), e.name());
        }
    }

    private static void compare(Path expected, String actual) throws IOException {
        if (Boolean.getBoolean("rtgo.golden.update")) {
            Files.writeString(expected, actual);
            return;
        }
        assertTrue(Files.exists(expected), expected + " is missing (create it with -Drtgo.golden.update=true)");
        assertEquals(Files.readString(expected), actual,
                expected + " (regenerate with -Drtgo.golden.update=true if the change is intended)");
    }
}
