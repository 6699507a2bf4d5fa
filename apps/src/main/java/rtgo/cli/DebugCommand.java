package rtgo.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
import rtgo.driver.BuildResult;
import rtgo.driver.Rtgo;
import rtgo.emu.BadImageException;
import rtgo.emu.Rp2040jsEmulator;
import rtgo.emu.RunOptions;

/**
 * `rtgo debug`: build (keeping the ELF, which carries the DWARF line table, method names and call
 * frame information), then start the emulated RP2040 as a gdb remote target and say how to attach.
 * The program waits at boot for gdb, so breakpoints are set before any of it runs.
 */
@Command(name = "debug",
        sortOptions = false,
        description = {
            "Build a Java program and debug it on an emulated RP2040 with gdb-multiarch:",
            "break on a Java method by name, step by Java line, backtrace.",
            "",
            "The image (.elf, .uf2, .bin) is written like 'rtgo build' writes it; the",
            "emulator then waits for gdb on a TCP port. Attach from another terminal with",
            "  gdb-multiarch <name>.elf -ex 'target remote :3333'",
            "Methods are named Class.method (with the package: demo.Blink.main), overloads",
            "Class.method(int,java.lang.String). UART0 output appears here.",
            ""},
        footer = {
            "",
            "Examples:",
            "  rtgo debug examples/blinky",
            "  rtgo debug app.jar --main=demo.Blink --port=4444",
            "  rtgo debug blinky.elf                  an image built before",
            "",
            "In gdb:  break Blinky.main   continue   next   step   bt   finish",
            "",
            "Exit codes: the program's exit status when it exits under gdb, 0 when gdb",
            "disconnects first, 1 build error, 2 usage error, " + ExitCodes.EMULATOR_UNAVAILABLE
                    + " the emulator could not start."})
final class DebugCommand implements Callable<Integer> {

    @ParentCommand
    RtgoCli top;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    BuildFirst options;

    @Parameters(index = "0", paramLabel = "<program>",
            description = "A jar, a directory of classes or .java sources, or an .elf built before.")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "<file.uf2>",
            description = "Where to write the image; the .elf gdb reads goes beside it. "
                    + "Default: <input name>.uf2 in the current directory.")
    Path output;

    @Option(names = "--port", paramLabel = "<port>", defaultValue = "3333",
            description = "The TCP port gdb connects to (on this machine only). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--max-cycles", paramLabel = "<n>", defaultValue = "" + RunOptions.MAX_CYCLES,
            converter = OptionRanges.MaxCycles.class,
            description = "Stop the program after this many CPU cycles. Default: no limit.")
    long maxCycles;

    @Option(names = "--stack-size", paramLabel = "<bytes>", converter = StackSize.class,
            defaultValue = StackSize.DEFAULT, description = StackSize.DESCRIPTION)
    int stackSize;

    @Override
    public Integer call() {
        if (port < 1 || port > 65535) {
            throw CliSupport.usage(spec, "--port=" + port + " is not a TCP port (1..65535)");
        }
        ProgramInput program = CliSupport.input(spec, input);
        boolean image = program.kind() == ProgramInput.Kind.IMAGE;
        if (image && !input.getFileName().toString().endsWith(".elf")) {
            throw CliSupport.usage(spec, "gdb needs the .elf image (it holds the symbols and line table), not '"
                    + input + "'");
        }
        options.checkImage(spec, program, input);
        if (image && output != null) {
            throw CliSupport.usage(spec, "-o chooses where to build, but '" + input + "' is already built");
        }
        PrintWriter err = spec.commandLine().getErr();
        try (Scratch scratch = new Scratch()) {
            Path elf = input;
            if (!image) {
                Path uf2 = output != null ? output : Path.of(program.baseName() + ".uf2");
                BuildResult built = CliSupport.build(spec, BuildOptions.of(List.of(program.classpathEntry(scratch)), uf2)
                        .withMainClass(options.mainClass).withStackSize(stackSize)
                        .withInline(options.inline(spec, "off")));
                elf = built.elf();
            }
            Path sources = program.kind() != ProgramInput.Kind.SOURCES ? null
                    : java.nio.file.Files.isDirectory(input) ? input : input.toAbsolutePath().getParent();
            return serve(elf, sources, err);
        } catch (BuildException e) {
            return CliSupport.buildError(spec, top, e, program.sourceRoot());
        }
    }

    private int serve(Path elf, Path sources, PrintWriter err) {
        Process process;
        try {
            process = new Rp2040jsEmulator().startGdbServer(elf, port, maxCycles);
        } catch (BadImageException e) {
            err.println("rtgo: " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        } catch (IOException | IllegalStateException e) {
            err.println("rtgo: cannot run the emulator: " + e.getMessage());
            err.println("(it needs Node.js >= 18 and ci/emu/node_modules: run ci/setup in the rtgo repository)");
            err.flush();
            return ExitCodes.EMULATOR_UNAVAILABLE;
        }
        String attach = "gdb-multiarch " + Report.path(elf) + " -ex 'target remote :" + port + "'"
                + (sources != null ? " -ex 'directory " + Report.path(sources) + "'" : "");
        PrintWriter out = spec.commandLine().getOut();
        Thread uart = Thread.ofPlatform().daemon().name("rtgo-debug-uart").start(
                () -> copy(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8), out));
        try (BufferedReader notes = process.errorReader(StandardCharsets.UTF_8)) {
            for (String line; (line = notes.readLine()) != null; ) {
                if (line.startsWith("rp2040js: waiting for gdb on port")) {
                    err.println("rtgo: the program waits at boot for gdb on port " + port + ". Attach with");
                    err.println("  " + attach);
                    err.println("then for example: break <Class>.main, continue, next, step, bt");
                    String own = ownSources();
                    if (own != null) {
                        err.println("(rtgo's runtime and HAL sources, to step into them: -ex 'directory " + own + "')");
                    }
                } else {
                    err.println(line.startsWith("rp2040js: ") ? "rtgo: " + line.substring(10) : line);
                }
                err.flush();
            }
            int status = process.waitFor();
            uart.join(5000);
            return status;
        } catch (IOException e) {
            err.println("rtgo: lost the emulator: " + e.getMessage());
            return ExitCodes.EMULATOR_UNAVAILABLE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.EMULATOR_UNAVAILABLE;
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            err.flush();
        }
    }

    /** The runtime's and HAL's source roots in the rtgo repository, as one gdb directory list, or null. */
    private static String ownSources() {
        try {
            Path home = rtgo.emu.RtgoHome.find();
            Path runtime = home.resolve("runtime/src/main/java");
            Path hal = home.resolve("hal/src/main/java");
            return java.nio.file.Files.isDirectory(runtime) && java.nio.file.Files.isDirectory(hal)
                    ? runtime + java.io.File.pathSeparator + hal : null;
        } catch (IllegalStateException e) {
            return null;
        }
    }

    private static void copy(Reader in, PrintWriter out) {
        char[] buffer = new char[4096];
        try (in) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // the emulator ended
        }
    }
}
