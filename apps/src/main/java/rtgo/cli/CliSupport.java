package rtgo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import rtgo.diag.BuildException;

/**
 * The argument checks and error reports that `build` and `run` share, so both word the same mistake
 * the same way: usage errors become picocli ParameterExceptions (exit 2, see RtgoCli), build errors
 * are printed as the compiler wrote them (exit 1), stack traces only on request.
 */
final class CliSupport {
    private CliSupport() {}

    /** The one board rtgo builds for so far. */
    static final String DEFAULT_TARGET = "pico";

    /** {@code mode} when it is an inlining mode ({@code --inline}), else a usage error listing them. */
    static String inlineMode(CommandSpec spec, String mode) {
        String problem = rtgo.driver.BuildOptions.checkInline(mode);
        if (problem != null) {
            throw usage(spec, "--inline=" + mode + " " + problem);
        }
        return mode;
    }

    /** A usage error for the command being run: reported with a pointer to its --help. */
    static ParameterException usage(CommandSpec spec, String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** Rejects any board but the Pico, saying which boards there are. */
    static void checkTarget(CommandSpec spec, String target) {
        if (!DEFAULT_TARGET.equals(target)) {
            throw usage(spec, "unknown target '" + target + "': the only target so far is "
                    + DEFAULT_TARGET + " (Raspberry Pi Pico, RP2040)");
        }
    }

    /** Classifies an input, turning what is wrong with it into a usage error. */
    static ProgramInput input(CommandSpec spec, Path path) {
        try {
            return ProgramInput.of(path);
        } catch (ProgramInput.BadInputException e) {
            throw usage(spec, e.getMessage());
        }
    }

    /**
     * Prints a build error the way the compiler worded it (it names class, method and line) and
     * returns the build-error exit code. The cause's stack trace is for rtgo's developers only.
     */
    static int buildError(CommandSpec spec, RtgoCli top, BuildException e) {
        return buildError(spec, top, e, null);
    }

    /**
     * As {@link #buildError(CommandSpec, RtgoCli, BuildException)}; an error located in a Java
     * source line is put in the form compilers use and IDEs and editors link
     * ({@link #located}), with the file under {@code sourceRoot} when it is there.
     */
    static int buildError(CommandSpec spec, RtgoCli top, BuildException e, Path sourceRoot) {
        PrintWriter err = spec.commandLine().getErr();
        String message = stripPrefix(e.getMessage());
        String located = located(message, sourceRoot);
        String colouredError = spec.commandLine().getColorScheme().errorText("error:").toString();
        if (located != null) {
            err.println(located.replaceFirst(": error: ", ": " + java.util.regex.Matcher.quoteReplacement(colouredError) + " "));
        } else {
            err.println("rtgo: " + (message.startsWith("error: ") ? colouredError + message.substring(6) : message));
        }
        if (top != null && top.stacktrace) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.BUILD_ERROR;
    }

    private static final java.util.regex.Pattern AT_LINE =
            java.util.regex.Pattern.compile("\\n  at ([^\\s()]+)\\(([^\\s():/\\\\]+\\.java):(\\d+)\\)");

    /**
     * "File.java:12: error: what\n  at Cls.m(File.java:12)\n  hint: ..." for an error message
     * whose first frame names a source line, else null. The file is the package directory plus the
     * file name (demo/Blink.java), under {@code sourceRoot} when it exists there; the rest of the
     * message (class, method, hint) stays as it was.
     */
    static String located(String message, Path sourceRoot) {
        if (message == null || !message.startsWith("error: ")) {
            return null;
        }
        java.util.regex.Matcher m = AT_LINE.matcher(message);
        if (!m.find()) {
            return null;
        }
        String method = m.group(1);
        int lastDot = method.lastIndexOf('.');
        String cls = lastDot < 0 ? "" : method.substring(0, lastDot);
        int pkgDot = cls.lastIndexOf('.');
        String file = (pkgDot < 0 ? "" : cls.substring(0, pkgDot).replace('.', '/') + "/") + m.group(2);
        if (sourceRoot != null) {
            Path candidate = sourceRoot.resolve(file);
            if (java.nio.file.Files.isRegularFile(candidate)) {
                file = Report.path(candidate);
            } else if (java.nio.file.Files.isRegularFile(sourceRoot.resolve(m.group(2)))) {
                file = Report.path(sourceRoot.resolve(m.group(2)));
            }
        }
        return file + ":" + m.group(3) + ": " + message;
    }

    /**
     * Whether rtgo talks to a person: stdin and stdout are a terminal (Console.isTerminal on Java
     * 22 and later, where System.console() is there even when redirected; on 21 a console means a
     * terminal). Colours, progress and reading the keyboard depend on it.
     */
    static boolean interactive() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** {@link rtgo.driver.Rtgo#build}, with a progress line on a terminal when it takes over a second. */
    static rtgo.driver.BuildResult build(CommandSpec spec, rtgo.driver.BuildOptions options) throws BuildException {
        String name = options.output() == null ? "program" : options.output().getFileName().toString();
        try (Progress ignored = Progress.onTerminal("building " + name, spec.commandLine().getErr())) {
            return rtgo.driver.Rtgo.build(options);
        }
    }

    /** Colours on a terminal only, and never with NO_COLOR set (no-color.org). */
    static picocli.CommandLine.Help.Ansi ansi() {
        String noColor = System.getenv("NO_COLOR");
        return interactive() && (noColor == null || noColor.isEmpty())
                ? picocli.CommandLine.Help.Ansi.ON : picocli.CommandLine.Help.Ansi.OFF;
    }

    /** Messages may already start with "rtgo: "; do not say it twice. */
    private static String stripPrefix(String message) {
        if (message == null) {
            return "build failed (no message)";
        }
        return message.startsWith("rtgo: ") ? message.substring("rtgo: ".length()) : message;
    }
}
