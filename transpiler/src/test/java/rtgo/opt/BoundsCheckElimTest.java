package rtgo.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import rtgo.ir.Block;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Op;
import rtgo.ir.Parser;
import rtgo.ir.Printer;
import rtgo.ir.Unit;
import rtgo.ir.Verifier;
import rtgo.driver.Passes;

/**
 * Which bounds checks {@link BoundsCheckElim} removes and which must stay, on the front end's IR of
 * small Java loops ({@code src/test/resources/rtgo/bce/*.ir}). Each case says how many
 * {@code boundscheck}s remain after the passes that lead up to and include bounds-check
 * elimination, and how many must remain: the adversarial cases (an index that can reach the
 * length, go negative, overflow, or belong to another or a replaced array) keep checks whose
 * removal would be a miscompile; falling below "must" is reported as one. The front end peels a loop's first iteration, so a loop's access usually
 * appears twice: in the peeled copy and in the loop.
 */
class BoundsCheckElimTest {
    static final Path DIR = Path.of("src/test/resources/rtgo/bce");

    /**
     * One case: its name, the Java it came from, the checks that remain today ({@code keeps}), the
     * checks that must remain for correctness ({@code must}, at most keeps), the IR.
     */
    record Case(String file, String name, String java, int keeps, int must, String ir) {}

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> s = Files.list(DIR)) {
            for (Path p : s.filter(x -> x.toString().endsWith(".ir")).sorted().toList()) {
                cases.addAll(parse(p));
            }
        }
        assertTrue(cases.size() >= 20, "expected the BCE cases in " + DIR.toAbsolutePath());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.file() + ": " + c.name(), () -> check(c)));
    }

    /** Splits a case file at its {@code # case NAME: JAVA} lines. */
    static List<Case> parse(Path file) throws IOException {
        List<Case> out = new ArrayList<>();
        String name = null;
        String java = null;
        int keeps = -1;
        int must = -1;
        StringBuilder ir = new StringBuilder();
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("# case ")) {
                if (name != null) {
                    out.add(new Case(file.getFileName().toString(), name, java, keeps, must < 0 ? keeps : must, ir.toString()));
                }
                int colon = line.indexOf(':');
                name = line.substring("# case ".length(), colon);
                java = line.substring(colon + 1).trim();
                keeps = -1;
                must = -1;
                ir.setLength(0);
            } else if (line.startsWith("# keeps ")) {
                keeps = Integer.parseInt(line.substring("# keeps ".length()).trim());
            } else if (line.startsWith("# must ")) {
                must = Integer.parseInt(line.substring("# must ".length()).trim());
            } else if (!line.startsWith("#") && name != null) {
                ir.append(line).append('\n');
            }
        }
        if (name != null) {
            out.add(new Case(file.getFileName().toString(), name, java, keeps, must < 0 ? keeps : must, ir.toString()));
        }
        return out;
    }

    private static void check(Case c) {
        assertTrue(c.keeps() >= 0, c.name() + ": no '# keeps N' line");
        Func f = Parser.parse(c.ir());
        Verifier.verify(f, "parsing " + c.name());
        int before = count(f);
        assertTrue(before > 0 && before >= c.keeps(), c.name() + ": the input has " + before + " bounds checks");
        optimiseThroughBce(f);
        int after = count(f);
        assertTrue(c.must() <= c.keeps(), c.name() + ": 'must' is more than 'keeps'");
        if (after < c.must()) {
            fail(c.name() + " (" + c.java() + "): only " + after + " bounds checks left, but " + c.must()
                    + " must stay: a check that can fail was removed (miscompile)\n" + Printer.print(f));
        }
        assertEquals(c.keeps(), after, c.name() + " (" + c.java() + "): bounds checks left after bce"
                + (after < c.keeps() ? " (fewer than before, and still safe: update 'keeps' if this is an intended improvement)" : "")
                + "\n" + Printer.print(f));
    }

    /** The pass list from simplify through bounds-check elimination, then dce, verified after each. */
    static void optimiseThroughBce(Func f) {
        Unit u = new Unit(f);
        List<Passes.Entry> passes = new ArrayList<>(Passes.range("simplify", "bce"));
        passes.add(Passes.named("dce"));
        for (Passes.Entry e : passes) {
            e.pass().run(u);
            Verifier.verify(f, Passes.after(e.name()), e.name());
        }
    }

    static int count(Func f) {
        int n = 0;
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                if (i.op == Op.BOUNDSCHECK) {
                    n++;
                }
            }
        }
        return n;
    }
}
