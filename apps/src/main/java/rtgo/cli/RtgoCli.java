package rtgo.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The `rtgo` command: a thin front end over the tool API ({@code rtgo.driver.Rtgo}) and the emulator
 * ({@code rtgo.emu}). It parses arguments, turns what the user gave into build options, and turns
 * failures into one readable line and an exit code; it never compiles anything itself.
 *
 * <p>Exit codes are shared by all subcommands and listed in {@link ExitCodes}; they are part of the
 * help text, since scripts and CI depend on them.
 */
@Command(name = "rtgo",
        mixinStandardHelpOptions = true,
        versionProvider = RtgoCli.Version.class,
        subcommands = {BuildCommand.class, RunCommand.class, FlashCommand.class, DebugCommand.class, SizeCommand.class,
                CompletionCommand.class, HelpCommand.class},
        synopsisSubcommandLabel = "(build | run | flash | debug | size | completion | help)",
        description = {
            "rtgo compiles Java into firmware for the Raspberry Pi Pico (RP2040): no C, no",
            "operating system, just your classes and a runtime written in Java. It also runs",
            "the firmware on an emulated RP2040, so you can try it without a board.",
            ""},
        footer = {
            "",
            "Examples:",
            "  rtgo run examples/hello        compile the .java files there, build, run",
            "  rtgo build app.jar -o app.uf2  build a UF2 image to copy onto the Pico",
            "  rtgo run app.uf2 --timeout=10  run an image built before",
            "  rtgo flash app.uf2             put it on a Pico in BOOTSEL mode",
            "  rtgo debug app.jar             debug it with gdb on the emulated Pico",
            "  rtgo size app.jar              flash and RAM by class and method",
            "  source <(rtgo completion)      tab completion in bash (and zsh)",
            "  rtgo help build                all options of one command",
            "",
            "Exit codes: 0 success (for run: the program's own exit status), 1 build error,",
            "2 usage error; 'rtgo help run' lists the codes for emulator limits."},
        showAtFileInUsageHelp = false)
public final class RtgoCli implements Runnable {

    @Spec
    CommandSpec spec;

    /** Inherited, so it can go anywhere: `rtgo --stacktrace build x` or `rtgo build x --stacktrace`. */
    @Option(names = "--stacktrace", scope = ScopeType.INHERIT,
            description = "On an error, also print the Java stack trace (for debugging rtgo itself).")
    boolean stacktrace;

    /** `rtgo` alone is a usage error: show what there is to do. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: build or run");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, with rtgo's error handling; the tests drive it the same way. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new RtgoCli());
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CliSupport.ansi()));
        cl.setExecutionExceptionHandler(RtgoCli::internalError);
        cl.setParameterExceptionHandler(RtgoCli::usageError);
        cl.setExitCodeExceptionMapper(e -> ExitCodes.BUILD_ERROR);
        cl.setExecutionStrategy(RtgoCli::execute);
        return cl;
    }

    /**
     * picocli's usual strategy, except that arguments nothing matched are a usage error even when a
     * help option is there too: picocli stops checking once it sees --help, so `rtgo deploy --help`
     * printed the top-level help with status 0, as if `deploy` were a command.
     */
    private static int execute(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (!p.unmatched().isEmpty()) {
                throw new CommandLine.UnmatchedArgumentException(p.commandSpec().commandLine(), p.unmatched());
            }
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    /** Bad arguments: the message and where to read more, no usage dump that buries the message. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        String message = e.getMessage();
        if (e instanceof CommandLine.UnmatchedArgumentException u && cl.getParent() == null
                && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
            message = "unknown command '" + u.getUnmatched().get(0) + "'";
        }
        err.println(cl.getColorScheme().errorText("rtgo: " + message));
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        String name = cl.getCommandSpec().qualifiedName(" ");
        err.println("Try '" + name + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }

    /**
     * Anything a command did not turn into a message itself is a bug in rtgo: say so in one line,
     * and keep the stack trace for --stacktrace.
     */
    private static int internalError(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        err.println("rtgo: internal error: " + e);
        if (wantsStackTrace(cl)) {
            e.printStackTrace(err);
        } else {
            err.println("(run again with --stacktrace to see where, and report it)");
        }
        err.flush();
        return ExitCodes.BUILD_ERROR;
    }

    /** Whether --stacktrace was given anywhere on the line (inherited options land on the root). */
    static boolean wantsStackTrace(CommandLine cl) {
        CommandLine root = cl;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return root.getCommand() instanceof RtgoCli top && top.stacktrace;
    }

    /** The version from the jar manifest, or "development" when running from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = RtgoCli.class.getPackage().getImplementationVersion();
            return new String[] {"rtgo " + (v == null ? "(development build)" : v)
                    + ", Java " + Runtime.version()};
        }
    }
}
