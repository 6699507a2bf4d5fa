package rtgo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import rtgo.diag.BuildException;
import rtgo.driver.BuildOptions;
import rtgo.driver.BuildReport;
import rtgo.driver.BuildResult;
import rtgo.driver.Rtgo;

/**
 * `rtgo build`: classes in, a UF2 image (plus ELF and BIN) out, then a size report. All the work is
 * {@link Rtgo#build}; this class only checks the arguments and words the result.
 */
@Command(name = "build",
        sortOptions = false,
        description = {
            "Compile a Java program into a firmware image for the Raspberry Pi Pico.",
            "",
            "The input is a jar, a directory of .class files, a directory of .java files or",
            "a single .java file (compiled first, with --release 21). The program and the parts of the rtgo",
            "runtime it uses become Thumb code in <name>.uf2, with <name>.elf and <name>.bin",
            "beside it. To flash a Pico, hold BOOTSEL while plugging it in and copy the .uf2",
            "onto the USB drive that appears (RPI-RP2).",
            ""},
        footer = {
            "",
            "Examples:",
            "  rtgo build examples/hello     writes hello.uf2 (+ .elf, .bin) right here",
            "  rtgo build app.jar --main=demo.Blink -o out/blink.uf2",
            "  rtgo build target/classes --keep-asm --dump-ir=all --method-filter=Main.loop",
            "",
            "Exit codes: 0 built, 1 build error (the message says where and why; nothing",
            "is written), 2 usage error (a bad option, or an input that is missing or of",
            "the wrong kind)."})
final class BuildCommand implements Callable<Integer> {

    @ParentCommand
    RtgoCli top;

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Parameters(arity = "1..*", paramLabel = "<jar|dir>",
            description = "The program: jars and/or directories of classes or .java sources, "
                    + "or a single .java file. "
                    + "Everything it uses must be in them (rtgo compiles a closed world).")
    List<Path> inputs;

    @Option(names = "--target", paramLabel = "<board>", defaultValue = CliSupport.DEFAULT_TARGET,
            description = "The board to build for. Only 'pico' (Raspberry Pi Pico, RP2040) so far. "
                    + "Default: ${DEFAULT-VALUE}.")
    String target;

    @Option(names = {"-o", "--output"}, paramLabel = "<file.uf2>",
            description = "Where to write the UF2 image; the .elf and .bin go beside it. "
                    + "Default: <input name>.uf2 in the current directory.")
    Path output;

    @Option(names = "--main", paramLabel = "<class>",
            description = "The class whose main(String[]) runs (a binary name such as demo.Blink). "
                    + "Default: Main-Class of the first jar's manifest, else the only class with a main.")
    String mainClass;

    @Option(names = "--keep-asm", description = "Keep the generated assembly (<name>.s) beside the image.")
    boolean keepAsm;

    @Option(names = "--dump-ir", paramLabel = "<pass|all>",
            description = "Print the compiler's IR after the named pass (ssa, gvn, lower, regalloc...; a wrong"
                    + " name lists them all), or after every pass with 'all'.")
    String dumpIr;

    @Option(names = "--method-filter", paramLabel = "<text>",
            description = "With --dump-ir or --debug-regalloc: only methods whose Class.method name contains <text>.")
    String methodFilter;

    @Option(names = "--verify-ir", description = "Check the IR after every pass (slower; for compiler bugs).")
    boolean verifyIr;

    @Option(names = "--debug-regalloc",
            description = "Print the register allocator's decisions for every method (to stderr, like --dump-ir;"
                    + " for compiler bugs).")
    boolean debugRegAlloc;

    @Option(names = "--stack-size", paramLabel = "<bytes>", converter = StackSize.class,
            defaultValue = StackSize.DEFAULT, description = StackSize.DESCRIPTION)
    int stackSize;

    @Option(names = "--print-sizes", description = "List the largest methods and the flash their code takes.")
    boolean printSizes;

    @Option(names = "--print-allocs", arity = "0..1", fallbackValue = ".*", paramLabel = "<regex>",
            description = "List every place the program allocates on the heap (new, arrays, string concatenation, "
                    + "boxing) with its source line, in the methods whose Class.method name matches <regex> "
                    + "(all when omitted).")
    String printAllocs;

    @Option(names = "--gc", paramLabel = "<marksweep|none>", defaultValue = "marksweep",
            description = "marksweep (default): the precise collector reclaims memory. none: for hard real-time "
                    + "code, every allocation of the program's own code after start-up (outside static initialisers) "
                    + "is a build error listing them.")
    String gc;

    @Option(names = "--inline", paramLabel = "<on|off|keep>", defaultValue = "on",
            description = "How calls are inlined: on (default), off (every call as written: for debugging and to measure), keep (inline, but keep each method's own code).")
    String inline;

    @Option(names = {"-ea", "--enable-assertions"},
            description = "Run assert statements (the JVM's -ea); off by default, as on the JVM.")
    boolean enableAssertions;

    @Override
    public Integer call() {
        CliSupport.checkTarget(spec, target);
        if (dumpIr != null && !Rtgo.dumpIrSteps().contains(dumpIr)) {
            throw CliSupport.usage(spec, "--dump-ir=" + dumpIr + " names no step of the compiler: choose one of "
                    + String.join(", ", Rtgo.dumpIrSteps()));
        }
        String badFilter = printAllocs == null ? null : BuildReport.checkAllocationFilter(printAllocs);
        if (badFilter != null) {
            throw CliSupport.usage(spec, "--print-allocs=" + printAllocs + " " + badFilter);
        }
        boolean noGc;
        try {
            noGc = BuildOptions.noGc(gc);
        } catch (IllegalArgumentException e) {
            throw CliSupport.usage(spec, "--gc=" + gc + " " + e.getMessage());
        }
        if (methodFilter != null && dumpIr == null && !debugRegAlloc) {
            throw CliSupport.usage(spec, "--method-filter only chooses what --dump-ir and --debug-regalloc print;"
                    + " add --dump-ir=<pass|all> or --debug-regalloc");
        }
        List<ProgramInput> programs = new ArrayList<>();
        for (Path p : inputs) {
            ProgramInput in = CliSupport.input(spec, p);
            if (in.kind() == ProgramInput.Kind.IMAGE) {
                throw CliSupport.usage(spec, "'" + p + "' is already an image; to run it: rtgo run " + p);
            }
            programs.add(in);
        }
        Path uf2 = output != null ? output : Path.of(programs.get(0).baseName() + ".uf2");
        if (!uf2.getFileName().toString().endsWith(".uf2")) {
            throw CliSupport.usage(spec, "-o names the .uf2 image (the .elf and .bin go beside it): '"
                    + uf2 + "' does not end in .uf2");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Scratch scratch = new Scratch()) {
            List<Path> classpath = new ArrayList<>();
            for (ProgramInput in : programs) {
                classpath.add(in.classpathEntry(scratch));
            }
            BuildOptions options = BuildOptions.of(classpath, uf2)
                    .withMainClass(mainClass)
                    .withKeepAssembly(keepAsm)
                    .withDumpIr(dumpIr, methodFilter)
                    .withVerifyIr(verifyIr)
                    .withDebugRegAlloc(debugRegAlloc)
                    .withStackSize(stackSize)
                    .withNoGc(noGc)
                    .withAssertions(enableAssertions)
                    .withInline(CliSupport.inlineMode(spec, inline));
            BuildResult result = CliSupport.build(spec, options);
            Report.build(result).forEach(out::println);
            if (printSizes) {
                BuildReport.largestMethods(result).forEach(out::println);
            }
            if (printAllocs != null) {
                BuildReport.allocations(result, printAllocs).forEach(out::println);
            }
            out.flush();
            return ExitCodes.OK;
        } catch (BuildException e) {
            return CliSupport.buildError(spec, top, e, programs.get(0).sourceRoot());
        }
    }
}
