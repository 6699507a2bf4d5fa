package rtgo.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The end-to-end corpus: every program under tests/programs is compiled, run on HotSpot and on the
 * emulated RP2040, and must print exactly the same and exit with the same status (see
 * {@link ProgramCheck}). Programs compile against rtgo's channel API (package {@code rtgo}), which
 * HotSpot runs as it is and the device build replaces by the runtime's implementation. One dynamic test per program, named {@code area/Name}.
 *
 * <p>Programs are checked two at a time (the machine has two cores and each check runs a JVM, the
 * assembler and linker, and a Node emulator); all checks are queued when the factory runs and each
 * dynamic test waits for its own, so reports stay in corpus order.
 *
 * <p>Run a subset with {@code -Drtgo.program=arith/DivRem,fail} (ids or whole areas).
 *
 * <p>A program HotSpot cannot judge (one that deadlocks: HotSpot hangs, the device reports it)
 * has its expectation written by hand beside it, {@code Name.expected} (see {@link HandWritten}).
 */
class CorpusTest {
    private static final int PARALLEL = 2;
    private static final int MIN_CORPUS = 50;
    private static ExecutorService pool;

    @TestFactory
    Stream<DynamicTest> corpus() {
        String selection = System.getProperty(Corpus.SELECT_PROPERTY);
        List<Corpus.Entry> programs = Corpus.select(selection);
        pool = Executors.newFixedThreadPool(PARALLEL, r -> {
            Thread t = new Thread(r, "corpus-check");
            t.setDaemon(true);
            return t;
        });
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("corpus layout", () -> checkLayout(selection == null || selection.isBlank())));
        for (Corpus.Entry e : programs) {
            ProgramCheck check = new ProgramCheck(e.id(), List.of(e.source()), e.name(), JavaSources.apiClasspath(),
                    Project.targetDir("corpus").resolve(e.area()).resolve(e.name()),
                    Project.retryCommand("CorpusTest", "-D" + Corpus.SELECT_PROPERTY + "=" + e.id()),
                    Device.CORPUS_RUN, "-g", e.handWritten());
            Future<String> verdict = pool.submit(check::call);
            tests.add(DynamicTest.dynamicTest(e.id(), e.source().toUri(), () -> {
                String failure;
                try {
                    failure = verdict.get();
                } catch (ExecutionException ex) {
                    throw ex.getCause();
                }
                if (failure != null) {
                    fail(failure);
                }
            }));
        }
        return tests.stream();
    }

    @AfterAll
    static void stopPool() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private static final Pattern PUBLIC_CLASS = Pattern.compile("^public (?:final )?class (\\w+)", Pattern.MULTILINE);
    private static final Pattern PACKAGE = Pattern.compile("^package ", Pattern.MULTILINE);
    /** An area folder is named by what its programs exercise: one lowercase word, no batch number. */
    private static final Pattern AREA = Pattern.compile("[a-z]+");
    /** Names that say when or how programs were written, not what they test. */
    private static final Set<String> BATCH_NAMES = Set.of("stress", "misc", "more", "new", "extra");

    /**
     * The rules that keep programs independent and ids meaningful: default package, public class
     * named as the file, no class name used twice in the whole corpus, area folders named by area
     * (so {@code -Drtgo.program=loops} selects what its name says), and (for a full run) at least
     * fifty programs.
     */
    private static void checkLayout(boolean full) throws IOException {
        List<Corpus.Entry> all = Corpus.all();
        if (full) {
            assertTrue(all.size() >= MIN_CORPUS, "the corpus has only " + all.size() + " programs");
        }
        Map<String, String> owner = new HashMap<>();
        List<String> problems = new ArrayList<>();
        Set<String> areas = new TreeSet<>();
        all.forEach(e -> areas.add(e.area()));
        for (String area : areas) {
            if (!AREA.matcher(area).matches() || BATCH_NAMES.contains(area)) {
                problems.add("area folder " + area + " is not named by area: move its programs to folders named after"
                        + " what they exercise (loops, traces, clinit...)");
            }
        }
        for (Corpus.Entry e : all) {
            String text = Files.readString(e.source(), StandardCharsets.UTF_8);
            if (PACKAGE.matcher(text).find()) {
                problems.add(e.id() + " declares a package");
            }
            Matcher m = PUBLIC_CLASS.matcher(text);
            if (!m.find() || !m.group(1).equals(e.name())) {
                problems.add(e.id() + " does not declare public class " + e.name());
            }
            if (e.handWritten() != null) {
                try {
                    HandWritten.read(e.handWritten());
                } catch (AssertionError bad) {
                    problems.add(e.id() + ": " + bad.getMessage());
                }
            }
            // Nested classes are named Outer$Inner, so unique top-level names make all names unique.
            String previous = owner.putIfAbsent(e.name(), e.id());
            if (previous != null) {
                problems.add("class " + e.name() + " is declared by both " + previous + " and " + e.id());
            }
        }
        for (String area : areas) {
            try (var files = Files.list(Project.programsDir().resolve(area))) {
                for (Path f : files.toList()) {
                    String file = f.getFileName().toString();
                    if (file.endsWith(HandWritten.SUFFIX) && !Files.isRegularFile(f.resolveSibling(
                            file.substring(0, file.length() - HandWritten.SUFFIX.length()) + ".java"))) {
                        problems.add(area + "/" + file + " has no program beside it");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }
}
