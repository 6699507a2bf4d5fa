package rtgo.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import rtgo.diag.BuildException;
import rtgo.driver.BuildResult;
import rtgo.emu.RunOptions;
import rtgo.emu.RunResult;

/**
 * One program through the whole pipeline: javac, HotSpot (the oracle), an rtgo build, a run on the
 * emulated RP2040, and an exact comparison of console output and exit status.
 *
 * <p>Everything lands in the program's work directory: {@code classes/}, {@code image/} (UF2, ELF,
 * BIN and the generated assembly), {@code hotspot.output} (stdout and stderr merged),
 * {@code expected.txt}, {@code device.txt} and {@code diff.txt}. A passing program's directory is
 * deleted; a failing one's stays for inspection and the failure message points at it.
 *
 * @param id         how the program is named in test reports, e.g. {@code arith/IntOverflow}
 * @param sources    the .java files to compile together
 * @param mainClass  binary name of the class whose main runs
 * @param classpath  what the sources compile against (and HotSpot runs with, after the classes)
 * @param workDir    the program's work directory (cleared first)
 * @param retry      the command that re-runs just this program, shown on failure
 * @param runOptions emulator limits
 * @param debugOption javac's debug option ({@code -g}, {@code -g:none}, ...)
 * @param handWritten null when HotSpot is the oracle; else a file holding what the device must do
 *     instead, for programs on which HotSpot cannot be the oracle (a deadlock: HotSpot hangs where
 *     the device reports it and exits). See {@link HandWritten}.
 */
record ProgramCheck(String id, List<Path> sources, String mainClass, List<Path> classpath, Path workDir,
                    String retry, RunOptions runOptions, String debugOption, Path handWritten) {

    /** A check against HotSpot of sources compiled with {@code debugOption}. */
    ProgramCheck(String id, List<Path> sources, String mainClass, List<Path> classpath, Path workDir,
                 String retry, RunOptions runOptions, String debugOption) {
        this(id, sources, mainClass, classpath, workDir, retry, runOptions, debugOption, null);
    }

    /** A check against HotSpot of sources compiled with full debug information ({@code -g}). */
    ProgramCheck(String id, List<Path> sources, String mainClass, List<Path> classpath, Path workDir,
                 String retry, RunOptions runOptions) {
        this(id, sources, mainClass, classpath, workDir, retry, runOptions, "-g", null);
    }

    /** Runs the pipeline; returns null when the device agrees with HotSpot, else the failure message. */
    String call() {
        Project.deleteTree(workDir);
        Path classes = workDir.resolve("classes");
        try {
            JavaSources.compile(sources, classes, classpath, debugOption);
            List<Path> runPath = new ArrayList<>();
            runPath.add(classes);
            runPath.addAll(classpath);
            HotSpot.Expected expected = handWritten != null ? HandWritten.read(handWritten)
                    : HotSpot.run(runPath, mainClass, workDir);
            write("expected.txt", expected.output());

            BuildResult built;
            try {
                built = Device.build(classes, mainClass, workDir.resolve("image"));
            } catch (BuildException e) {
                return failure("the rtgo build failed:\n" + e.getMessage());
            }
            RunResult run = Device.run(built.elf(), runOptions);
            write("device.txt", run.uart());
            write("run.txt", "outcome " + run.outcome() + "\nexit status " + run.exitStatus() + "\ncycles " + run.cycles()
                    + "\nwarnings " + run.warnings() + "\n");

            List<String> problems = new ArrayList<>();
            if (!run.exited()) {
                problems.add(Device.describeAbnormal(run));
            } else if ((run.exitStatus() & 0xff) != expected.status()) {
                // a process status is 8 bits (System.exit(-3) is 253 for the shell, as for rtgo run)
                problems.add("exit status: HotSpot " + expected.status() + ", device " + run.exitStatus());
            }
            String device = expected.traceCompared() ? run.uart() : HotSpot.withoutTrace(run.uart());
            String diff = TextDiff.unified(expected.output(), device, "expected (HotSpot)", "device (rp2040js)");
            if (!diff.isEmpty()) {
                write("diff.txt", diff);
                problems.add("console output differs:\n" + diff);
            }
            if (!problems.isEmpty()) {
                return failure(String.join("\n", problems));
            }
            System.out.println(id + ": ok in " + run.cycles() + " cycles, flash " + built.flashBytes() + " B, RAM "
                    + built.ramBytes() + " B");
            Project.deleteTree(workDir);
            return null;
        } catch (AssertionError e) {
            return failure(e.getMessage());
        } catch (RuntimeException e) {
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(trace));
            return failure("unexpected " + trace);
        }
    }

    private String failure(String what) {
        return id + ": " + what
                + "\nartifacts: " + workDir
                + "\nretry: " + retry;
    }

    private void write(String name, String text) {
        try {
            Files.writeString(workDir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
