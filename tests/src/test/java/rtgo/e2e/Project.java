package rtgo.e2e;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the end-to-end tests find their inputs and put their outputs. Surefire runs with the
 * module directory (tests/) as working directory and sets {@code basedir}; the repository root is
 * its parent. Everything written goes under tests/target so that {@code mvn clean} removes it.
 */
final class Project {
    private Project() {}

    /** The tests/ module directory. */
    static Path moduleDir() {
        String basedir = System.getProperty("basedir");
        Path dir = Path.of(basedir != null ? basedir : System.getProperty("user.dir")).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir.resolve("programs"))) {
            throw new IllegalStateException("cannot find tests/programs under " + dir
                    + "; run the tests from the tests module (mvn -pl tests test)");
        }
        return dir;
    }

    /** The repository root (parent of tests/). */
    static Path repoRoot() {
        return moduleDir().getParent();
    }

    /** tests/programs: the end-to-end corpus, one directory per area. */
    static Path programsDir() {
        return moduleDir().resolve("programs");
    }

    /** tests/errors: programs the compiler must reject, one file each. */
    static Path errorsDir() {
        return moduleDir().resolve("errors");
    }

    /** examples/ at the repository root. */
    static Path examplesDir() {
        return repoRoot().resolve("examples");
    }

    /** tests/target/&lt;name&gt;: scratch space and kept artifacts of one test class. */
    static Path targetDir(String name) {
        return moduleDir().resolve("target").resolve(name);
    }

    /**
     * The command that re-runs one test class from the repository root, building the modules it
     * depends on from source first ({@code -am}), so a compiler change is picked up without an
     * install. {@code extraProperties} are appended as given, e.g. {@code -Drtgo.program=a/B}.
     */
    static String retryCommand(String testClass, String extraProperties) {
        return "cd " + repoRoot() + " && mvn -q -pl tests -am test -Dsurefire.failIfNoSpecifiedTests=false -Dtest="
                + testClass + (extraProperties.isEmpty() ? "" : " " + extraProperties);
    }

    /** Deletes a file tree if it exists (used to clear stale artifacts and those of passing programs). */
    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot delete " + root, e);
        }
    }
}
