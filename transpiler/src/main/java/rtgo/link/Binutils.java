package rtgo.link;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import rtgo.diag.BuildException;

/**
 * The GNU binutils for bare-metal ARM that rtgo drives: arm-none-eabi-as, -ld and -objcopy.
 *
 * <p>They are looked up once, in the directory named by the environment variable
 * {@value #DIR_VARIABLE} if it is set, otherwise on the {@code PATH}. A tool that cannot be found,
 * cannot be started or exits with a non-zero status becomes a {@link BuildException} whose message
 * says what to do: how to install the tools, or the tool's own diagnostics (stderr), which name the
 * file and line at fault.
 */
public final class Binutils {
    /** Environment variable naming the directory that holds the arm-none-eabi-* tools. */
    public static final String DIR_VARIABLE = "RTGO_BINUTILS";

    /** The tools rtgo uses, with their executable names. */
    public enum Tool {
        AS("arm-none-eabi-as"),
        LD("arm-none-eabi-ld"),
        OBJCOPY("arm-none-eabi-objcopy");

        final String executable;

        Tool(String executable) {
            this.executable = executable;
        }
    }

    private static final String INSTALL_HINT = """
            rtgo needs the GNU binutils for bare-metal ARM (arm-none-eabi-as, -ld, -objcopy).
            Install them, e.g. on Debian/Ubuntu: sudo apt-get install binutils-arm-none-eabi
            (or point the environment variable %s at the directory that holds them).""".formatted(DIR_VARIABLE);

    private final Map<Tool, Path> executables;

    private Binutils(Map<Tool, Path> executables) {
        this.executables = Map.copyOf(executables);
    }

    /** Finds the tools using this process's environment. */
    public static Binutils locate() throws BuildException {
        return locate(System.getenv());
    }

    /** Finds the tools using the given environment ({@value #DIR_VARIABLE}, then {@code PATH}). */
    public static Binutils locate(Map<String, String> environment) throws BuildException {
        String dir = environment.get(DIR_VARIABLE);
        List<Path> searchPath = new ArrayList<>();
        if (dir != null && !dir.isBlank()) {
            searchPath.add(Path.of(dir));
        } else {
            String path = environment.getOrDefault("PATH", "");
            for (String entry : path.split(File.pathSeparator)) {
                if (!entry.isEmpty()) {
                    searchPath.add(Path.of(entry));
                }
            }
        }
        Map<Tool, Path> found = new EnumMap<>(Tool.class);
        List<String> missing = new ArrayList<>();
        for (Tool tool : Tool.values()) {
            Path exe = find(tool.executable, searchPath);
            if (exe == null) {
                missing.add(tool.executable);
            } else {
                found.put(tool, exe);
            }
        }
        if (!missing.isEmpty()) {
            String where = dir != null && !dir.isBlank()
                    ? "in " + DIR_VARIABLE + "=" + dir
                    : "on the PATH";
            throw new BuildException("rtgo: cannot find " + String.join(", ", missing) + " " + where + ".\n"
                    + INSTALL_HINT);
        }
        return new Binutils(found);
    }

    private static Path find(String executable, List<Path> searchPath) {
        for (Path dir : searchPath) {
            for (String name : List.of(executable, executable + ".exe")) {
                Path candidate = dir.resolve(name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** The executable found for {@code tool}. */
    public Path executable(Tool tool) {
        return executables.get(tool);
    }

    /**
     * Runs {@code tool} with {@code arguments} in {@code workDir} and waits for it.
     *
     * @return what the tool wrote to stderr (warnings), empty when it was silent
     * @throws BuildException when it cannot be started or exits with a non-zero status; the message
     *                        carries the command line and the tool's stderr
     */
    public String run(Tool tool, List<String> arguments, Path workDir) throws BuildException {
        List<String> command = new ArrayList<>();
        command.add(executables.get(tool).toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new BuildException("rtgo: cannot run " + command.get(0) + ": " + e.getMessage() + "\n"
                    + INSTALL_HINT, e);
        }
        String stderr;
        int status;
        try (InputStream err = process.getErrorStream()) {
            // Only stderr is piped, so reading it to the end cannot deadlock; it ends when the tool does.
            stderr = new String(err.readAllBytes(), StandardCharsets.UTF_8);
            status = process.waitFor();
        } catch (IOException e) {
            process.destroyForcibly();
            throw new UncheckedIOException("reading the output of " + tool.executable, e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new BuildException("rtgo: interrupted while running " + tool.executable, e);
        }
        if (status != 0) {
            throw new BuildException("rtgo: " + tool.executable + " failed (exit status " + status + ")\n"
                    + "command: " + String.join(" ", command) + "\n"
                    + stderr.strip());
        }
        return stderr;
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
