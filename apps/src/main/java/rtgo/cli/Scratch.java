package rtgo.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import rtgo.diag.BuildException;

/**
 * A temporary directory for one command (classes javac wrote, the image `run` builds), created on
 * first use and deleted with everything in it when the command ends, so that `rtgo run` leaves no
 * trace in the user's directories or in /tmp.
 */
final class Scratch implements AutoCloseable {
    private Path root;

    /**
     * A fresh, empty directory named after {@code purpose} inside the scratch directory; a system
     * temporary directory that cannot be written is a build error saying how to choose another.
     */
    Path newDirectory(String purpose) throws BuildException {
        try {
            if (root == null) {
                root = Files.createTempDirectory("rtgo-");
            }
            return Files.createTempDirectory(root, purpose + "-");
        } catch (IOException | UnsupportedOperationException e) {
            throw new BuildException("cannot create a temporary directory in '"
                    + System.getProperty("java.io.tmpdir") + "': " + e.getMessage()
                    + "\n  hint: free some space there, or choose another with JAVA_TOOL_OPTIONS=-Djava.io.tmpdir=<dir>", e);
        }
    }

    /** Deletes the scratch directory; a file that will not go is left for the system to clean. */
    @Override
    public void close() {
        if (root == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Best effort: a leftover temporary directory is not worth failing a finished command.
        }
        root = null;
    }
}
