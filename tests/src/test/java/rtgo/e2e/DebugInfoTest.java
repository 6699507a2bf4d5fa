package rtgo.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exception reports from classes with less debug information than the corpus has (it always
 * compiles with {@code -g}). Without line numbers HotSpot prints {@code (File.java)}, without a
 * SourceFile attribute {@code (Unknown Source)}, and without local variable names a
 * NullPointerException's message says {@code <parameterN>} or {@code <localN>}; the device must
 * do the same. Corpus programs that end in such reports are compiled each way.
 */
class DebugInfoTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("fail/TraceThroughFrames", "-g:none"),
                Arguments.of("fail/TraceThroughFrames", "-g:source"),
                Arguments.of("fail/TraceThroughFrames", "-g:lines"),
                Arguments.of("fail/TraceThroughFrames", "-g:source,lines"),
                Arguments.of("npe/NpeParamStore", "-g:none"),
                Arguments.of("npe/NpeByteStore", "-g:none"),
                Arguments.of("npe/NpeStringCharAt", "-g:none"),
                Arguments.of("npe/NpeReassignedParam", "-g:none"),
                Arguments.of("npe/NpeGridElement", "-g:none"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void reportMatchesHotSpot(String program, String debugOption) {
        Path source = Project.programsDir().resolve(program + ".java");
        String main = program.substring(program.indexOf('/') + 1);
        String id = main + debugOption.replace(':', '-').replace(',', '-');
        ProgramCheck check = new ProgramCheck(id, List.of(source), main, List.of(),
                Project.targetDir("debug-info").resolve(id), Project.retryCommand("DebugInfoTest", ""),
                Device.CORPUS_RUN, debugOption);
        String failure = check.call();
        if (failure != null) {
            fail(failure);
        }
    }
}
