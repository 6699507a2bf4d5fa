package rtgo.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies between the transpiler's packages point one way (issue 7, item 4). The table below
 * is the layering, lowest first; a package may use only the packages its row lists (and its own).
 * The scan reads src/main/java and counts every {@code rtgo.<package>} in code, imports and fully
 * qualified uses alike ({@code rtgo.lower.Cleanup.removeDead(f)}), but not in comments or strings.
 *
 * <pre>
 *   diag                      build errors
 *   sym   <- diag             symbol names, runtime entry points, what the back end needs of a program
 *   ir    <- diag             the IR
 *   frontend <- ir, sym       classfiles to IR
 *   opt   <- ir               IR to IR
 *   lower <- ir, sym, opt     IR to Thumb-level IR
 *   thumb <- ir, sym, opt, lower   registers and assembly
 *   link  <- diag             binutils and images
 *   emu   <- diag, link       the emulator (independent of the compiler; checks an image before running it)
 *   flash <- link             putting an image on a board (UF2 drive, picotool, PICOBOOT)
 *   driver                    on top: may use everything
 * </pre>
 *
 * <p>rtgo.vm (the device ABI, {@code rtgo.vm.abi}) is the bottom module and open to every package;
 * the device runtime and HAL (rtgo.runtime, rtgo.hal) are never compiled against: the transpiler
 * reads them as classfiles.
 */
class DependencyTest {
    static final Path SOURCES = Path.of("src/main/java/rtgo");

    /** Which packages each package may use. A package missing here is a failure: place it in the layering. */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("diag", Set.of()),
            Map.entry("sym", Set.of("diag", "ir")),
            Map.entry("ir", Set.of("diag")),
            Map.entry("frontend", Set.of("diag", "ir", "sym")),
            Map.entry("opt", Set.of("diag", "ir")),
            Map.entry("lower", Set.of("diag", "ir", "sym", "opt")),
            Map.entry("thumb", Set.of("diag", "ir", "sym", "opt", "lower")),
            Map.entry("link", Set.of("diag")),
            Map.entry("emu", Set.of("diag", "link")),
            Map.entry("flash", Set.of("link")),
            Map.entry("driver", Set.of("diag", "ir", "sym", "frontend", "opt", "lower", "thumb", "link", "emu")));

    /** Modules outside the transpiler: rtgo.vm may be used everywhere, the device code nowhere. */
    static final Set<String> OPEN = Set.of("vm");

    /**
     * Known violations, "from -> to", each to be fixed and then deleted from this list. The test
     * fails when one of them is gone, so the list cannot go stale.
     */
    static final Set<String> KNOWN_VIOLATIONS = Set.of();

    private static final Pattern USE = Pattern.compile("(?<![\\w.])rtgo\\.([a-z][a-z0-9_]*)\\b");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+rtgo\\.([a-z][a-z0-9_]*)\\s*;",
            Pattern.MULTILINE);

    @Test
    void dependenciesPointOneWay() throws IOException {
        Map<String, List<String>> violations = scan(SOURCES);
        Set<String> unexpected = new TreeSet<>(violations.keySet());
        unexpected.removeAll(KNOWN_VIOLATIONS);
        Set<String> fixed = new TreeSet<>(KNOWN_VIOLATIONS);
        fixed.removeAll(violations.keySet());
        StringBuilder report = new StringBuilder();
        for (String edge : unexpected) {
            report.append(edge).append(", not allowed by the layering in DependencyTest:\n");
            violations.get(edge).forEach(w -> report.append("    ").append(w).append('\n'));
        }
        for (String edge : fixed) {
            report.append(edge).append(" no longer occurs: delete it from DependencyTest.KNOWN_VIOLATIONS\n");
        }
        if (!report.isEmpty()) {
            fail("package dependencies that point back up (move the code down, or pass what is needed in"
                    + " through a type in a lower package):\n" + report);
        }
    }

    @Test
    void everyPackageHasARow() throws IOException {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            Set<String> packages = new TreeSet<>();
            dirs.filter(Files::isDirectory).forEach(d -> packages.add(d.getFileName().toString()));
            packages.removeAll(ALLOWED.keySet());
            assertEquals(Set.of(), packages, "packages without a row in DependencyTest.ALLOWED");
        }
    }

    /** The scan finds what it must: imports, qualified uses in code, and nothing in comments or strings. */
    @Test
    void theScanSeesCodeOnly() {
        String src = """
                package rtgo.opt;
                import rtgo.ir.Func;
                // rtgo.thumb in a comment
                /* rtgo.driver in a block comment */
                class X {
                    String s = "J:rtgo.runtime.Heap.allocArray(II)I";
                    char q = '"';
                    void f(Func f) { rtgo.lower.Cleanup.removeDead(f); }
                    String t = \"""
                        rtgo.emu in a text block
                        \""";
                    Object g = rtgo.frontend.Program.class;
                }
                """;
        Map<String, List<String>> found = new TreeMap<>();
        uses("X.java", src, found);
        assertEquals(Set.of("opt -> lower", "opt -> frontend"), found.keySet(), found.toString());
        assertTrue(found.get("opt -> lower").get(0).contains("X.java:8"), found.toString());
    }

    /** Edges not allowed by {@link #ALLOWED}, each with where it occurs ("File.java:line: text"). */
    static Map<String, List<String>> scan(Path root) throws IOException {
        Map<String, List<String>> out = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertTrue(files.size() > 50, "found only " + files.size() + " sources under " + root.toAbsolutePath());
        for (Path f : files) {
            uses(root.relativize(f).toString(), Files.readString(f), out);
        }
        return out;
    }

    private static void uses(String file, String source, Map<String, List<String>> out) {
        String code = JavaTokens.codeOnly(source);
        Matcher pm = PACKAGE.matcher(code);
        if (!pm.find()) {
            throw new AssertionError(file + ": no package rtgo.<name> declaration");
        }
        String from = pm.group(1);
        Set<String> allowed = ALLOWED.getOrDefault(from, Set.of());
        String[] lines = source.split("\n", -1);
        Matcher m = USE.matcher(code);
        while (m.find()) {
            String to = m.group(1);
            if (m.start() >= pm.start() && m.end() <= pm.end()) {
                continue;
            }
            if (to.equals(from) || allowed.contains(to) || OPEN.contains(to)) {
                continue;
            }
            int line = 1 + (int) code.substring(0, m.start()).chars().filter(ch -> ch == '\n').count();
            out.computeIfAbsent(from + " -> " + to, k -> new ArrayList<>())
               .add(file + ":" + line + ": " + lines[line - 1].strip());
        }
    }
}
