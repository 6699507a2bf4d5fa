package rtgo.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import rtgo.driver.BuildOptions;
import rtgo.driver.BuildResult;
import rtgo.driver.Rtgo;

/**
 * The same classes give the same image, byte for byte: nothing in the compiler may depend on hash
 * order or identity (two builds in one JVM see different identity hash codes).
 */
class ReproducibleBuildTest {
    @Test
    void twoBuildsOfTheSameProgramAreIdentical() throws Exception {
        Path work = Project.targetDir("reproducible");
        Project.deleteTree(work);
        Path classes = work.resolve("classes");
        JavaSources.compile(List.of(Project.programsDir().resolve("algo/HeapSort.java"),
                Project.programsDir().resolve("control/LookupSwitch.java")), classes, JavaSources.testClasspath());
        BuildResult first = Rtgo.build(BuildOptions.of(List.of(classes), work.resolve("a/app.uf2")).withMainClass("HeapSort"));
        BuildResult second = Rtgo.build(BuildOptions.of(List.of(classes), work.resolve("b/app.uf2")).withMainClass("HeapSort"));
        assertArrayEquals(Files.readAllBytes(first.bin()), Files.readAllBytes(second.bin()),
                "two builds of the same classes produced different images");
    }
}
