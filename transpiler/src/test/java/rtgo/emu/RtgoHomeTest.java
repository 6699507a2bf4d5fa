package rtgo.emu;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The repository root is found from a module directory, where Maven runs the tests. */
class RtgoHomeTest {
    @Test
    void findsTheRepositoryAboveTheModule() {
        var home = RtgoHome.find();
        assertTrue(Files.isRegularFile(home.resolve(RtgoHome.MARKER)), home::toString);
        assertTrue(Files.isRegularFile(home.resolve("ci/emu/run.mjs")), home::toString);
    }
}
