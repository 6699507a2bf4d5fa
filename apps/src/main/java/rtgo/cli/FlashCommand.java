package rtgo.cli;

import java.io.PrintWriter;
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
import rtgo.flash.FlashException;
import rtgo.flash.Flasher;

/**
 * `rtgo flash`: build when given classes, then put the UF2 on a Pico in BOOTSEL mode. All the work
 * is {@link Flasher#flash}; this class checks the arguments and words the result.
 */
@Command(name = "flash",
        sortOptions = false,
        description = {
            "Put a program on a Raspberry Pi Pico connected by USB in BOOTSEL mode (hold the",
            "BOOTSEL button while plugging it in).",
            "",
            "Given a .uf2 it flashes that; given classes, a jar or .java sources it builds",
            "first. It copies the image onto the RPI-RP2 drive when the system has mounted",
            "it, else runs 'picotool load -x' when picotool is on the PATH, else loads it",
            "over USB itself (PICOBOOT; needs Java 22+ and, on Linux, access to USB device",
            "2e8a:0003). The board then restarts into the program.",
            ""},
        footer = {
            "",
            "Examples:",
            "  rtgo flash blinky.uf2",
            "  rtgo flash examples/blinky",
            "  rtgo flash app.jar --main=demo.Blink",
            "",
            "Exit codes: 0 flashed, 1 build error or no board found (the message lists",
            "what was looked for), 2 usage error."})
final class FlashCommand implements Callable<Integer> {

    @ParentCommand
    RtgoCli top;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    BuildFirst options;

    @Parameters(index = "0", paramLabel = "<program>",
            description = "A .uf2 image, or a jar, a directory of classes or .java sources to build first.")
    Path input;

    @Option(names = "--stack-size", paramLabel = "<bytes>", converter = StackSize.class,
            defaultValue = StackSize.DEFAULT, description = StackSize.DESCRIPTION)
    int stackSize;

    @Override
    public Integer call() {
        ProgramInput program = CliSupport.input(spec, input);
        boolean image = program.kind() == ProgramInput.Kind.IMAGE;
        if (image && !input.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".uf2")) {
            throw CliSupport.usage(spec, "rtgo flash takes the .uf2 image, not '" + input
                    + "' (rtgo build writes the .uf2 beside the .elf and .bin)");
        }
        options.checkImage(spec, program, input);
        PrintWriter err = spec.commandLine().getErr();
        try (Scratch scratch = new Scratch()) {
            Path uf2 = input;
            if (!image) {
                Path classes = program.classpathEntry(scratch);
                uf2 = scratch.newDirectory("image").resolve(program.baseName() + ".uf2");
                BuildResult built = CliSupport.build(spec, BuildOptions.of(List.of(classes), uf2).withMainClass(options.mainClass)
                        .withStackSize(stackSize).withInline(options.inline(spec, "on")));
                err.println("rtgo: built " + uf2.getFileName() + ", " + rtgo.driver.BuildReport.bytes(built.flashBytes()) + " of flash");
            }
            Flasher.Result r = Flasher.flash(uf2, line -> {
                err.println("rtgo: " + line);
                err.flush();
            });
            err.println("rtgo: flashed " + input.getFileName() + " (" + switch (r.method()) {
                case DRIVE -> "copied onto " + r.where();
                case PICOTOOL -> "with " + r.where();
                case PICOBOOT -> "over " + r.where();
            } + "); the board restarts into it");
            err.flush();
            return ExitCodes.OK;
        } catch (BuildException e) {
            return CliSupport.buildError(spec, top, e, program.sourceRoot());
        } catch (FlashException e) {
            err.println("rtgo: " + e.getMessage());
            if (top != null && top.stacktrace) {
                e.printStackTrace(err);
            }
            err.flush();
            return ExitCodes.BUILD_ERROR;
        }
    }
}
