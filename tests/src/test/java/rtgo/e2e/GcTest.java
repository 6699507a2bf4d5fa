package rtgo.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import rtgo.driver.BuildResult;
import rtgo.emu.RunResult;

/**
 * The collector checked from inside the device (tests/device/gc/GcProbe.java, which reads the heap
 * through rtgo.runtime.Heap and so cannot run on HotSpot): twenty heaps of garbage are reclaimed;
 * objects reachable only from a static field, only from a callee-saved register or spill slot at a
 * call, or only through a hoisted array element base survive every collection intact; freed memory
 * is reused; OutOfMemoryError is thrown, caught, and the program goes on with the whole heap.
 */
class GcTest {
    private static final Path WORK = Project.targetDir("gc");

    @Test
    void theCollectorKeepsWhatIsReachableAndReusesTheRest() throws Exception {
        Path src = Project.moduleDir().resolve("device/gc/GcProbe.java");
        Path classes = WORK.resolve("classes");
        Project.deleteTree(WORK);
        JavaSources.compile(List.of(src), classes, JavaSources.testClasspath());
        BuildResult built = Device.build(classes, "GcProbe", WORK.resolve("image"));
        RunResult run = Device.run(built.elf(), Device.CORPUS_RUN);
        assertEquals(String.join("\n", "ok heap-size", "ok garbage-reclaimed", "ok static-array", "ok static-list",
                "ok register-and-slot-roots", "ok interior-pointer", "ok reuse", "ok repeated-gc", "ok out-of-memory",
                "ok after-out-of-memory") + "\n", run.uart());
        assertEquals(0, run.exitStatus(), run.uart());
    }
}
