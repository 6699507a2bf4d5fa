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

    /** A usage error unless {@code --main} is left out for an input that is already built. */
    void checkImage(picocli.CommandLine.Model.CommandSpec spec, ProgramInput program, Path input) {
        if (program.kind() == ProgramInput.Kind.IMAGE && mainClass != null) {
            throw CliSupport.usage(spec, "--main chooses a class to build, but '" + input + "' is already built");
        }
    }
}
