package rtgo.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The end-to-end corpus on disk: tests/programs/&lt;area&gt;/&lt;Name&gt;.java, each a program in
 * the default package whose public class is its file name, so the id {@code area/Name} also names
 * the main class. Selection by the {@code rtgo.program} system property: a comma-separated list of
 * ids ({@code arith/DivRem}) and whole areas ({@code fail} or {@code fail/}).
 */
final class Corpus {
    private Corpus() {}

    /** The property that selects a subset of the corpus. */
    static final String SELECT_PROPERTY = "rtgo.program";

    /** One corpus program. */
    record Entry(String area, String name, Path source) {
        String id() {
            return area + "/" + name;
        }

        /**
         * The hand-written expectation beside the source ({@code Name.expected}, see
         * {@link HandWritten}), or null when HotSpot is the oracle.
         */
        Path handWritten() {
            Path p = source.resolveSibling(name + HandWritten.SUFFIX);
            return Files.isRegularFile(p) ? p : null;
        }
    }

    /** Every program, sorted by area then name. */
    static List<Entry> all() {
        List<Entry> out = new ArrayList<>();
        try (var areas = Files.list(Project.programsDir())) {
            for (Path area : areas.filter(Files::isDirectory).sorted().toList()) {
                for (Path source : JavaSources.javaFilesIn(area)) {
                    String file = source.getFileName().toString();
                    out.add(new Entry(area.getFileName().toString(), file.substring(0, file.length() - 5), source));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The programs named by {@code selection} (null or blank: all of them). Names that match
     * nothing are an error, so a typo cannot silently select an empty corpus.
     */
    static List<Entry> select(String selection) {
        List<Entry> all = all();
        if (selection == null || selection.isBlank()) {
            return all;
        }
        Set<Entry> chosen = new LinkedHashSet<>();
        for (String raw : selection.split(",")) {
            String want = raw.strip();
            if (want.endsWith("/")) {
                want = want.substring(0, want.length() - 1);
            }
            boolean matched = false;
            for (Entry e : all) {
                if (e.id().equals(want) || e.area().equals(want)) {
                    chosen.add(e);
                    matched = true;
                }
            }
            if (!matched) {
                throw new IllegalArgumentException("-D" + SELECT_PROPERTY + ": no program or area '" + want
                        + "' under " + Project.programsDir());
            }
        }
        return new ArrayList<>(chosen);
    }
}
