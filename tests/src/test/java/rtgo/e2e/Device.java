package rtgo.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import rtgo.diag.BuildException;
import rtgo.driver.BuildOptions;
import rtgo.driver.BuildResult;
import rtgo.driver.Rtgo;
import rtgo.emu.Emulator;
import rtgo.emu.Rp2040jsEmulator;
import rtgo.emu.RunOptions;
import rtgo.emu.RunResult;

/**
 * The device side of an end-to-end test: an rtgo build through the tool API (the same entry point
 * as the CLI) and a run of the linked ELF on the emulated RP2040.
 */
final class Device {
    private Device() {}

    /**
     * Limits for corpus programs. They are meant to stay below 50 million instructions; four times
     * that as a cycle limit still ends a runaway program in well under a minute, where the default
     * two billion would hold up the whole corpus.
     */
    static final RunOptions CORPUS_RUN = RunOptions.defaults().withMaxCycles(200_000_000L).withTimeoutMillis(90_000L);

    /**
     * Builds {@code mainClass} from {@code classesDir} into {@code imageDir}/&lt;simple name&gt;.uf2,
     * keeping the generated assembly beside the image for inspection. The IR is verified after every
     * pass ({@code --verify-ir}), so every program of the corpus also tests the passes' invariants.
     */
    static BuildResult build(Path classesDir, String mainClass, Path imageDir) throws BuildException {
        String simple = mainClass.substring(mainClass.lastIndexOf('.') + 1);
        Path uf2 = imageDir.resolve(simple + ".uf2");
        return Rtgo.build(BuildOptions.of(List.of(classesDir), uf2).withMainClass(mainClass).withKeepAssembly(true)
                .withVerifyIr(true));
    }

    /** Runs a built image on a fresh emulator. */
    static RunResult run(Path elf, RunOptions options) {
        try {
            return emulator().run(elf, options);
        } catch (IOException e) {
            throw new UncheckedIOException("the emulator could not run " + elf, e);
        }
    }

    /** A new rp2040js emulator client (it finds the ci/emu harness from the working directory). */
    static Emulator emulator() {
        return new Rp2040jsEmulator();
    }

    /** A one-paragraph account of a run that did not end by exiting, for failure messages. */
    static String describeAbnormal(RunResult r) {
        StringBuilder sb = new StringBuilder("the run ended with " + r.outcome() + " after " + r.cycles() + " cycles");
        if (!r.warnings().isEmpty()) {
            sb.append("\nemulator warnings:");
            for (String w : r.warnings()) {
                sb.append("\n  ").append(w);
            }
        }
        return sb.toString();
    }
}
