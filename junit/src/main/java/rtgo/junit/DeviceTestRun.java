package rtgo.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import rtgo.diag.BuildException;
import rtgo.driver.BuildOptions;
import rtgo.driver.Rtgo;
import rtgo.emu.Rp2040jsEmulator;
import rtgo.emu.RunOptions;
import rtgo.emu.RunResult;

/**
 * rtgo-junit's tool API: builds one image for a test class (its classes plus a generated runner,
 * {@link RunnerClass}), runs it on the emulated RP2040 and returns every invocation's outcome. The
 * Jupiter extension {@link Pico} and the Maven plugin both call {@link #run}.
 */
public final class DeviceTestRun {
    private DeviceTestRun() {}

    /**
     * Limits and switches of a run.
     *
     * @param maxCycles     the cycle limit of the whole class's run (a hanging test stops here)
     * @param timeoutMillis the wall-clock limit of the run
     * @param imageDir      where to keep the image ({@code <TestClass>.uf2} and .elf), or null for a
     *                      temporary directory deleted afterwards
     * @param assertions    run {@code assert} statements (Surefire's default, like -ea)
     */
    public record Options(long maxCycles, long timeoutMillis, Path imageDir, boolean assertions) {
        /** 2,000,000,000 cycles (16 s of device time), two minutes, a temporary image, assertions on. */
        public static Options defaults() {
            return new Options(RunOptions.DEFAULT_MAX_CYCLES, RunOptions.DEFAULT_TIMEOUT_MILLIS, null, true);
        }

        public Options withMaxCycles(long n) {
            return new Options(n, timeoutMillis, imageDir, assertions);
        }

        public Options withTimeoutMillis(long ms) {
            return new Options(maxCycles, ms, imageDir, assertions);
        }

        public Options withImageDir(Path dir) {
            return new Options(maxCycles, timeoutMillis, dir, assertions);
        }
    }

    /**
     * Builds and runs {@code plan}'s class from {@code classpath} (class directories and jars: the
     * test classes, the code under test and its libraries; not JUnit's or rtgo's own).
     *
     * @throws BuildException when the image cannot be built (the message names the class, method and
     *                        line and what to do), as {@code rtgo build} reports it
     * @throws IOException    when the emulator cannot run (Node.js missing: run ci/setup)
     */
    public static DeviceResults run(List<Path> classpath, DeviceTestPlan plan, Options options)
            throws BuildException, IOException {
        Path work = Files.createTempDirectory("rtgo-junit-");
        try {
            Path runnerDir = work.resolve("runner");
            Path runnerFile = runnerDir.resolve(RunnerClass.name(plan).replace('.', '/') + ".class");
            Files.createDirectories(runnerFile.getParent());
            Files.write(runnerFile, RunnerClass.generate(plan));
            List<Path> inputs = new ArrayList<>();
            inputs.add(runnerDir);
            inputs.addAll(classpath);
            Path imageDir = options.imageDir() != null ? options.imageDir() : work.resolve("image");
            String simple = plan.testClass().substring(plan.testClass().lastIndexOf('.') + 1);
            Path uf2 = imageDir.resolve(simple + ".uf2");
            Path elf = Rtgo.build(BuildOptions.of(inputs, uf2).withMainClass(RunnerClass.name(plan))
                    .withAssertions(options.assertions())).elf();
            RunResult result = new Rp2040jsEmulator().run(elf, RunOptions.defaults()
                    .withMaxCycles(options.maxCycles()).withTimeoutMillis(options.timeoutMillis()));
            return DeviceResults.parse(plan, result, options.maxCycles(), options.timeoutMillis());
        } finally {
            deleteTree(work);
        }
    }

    /**
     * As {@link #run(List, DeviceTestPlan, Options)} for the class named {@code testClass} (binary
     * name), planned with Jupiter's default order ({@link DeviceTestPlan#of}) from its classfile:
     * for tools that do not run Jupiter themselves. The class is loaded from {@code classpath} with
     * this library's class loader as parent, so JUnit's annotations must be visible from there too.
     */
    public static DeviceResults run(List<Path> classpath, String testClass, Options options)
            throws BuildException, IOException, ClassNotFoundException {
        java.net.URL[] urls = new java.net.URL[classpath.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = classpath.get(i).toUri().toURL();
        }
        DeviceTestPlan plan;
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(urls, DeviceTestRun.class.getClassLoader())) {
            plan = DeviceTestPlan.of(Class.forName(testClass, false, loader));
        }
        return run(classpath, plan, options);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover temporary directory is harmless
        }
    }
}
