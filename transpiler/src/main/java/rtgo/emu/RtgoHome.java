package rtgo.emu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Finds the rtgo repository ("rtgo home"), which holds what runs outside the JVM: the emulator
 * harness {@code ci/emu} with its rp2040js install (made by {@code ci/setup}).
 *
 * <p>Design note. Four places are asked, in order: the system property {@code rtgo.home}, the
 * environment variable {@code RTGO_HOME}, the current directory and those above it (a clone's
 * modules, examples and tests), and last the repository this jar was built from, recorded at build
 * time in {@code rtgo/emu/home.properties}. The last is what lets an installed jar (the Maven
 * plugin, the JUnit extension, in a project anywhere on the disk) work after the README's set-up
 * without configuration; an explicit setting always wins, and a wrong one is an error rather than a
 * silent fall-through, so a typo in {@code -Drtgo.home} is never hidden by another copy.
 */
public final class RtgoHome {
    /** The file that marks a directory as the repository root. */
    public static final String MARKER = "ci/emu/package.json";
    /** The resource naming the repository this class was built from (property {@code home}). */
    static final String BUILT_FROM = "/rtgo/emu/home.properties";

    private RtgoHome() {}

    /** The repository root; throws IllegalStateException with what was tried when there is none. */
    public static Path find() {
        return find(System.getProperty("rtgo.home"), System.getenv("RTGO_HOME"),
                Path.of("").toAbsolutePath().normalize(), builtFrom());
    }

    /**
     * The search of {@link #find()} over the given places: {@code property} and {@code env} (either
     * may be null or blank), the directories from {@code start} upwards, then {@code builtFrom}
     * (or null).
     */
    static Path find(String property, String env, Path start, Path builtFrom) {
        if (property != null && !property.isBlank()) {
            return at(Path.of(property), "system property rtgo.home");
        }
        if (env != null && !env.isBlank()) {
            return at(Path.of(env), "environment variable RTGO_HOME");
        }
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(MARKER))) {
                return dir;
            }
        }
        List<String> tried = new ArrayList<>();
        tried.add(start + " and every directory above it");
        if (builtFrom != null) {
            if (Files.isRegularFile(builtFrom.resolve(MARKER))) {
                return builtFrom;
            }
            tried.add(builtFrom + " (where this rtgo was built; moved or deleted since?)");
        }
        throw new IllegalStateException("cannot find the rtgo repository: no " + MARKER + " in "
                + String.join(", nor in ", tried) + "; set -Drtgo.home=<repository> or RTGO_HOME"
                + " to a clone of rtgo on which ci/setup has run");
    }

    /**
     * {@code dir} as the repository root, checked; {@code source} says where the setting came from
     * ("the Maven parameter rtgoHome") for the error when it is not a repository.
     */
    public static Path at(Path dir, String source) {
        Path home = dir.toAbsolutePath().normalize();
        if (!Files.isRegularFile(home.resolve(MARKER))) {
            throw new IllegalStateException(source + " is " + home + ", which is not the rtgo repository (no "
                    + MARKER + " there)");
        }
        return home;
    }

    /** The repository recorded when this jar was built, or null when the build recorded none. */
    static Path builtFrom() {
        try (InputStream in = RtgoHome.class.getResourceAsStream(BUILT_FROM)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            String home = p.getProperty("home", "");
            // unfiltered (a build that skipped resource filtering) records nothing usable
            return home.isBlank() || home.contains("${") ? null : Path.of(home).toAbsolutePath().normalize();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUILT_FROM + ": " + e.getMessage(), e);
        }
    }
}
