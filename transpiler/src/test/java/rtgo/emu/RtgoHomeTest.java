package rtgo.emu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository root is found from a module directory, where Maven runs the tests; outside any
 * clone (a user's Maven project) from the repository the jar was built from; a wrong explicit
 * setting is an error, never passed over.
 */
class RtgoHomeTest {
    @TempDir
    Path tmp;

    @Test
    void findsTheRepositoryAboveTheModule() {
        var home = RtgoHome.find();
        assertTrue(Files.isRegularFile(home.resolve(RtgoHome.MARKER)), home::toString);
        assertTrue(Files.isRegularFile(home.resolve("ci/emu/run.mjs")), home::toString);
    }

    @Test
    void theBuildRecordsTheRepositoryItWasBuiltFrom() throws Exception {
        Path recorded = RtgoHome.builtFrom();
        assertEquals(RtgoHome.find().toRealPath(), recorded.toRealPath());
    }

    @Test
    void outsideAnyCloneTheRepositoryTheJarWasBuiltFromIsUsed() throws Exception {
        Path repo = fakeRepository("repo");
        Path project = Files.createDirectories(tmp.resolve("elsewhere/project"));
        assertEquals(repo, RtgoHome.find(null, " ", project, repo));
    }

    @Test
    void anEnclosingCloneWinsOverTheRecordedOne() throws Exception {
        Path recorded = fakeRepository("recorded");
        Path clone = fakeRepository("clone");
        Path inside = Files.createDirectories(clone.resolve("examples/maven-blinky"));
        assertEquals(clone, RtgoHome.find(null, null, inside, recorded));
    }

    @Test
    void aWrongSettingIsAnErrorEvenWhenAnotherCopyExists() throws Exception {
        Path recorded = fakeRepository("recorded");
        var e = assertThrows(IllegalStateException.class,
                () -> RtgoHome.find(tmp.resolve("typo").toString(), null, tmp, recorded));
        assertTrue(e.getMessage().contains("system property rtgo.home"), e.getMessage());
    }

    @Test
    void nothingFoundSaysWhereItLookedAndWhatToSet() {
        Path gone = tmp.resolve("moved-away");
        var e = assertThrows(IllegalStateException.class, () -> RtgoHome.find(null, null, tmp, gone));
        assertTrue(e.getMessage().contains(gone.toString()) && e.getMessage().contains("-Drtgo.home"), e.getMessage());
    }

    private Path fakeRepository(String name) throws Exception {
        Path repo = tmp.resolve(name);
        Files.createDirectories(repo.resolve(RtgoHome.MARKER).getParent());
        Files.writeString(repo.resolve(RtgoHome.MARKER), "{}");
        return repo.toAbsolutePath().normalize();
    }
}
