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
        PrintWriter err = spec.commandLine().getErr();
        err.println("rtgo: " + stripPrefix(e.getMessage()));
        if (top != null && top.stacktrace) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.BUILD_ERROR;
    }

    /** Messages may already start with "rtgo: "; do not say it twice. */
    private static String stripPrefix(String message) {
        if (message == null) {
            return "build failed (no message)";
        }
        return message.startsWith("rtgo: ") ? message.substring("rtgo: ".length()) : message;
    }
}
