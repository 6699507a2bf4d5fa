package rtgo.emu;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Node.js side of the emulator: where {@code ci/emu/run.mjs} is, and making sure Node.js and the
 * pinned rp2040js package are there before the first run. The package is installed with {@code npm
 * ci} from the committed lock file, once: a JVM-wide lock plus a file lock keep parallel tests and
 * parallel builds from installing into the same {@code node_modules} at the same time.
 */
final class NodeHarness {
    static final int MIN_NODE_MAJOR = 18;
    private static final long INSTALL_TIMEOUT_MINUTES = 10;
    private static final Object INSTALL_LOCK = new Object();
    private static final Pattern NODE_VERSION = Pattern.compile("v(\\d+)\\.");
    private static final Pattern PINNED_VERSION = Pattern.compile("\"rp2040js\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern PACKAGE_VERSION = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"");
    private static volatile boolean nodeChecked;

    private final Path dir;

    NodeHarness(Path rtgoHome) {
        this.dir = rtgoHome.resolve("ci/emu");
    }

    Path script() {
        return dir.resolve("run.mjs");
    }

    static String node() {
        return "node";
    }

    private static String npm() {
        return System.getProperty("os.name", "").startsWith("Windows") ? "npm.cmd" : "npm";
    }

    /**
     * Whether node_modules holds the rp2040js version that ci/emu/package.json pins (so a version bump
     * reinstalls) and its entry point (so an install cut short is redone).
     */
    private boolean installed() throws IOException {
        Path installed = dir.resolve("node_modules/rp2040js/package.json");
        if (!Files.isRegularFile(installed) || !Files.isRegularFile(dir.resolve("node_modules/rp2040js/dist/esm/index.js"))) {
            return false;
        }
        String wanted = firstGroup(PINNED_VERSION, Files.readString(dir.resolve("package.json")));
        return wanted != null && wanted.equals(firstGroup(PACKAGE_VERSION, Files.readString(installed)));
    }

    private static String firstGroup(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** Checks Node.js (once per JVM) and installs rp2040js if it is missing; cheap once both are there. */
    void ensureReady() throws IOException {
        if (!nodeChecked) {
            checkNodeVersion();
            nodeChecked = true;
        }
        if (installed()) {
            return;
        }
        synchronized (INSTALL_LOCK) {
            try (FileChannel channel = new RandomAccessFile(dir.resolve(".install.lock").toFile(), "rw").getChannel();
                 FileLock ignored = channel.lock()) {
                if (installed()) {
                    return;
                }
                String output = runTool(List.of(npm(), "ci", "--no-audit", "--no-fund"), dir, INSTALL_TIMEOUT_MINUTES,
                        "npm (it comes with Node.js)");
                if (!installed()) {
                    throw new IOException("'npm ci' in " + dir + " did not install rp2040js:\n" + output);
                }
            }
        }
    }

    /** Fails with an installation hint unless {@code node --version} says {@value #MIN_NODE_MAJOR} or later. */
    static void checkNodeVersion() throws IOException {
        String version = runTool(List.of(node(), "--version"), null, 1, "node").trim();
        Matcher m = NODE_VERSION.matcher(version);
        if (!m.lookingAt() || Integer.parseInt(m.group(1)) < MIN_NODE_MAJOR) {
            throw new IOException("the rp2040js emulator needs Node.js >= " + MIN_NODE_MAJOR + ", but 'node --version' says '"
                    + version + "'; install a newer Node.js");
        }
    }

    /**
     * Runs a tool in {@code workDir} (null: the current directory) and returns its output; a missing
     * tool, a failure or a hang is an IOException. Output goes through a file so the timeout holds
     * however much the tool prints.
     */
    private static String runTool(List<String> command, Path workDir, long timeoutMinutes, String what)
            throws IOException {
        String shown = "'" + String.join(" ", command) + "'";
        Path output = Files.createTempFile("rtgo-tool-", ".txt");
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            if (workDir != null) {
                builder.directory(workDir.toFile());
            }
            process = builder.start();
        } catch (IOException e) {
            Files.deleteIfExists(output);
            throw new IOException("cannot run " + shown + ": " + what + " is not on the PATH. The rp2040js emulator "
                    + "needs Node.js >= " + MIN_NODE_MAJOR + " with npm: install it from https://nodejs.org or your "
                    + "package manager", e);
        }
        try {
            process.getOutputStream().close();
            if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                throw new IOException(shown + " did not finish in " + timeoutMinutes + " min");
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IOException(shown + " failed with exit code " + process.exitValue() + ":\n" + text);
            }
            return text;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while running " + shown);
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(output);
        }
    }
}
