package rtgo.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import rtgo.diag.BuildException;
import rtgo.driver.BuildOptions;
import rtgo.driver.Rtgo;
import rtgo.emu.BadImageException;
import rtgo.emu.Rp2040jsEmulator;
import rtgo.emu.RunOptions;
import rtgo.emu.RunResult;

/**
 * `rtgo run`: build when given classes, then boot the image on the emulated RP2040, stream UART0 to
 * stdout and exit with the program's own exit status, so a program can be used like any other
 * command (in a pipe, in a test, under `make`). Everything rtgo itself says goes to stderr.
 */
@Command(name = "run",
        sortOptions = false,
        description = {
            "Build a Java program for the Pico and run it on an emulated RP2040 (rp2040js).",
            "",
            "What the program prints (on UART0: pins GP0/GP1 at 115200 baud on a real Pico)",
            "appears on stdout, and rtgo exits with the program's exit status. Given classes",
            "or .java sources, it builds into a temporary directory first; given an image",
            "(.uf2, .elf or .bin), it runs that.",
            ""},
        footer = {
            "",
            "Examples:",
            "  rtgo run examples/hello                 compile, build and run the example",
            "  rtgo run Hello.java                     one source file, like java Hello.java",
            "  rtgo run app.jar --main=demo.Blink --gpio --timeout=5",
            "  rtgo run hello.uf2 --max-cycles=500000000",
            "  rtgo run examples/button --gpio --gpio-in=14@50000000=0,14@52000000=1",
            "",
            "Exit codes:",
            "  0..255  the program's exit status: main returning gives 0, System.exit(n)",
            "          gives n (modulo 256, as on Linux), an uncaught exception gives 1",
            "  1       also: the build failed (the message says where and why)",
            "  2       usage error: a bad option or value, or an input rtgo cannot use",
            "          (missing, of the wrong kind, or not an RP2040 image)",
            "  " + ExitCodes.TIMEOUT + "     --timeout passed before the program exited",
            "  " + ExitCodes.CYCLE_LIMIT + "     --max-cycles passed before the program exited, or the core sleeps for ever",
            "  " + ExitCodes.EMULATOR_STOPPED + "     the emulator stopped: an instruction or peripheral it",
            "          cannot emulate, or a breakpoint other than the exit breakpoint",
            "  " + ExitCodes.EMULATOR_UNAVAILABLE + "     the emulator could not start (run ci/setup)",
            "Each of 124..127 comes with a message on stderr."})
final class RunCommand implements Callable<Integer> {

    @ParentCommand
    RtgoCli top;

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Parameters(index = "0", paramLabel = "<program>",
            description = "A jar, a directory of classes or .java sources, "
                    + "or a built image (.uf2, .elf, .bin).")
    Path input;

    @Option(names = "--max-cycles", paramLabel = "<n>", defaultValue = "" + RunOptions.DEFAULT_MAX_CYCLES,
            converter = OptionRanges.MaxCycles.class,
            description = "Stop after this many CPU cycles (125,000,000 make a second at the Pico's "
                    + "125 MHz). Default: ${DEFAULT-VALUE} (16 s of device time).")
    long maxCycles;

    @Option(names = "--timeout", paramLabel = "<seconds>",
            defaultValue = "" + RunOptions.DEFAULT_TIMEOUT_MILLIS / 1000,
            converter = OptionRanges.TimeoutSeconds.class,
            description = "Stop after this many seconds of wall-clock time (0.001 to 86400). "
                    + "Default: ${DEFAULT-VALUE}.")
    double timeoutSeconds;

    @Option(names = "--main", paramLabel = "<class>",
            description = "The class whose main(String[]) runs, when building from classes.")
    String mainClass;

    @Option(names = "--stack-size", paramLabel = "<bytes>", converter = StackSize.class,
            defaultValue = StackSize.DEFAULT, description = StackSize.DESCRIPTION)
    int stackSize;

    @Option(names = {"-ea", "--enable-assertions"},
            description = "Run assert statements (the JVM's -ea); off by default, as on the JVM.")
    boolean enableAssertions;

    @Option(names = "--gpio",
            description = "After the run, list every GPIO output change (pin, level, cycle) on stderr.")
    boolean gpio;

    @Option(names = "--gpio-in", paramLabel = "<pin@cycle=level,...>", 
            description = "Drive input pins from outside: 14@50000000=0 makes GP14 read low from cycle "
                    + "50,000,000 on (0.4 s), raising its edge interrupts. Comma-separated; may be repeated. "
                    + "Until its first item a pin reads its pull-up or pull-down.")
    List<String> gpioIn = new ArrayList<>();

    @Option(names = "--stdin", negatable = true,
            description = "Send standard input to UART0's receiver (GP1), where the program reads it "
                    + "(rtgo.hal.Uart.read0()). Default: on when rtgo runs in a terminal, off otherwise.")
    Boolean stdin;

    @Override
    public Integer call() {
        ProgramInput program = CliSupport.input(spec, input);
        if (program.kind() == ProgramInput.Kind.IMAGE && mainClass != null) {
            throw CliSupport.usage(spec,
                    "--main chooses a class to build, but '" + input + "' is already built");
        }
        boolean stackSizeGiven = spec.commandLine().getParseResult().hasMatchedOption("--stack-size");
        if (program.kind() == ProgramInput.Kind.IMAGE && stackSizeGiven) {
            throw CliSupport.usage(spec,
                    "--stack-size is fixed when an image is built, and '" + input + "' is already built");
        }
        List<RunOptions.GpioInput> inputs = gpioInputs(); // before a build, so a typo costs nothing
        try (Scratch scratch = new Scratch()) {
            Path image = program.kind() == ProgramInput.Kind.IMAGE ? input : build(program, scratch);
            return runImage(image, inputs);
        } catch (BuildException e) {
            return CliSupport.buildError(spec, top, e, program.sourceRoot());
        }
    }

    /** Builds into the scratch directory and returns the ELF (the emulator's preferred input). */
    private Path build(ProgramInput program, Scratch scratch) throws BuildException {
        Path classes = program.classpathEntry(scratch);
        Path uf2 = scratch.newDirectory("image").resolve(program.baseName() + ".uf2");
        return CliSupport.build(spec, BuildOptions.of(List.of(classes), uf2).withMainClass(mainClass)
                .withStackSize(stackSize).withAssertions(enableAssertions)).elf();
    }

    private int runImage(Path image, List<RunOptions.GpioInput> inputs) {
        PrintStream stdout = System.out;
        RunOptions options = RunOptions.defaults()
                .withMaxCycles(maxCycles)
                .withTimeoutMillis(Math.round(timeoutSeconds * 1000))
                .withUartSink(new KeepOpen(stdout))
                .withRecordGpio(gpio)
                .withGpioInputs(inputs);
        if (stdin != null ? stdin : CliSupport.interactive()) {
            options = options.withUartInput(System.in);
        }
        RunResult result;
        try {
            result = new Rp2040jsEmulator().run(image, options);
        } catch (BadImageException e) {
            stdout.flush();
            PrintWriter err = spec.commandLine().getErr();
            err.println("rtgo: " + e.getMessage());
            err.println("(rtgo run takes the .uf2, .elf or .bin that rtgo build wrote)");
            err.flush();
            return ExitCodes.USAGE;
        } catch (IOException | IllegalStateException e) {
            stdout.flush();
            PrintWriter err = spec.commandLine().getErr();
            err.println("rtgo: cannot run the emulator: " + e.getMessage());
            err.println("(it needs Node.js >= 18 and ci/emu/node_modules: "
                    + "run ci/setup in the rtgo repository)");
            if (top != null && top.stacktrace) {
                e.printStackTrace(err);
            }
            err.flush();
            return ExitCodes.EMULATOR_UNAVAILABLE;
        }
        stdout.flush();
        report(result, spec.commandLine().getErr());
        return ExitCodes.of(result);
    }

    /** The --gpio-in items, all lists joined; a malformed one is a usage error. */
    private List<RunOptions.GpioInput> gpioInputs() {
        List<RunOptions.GpioInput> all = new ArrayList<>();
        for (String list : gpioIn) {
            try {
                all.addAll(RunOptions.GpioInput.parseList(list.strip()));
            } catch (IllegalArgumentException e) {
                throw CliSupport.usage(spec, "--gpio-in " + list + ": " + e.getMessage());
            }
        }
        return all;
    }

    /** Says on stderr why a run ended other than by the program exiting, and what it warned about. */
    private void report(RunResult r, PrintWriter err) {
        String reason = r.stopReason(seconds() + " s (--timeout)", "--max-cycles");
        if (reason != null) {
            err.println("rtgo: " + reason);
        }
        for (String w : r.warnings()) {
            err.println("rtgo: emulator: " + w);
        }
        if (gpio) {
            for (RunResult.GpioChange g : r.gpio()) {
                err.printf(Locale.ROOT, "gpio: cycle %,d  GP%d %s%n",
                        g.cycle(), g.pin(), g.high() ? "high" : "low");
            }
        }
        err.flush();
    }

    private String seconds() {
        return timeoutSeconds == Math.rint(timeoutSeconds)
                ? Long.toString((long) timeoutSeconds) : Double.toString(timeoutSeconds);
    }

    /** Lets the emulator close its sink without closing rtgo's stdout. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
