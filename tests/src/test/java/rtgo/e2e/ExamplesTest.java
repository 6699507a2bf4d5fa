package rtgo.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;
import rtgo.diag.BuildException;
import rtgo.driver.BuildResult;
import rtgo.emu.RunOptions;
import rtgo.emu.RunResult;

/**
 * The examples build and behave: examples/hello and examples/channels print what HotSpot prints
 * for the same program, and examples/blinky (which needs hardware, so HotSpot cannot be its oracle) toggles GP25 the
 * number of times it declares, one toggle per declared period of emulated time.
 *
 * <p>Each example is a source directory; it is compiled here against the vm, hal and runtime
 * classes on the test class path, the way a user's project would be.
 */
class ExamplesTest {
    /** The Pico's on-board LED. */
    private static final int LED_PIN = 25;
    /** clk_sys after the runtime's start-up (docs/abi.md, boot sequence). */
    private static final long CYCLES_PER_SECOND = 125_000_000L;
    /** How far a toggle interval may stray from the declared period. */
    private static final double TOLERANCE = 0.01;

    @Test
    void helloPrintsWhatHotSpotPrints() throws IOException {
        printsWhatHotSpotPrints("hello");
    }

    /** The goroutines-and-channels example: the rtgo API on HotSpot and its device implementation agree. */
    @Test
    void channelsPrintsWhatHotSpotPrints() throws IOException {
        printsWhatHotSpotPrints("channels");
    }

    private static void printsWhatHotSpotPrints(String name) throws IOException {
        Path dir = exampleDir(name);
        List<Path> sources = sourcesIn(dir);
        Path work = Project.targetDir("examples").resolve(name);
        // A first compile only to find the main class; ProgramCheck starts over in a clean directory.
        Path probe = Project.targetDir("examples").resolve(name + "-probe");
        Project.deleteTree(probe);
        JavaSources.compile(sources, probe, JavaSources.testClasspath());
        String main = mainClass(probe);
        Project.deleteTree(probe);
        ProgramCheck check = new ProgramCheck("examples/" + name, sources, main, JavaSources.testClasspath(), work,
                Project.retryCommand("ExamplesTest", ""), RunOptions.defaults());
        String failure = check.call();
        if (failure != null) {
            fail(failure);
        }
    }

    @Test
    void blinkyTogglesTheLedAtItsDeclaredPeriod() throws IOException, BuildException {
        Path dir = exampleDir("blinky");
        Path work = Project.targetDir("examples").resolve("blinky");
        Project.deleteTree(work);
        Path classes = work.resolve("classes");
        JavaSources.compile(sourcesIn(dir), classes, JavaSources.testClasspath());
        String main = mainClass(classes);
        ClassNode mainNode = read(classes.resolve(main.replace('.', '/') + ".class"));
        int toggles = intConstant(mainNode, "TOGGLES");
        FieldNode periodField = field(mainNode, "PERIOD");
        long periodCycles = periodCycles(periodField);

        BuildResult built = Device.build(classes, main, work.resolve("image"));
        // Ten toggles of 250 ms are 2.5 s of emulated time: several hundred million cycles.
        RunResult run = Device.run(built.elf(), RunOptions.defaults().withRecordGpio(true).withTimeoutMillis(300_000L));
        String context = "\nUART output:\n" + run.uart().indent(2) + "artifacts: " + work
                + "\nretry: " + Project.retryCommand("ExamplesTest", "");
        assertTrue(run.exited(), Device.describeAbnormal(run) + context);
        assertEquals(0, run.exitStatus(), "blinky's exit status" + context);

        // Level changes of GP25 from its reset state (low); repeated writes of the same level are
        // not toggles, so a driver that first writes "off" explicitly is fine.
        List<Long> edges = new ArrayList<>();
        boolean level = false;
        for (RunResult.GpioChange c : run.gpio()) {
            if (c.pin() == LED_PIN && c.high() != level) {
                level = c.high();
                edges.add(c.cycle());
            }
        }
        assertEquals(toggles, edges.size(), "GP25 level changes (declared TOGGLES = " + toggles + ")" + context);
        List<String> bad = new ArrayList<>();
        for (int i = 1; i < edges.size(); i++) {
            long interval = edges.get(i) - edges.get(i - 1);
            if (Math.abs(interval - periodCycles) > periodCycles * TOLERANCE) {
                bad.add("toggle " + i + " -> " + (i + 1) + ": " + interval + " cycles (" + interval * 1000.0 / CYCLES_PER_SECOND
                        + " ms)");
            }
        }
        assertEquals(List.of(), bad, "intervals off by more than 1% from " + periodField.name + " = " + periodCycles
                + " cycles" + context);
        Project.deleteTree(work);
    }

    private static Path exampleDir(String name) {
        Path dir = Project.examplesDir().resolve(name);
        if (!Files.isDirectory(dir)) {
            fail("examples/" + name + " does not exist (expected a source directory with the example's .java file)");
        }
        return dir;
    }

    /** All .java files under an example directory (it may use packages). */
    private static List<Path> sourcesIn(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            List<Path> sources = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            if (sources.isEmpty()) {
                fail(dir + " has no .java file");
            }
            return sources;
        }
    }

    /** The binary name of the one class with {@code public static void main(String[])}. */
    static String mainClass(Path classes) throws IOException {
        List<String> mains = new ArrayList<>();
        try (var s = Files.walk(classes)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".class")).toList()) {
                ClassNode node = read(f);
                for (MethodNode m : node.methods) {
                    int flags = Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC;
                    if (m.name.equals("main") && m.desc.equals("([Ljava/lang/String;)V") && (m.access & flags) == flags) {
                        mains.add(node.name.replace('/', '.'));
                    }
                }
            }
        }
        if (mains.size() != 1) {
            fail("expected exactly one class with main in " + classes + ", found " + mains);
        }
        return mains.get(0);
    }

    private static ClassNode read(Path classFile) throws IOException {
        ClassNode node = new ClassNode();
        new ClassReader(Files.readAllBytes(classFile)).accept(node, ClassReader.SKIP_CODE);
        return node;
    }

    /** The static final int compile-time constant whose name contains {@code part}. */
    private static FieldNode field(ClassNode node, String part) {
        List<FieldNode> found = new ArrayList<>();
        for (FieldNode f : node.fields) {
            if (f.name.contains(part) && (f.access & Opcodes.ACC_STATIC) != 0 && f.value instanceof Integer) {
                found.add(f);
            }
        }
        if (found.size() != 1) {
            fail(node.name + " must declare exactly one static final int constant with '" + part + "' in its name"
                    + " (the test reads it); found " + found.stream().map(f -> f.name).toList());
        }
        return found.get(0);
    }

    private static int intConstant(ClassNode node, String part) {
        return (Integer) field(node, part).value;
    }

    /** The period in cycles of clk_sys, by the unit its name ends with: _MS, _US or _S. */
    private static long periodCycles(FieldNode f) {
        long v = (Integer) f.value;
        if (f.name.endsWith("_MS")) return v * CYCLES_PER_SECOND / 1000;
        if (f.name.endsWith("_US")) return v * CYCLES_PER_SECOND / 1_000_000;
        if (f.name.endsWith("_S")) return v * CYCLES_PER_SECOND;
        fail(f.name + ": the period's unit must be in its name (_MS, _US or _S)");
        return 0;
    }
}
