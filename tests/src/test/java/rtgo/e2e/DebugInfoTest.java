package rtgo.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Stack traces from classes with less debug information than the corpus has: without line numbers
 * HotSpot prints {@code (File.java)}, without a SourceFile attribute {@code (Unknown Source)}, and
 * the device must do the same. A corpus program that ends in a deep trace is compiled each way.
 */
class DebugInfoTest {
    @ParameterizedTest
    @ValueSource(strings = {"-g:none", "-g:source", "-g:lines", "-g:source,lines"})
    void traceMatchesHotSpot(String debugOption) {
        Path source = Project.programsDir().resolve("fail").resolve("TraceThroughFrames.java");
        String id = "debug" + debugOption.replace(':', '-').replace(',', '-');
        ProgramCheck check = new ProgramCheck(id, List.of(source), "TraceThroughFrames", List.of(),
                Project.targetDir("debug-info").resolve(id), Project.retryCommand("DebugInfoTest", ""),
                Device.CORPUS_RUN, debugOption);
        String failure = check.call();
        if (failure != null) {
            fail(failure);
        }
    }
}
