package rtgo.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options of the commands that take either a built image or a program they build first
 * (flash, debug, size), as a picocli mixin: help, and the main class for the build.
 */
final class BuildFirst {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--main", paramLabel = "<class>",
            description = "The class whose main(String[]) runs, when building from classes.")
    String mainClass;

    @Option(names = "--inline", paramLabel = "<on|off|keep>",
            description = "How calls are inlined: on (default; off for rtgo debug, so that a breakpoint on any method "
                    + "is hit), off, keep (inline, but keep each method's own code).")
    String inline;

    /** The inlining mode for the build: {@code --inline}, else {@code fallback}. */
    String inline(picocli.CommandLine.Model.CommandSpec spec, String fallback) {
        return CliSupport.inlineMode(spec, inline == null ? fallback : inline);
    }

    /** A usage error unless {@code --main} is left out for an input that is already built. */
    void checkImage(picocli.CommandLine.Model.CommandSpec spec, ProgramInput program, Path input) {
        if (program.kind() == ProgramInput.Kind.IMAGE && mainClass != null) {
            throw CliSupport.usage(spec, "--main chooses a class to build, but '" + input + "' is already built");
        }
    }
}
