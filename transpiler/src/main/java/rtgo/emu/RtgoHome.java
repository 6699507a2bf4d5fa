package rtgo.emu;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the rtgo repository root, where host tools keep files that are not Java resources (the Node
 * emulator harness in {@code ci/emu}). In order: the system property {@code rtgo.home}, the
 * environment variable {@code RTGO_HOME}, else the nearest directory at or above the current one
 * that holds {@code ci/emu/package.json} (so tests and the CLI work from any module directory).
 */
public final class RtgoHome {
    /** The file that marks a directory as the repository root. */
    public static final String MARKER = "ci/emu/package.json";

    private RtgoHome() {}

    /** The repository root; throws IllegalStateException with what was tried when there is none. */
    public static Path find() {
        String property = System.getProperty("rtgo.home");
        if (property != null && !property.isBlank()) {
            return checked(Path.of(property), "system property rtgo.home");
        }
        String env = System.getenv("RTGO_HOME");
        if (env != null && !env.isBlank()) {
            return checked(Path.of(env), "environment variable RTGO_HOME");
        }
        Path start = Path.of("").toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(MARKER))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the rtgo repository: no " + MARKER + " in " + start
                + " or any directory above it; set -Drtgo.home=<repository> or RTGO_HOME");
    }

    private static Path checked(Path dir, String source) {
        Path home = dir.toAbsolutePath().normalize();
        if (!Files.isRegularFile(home.resolve(MARKER))) {
            throw new IllegalStateException(source + " is " + home + ", which is not the rtgo repository (no "
                    + MARKER + " there)");
        }
        return home;
    }
}
