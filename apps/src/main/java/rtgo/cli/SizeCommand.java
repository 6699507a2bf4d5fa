package rtgo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
import rtgo.driver.BuildReport;
import rtgo.driver.Rtgo;
import rtgo.driver.SizeReport;

/** `rtgo size`: flash and RAM of an image by class and method, largest first ({@link SizeReport}). */
@Command(name = "size",
        sortOptions = false,
        description = {
            "Show where a program's flash and RAM go: totals, then classes and methods by",
            "the flash their code takes and classes by the RAM their static fields take,",
            "largest first. Given classes it builds them first; given an image it reads",
            "the .elf (for a .uf2 or .bin, the .elf beside it).",
            ""},
        footer = {
            "",
            "Examples:",
            "  rtgo size examples/blinky",
            "  rtgo size blinky.elf --top=40",
            "",
            "Exit codes: 0 shown, 1 build error, 2 usage error."})
final class SizeCommand implements Callable<Integer> {

    @ParentCommand
    RtgoCli top;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    BuildFirst options;

    @Parameters(index = "0", paramLabel = "<program>",
            description = "A jar, a directory of classes or .java sources, or an image rtgo built.")
    Path input;

    @Option(names = "--top", paramLabel = "<n>", defaultValue = "15",
            description = "How many classes and methods to list in each table (0: all). Default: ${DEFAULT-VALUE}.")
    int topN;

    @Override
    public Integer call() {
        if (topN < 0) {
            throw CliSupport.usage(spec, "--top=" + topN + " is negative: give how many lines to list, or 0 for all");
        }
        ProgramInput program = CliSupport.input(spec, input);
        options.checkImage(spec, program, input);
        try (Scratch scratch = new Scratch()) {
            Path elf;
            if (program.kind() == ProgramInput.Kind.IMAGE) {
                String name = input.getFileName().toString();
                elf = input.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".elf");
                if (!Files.isRegularFile(elf)) {
                    throw CliSupport.usage(spec, "rtgo size reads the symbols of the .elf image, and there is no '"
                            + elf + "' beside '" + input + "'");
                }
            } else {
                Path uf2 = scratch.newDirectory("image").resolve(program.baseName() + ".uf2");
                elf = CliSupport.build(spec, BuildOptions.of(List.of(program.classpathEntry(scratch)), uf2)
                        .withMainClass(options.mainClass).withInline(options.inline(spec, "on"))).elf();
            }
            SizeReport r;
            try {
                r = SizeReport.of(elf);
            } catch (IOException | RuntimeException e) {
                throw CliSupport.usage(spec, "cannot read '" + elf + "' as an ELF image rtgo built: " + e.getMessage());
            }
            print(r, spec.commandLine().getOut());
            return ExitCodes.OK;
        } catch (BuildException e) {
            return CliSupport.buildError(spec, top, e, program.sourceRoot());
        }
    }

    private void print(SizeReport r, PrintWriter out) {
        out.printf(Locale.ROOT, "flash  %s, %s%n", BuildReport.bytes(r.flash()),
                BuildReport.share(r.flash(), BuildReport.PICO_FLASH_BYTES, "the Pico's 2 MiB"));
        out.printf(Locale.ROOT, "  code       %,9d bytes in %d functions (Java methods, start-up code)%n", r.code(), r.methods().size());
        out.printf(Locale.ROOT, "  read-only  %,9d bytes: type descriptors, strings, tables%n", r.readOnly());
        out.printf(Locale.ROOT, "RAM    %s of static fields and runtime words, %s; heap and stacks use the rest%n",
                BuildReport.bytes(r.ram()), BuildReport.share(r.ram(), BuildReport.RP2040_RAM_BYTES, "264 KiB"));
        table(out, "Flash by class (code):", r.classCode(), true);
        table(out, "Largest methods:", r.methods(), false);
        table(out, "RAM by class (static fields):", r.classFields(), true);
        out.flush();
    }

    private void table(PrintWriter out, String title, List<SizeReport.Item> items, boolean counts) {
        out.println();
        out.println(title);
        List<SizeReport.Item> shown = topN == 0 ? items : items.subList(0, Math.min(topN, items.size()));
        for (SizeReport.Item i : shown) {
            out.printf(Locale.ROOT, "  %,9d  %s%s%n", i.bytes(), i.name(),
                    counts ? " (" + i.count() + ")" : "");
        }
        if (shown.size() < items.size()) {
            int rest = items.subList(shown.size(), items.size()).stream().mapToInt(SizeReport.Item::bytes).sum();
            out.printf(Locale.ROOT, "  %,9d  ... %d more (--top=0 lists all)%n", rest, items.size() - shown.size());
        }
    }
}
