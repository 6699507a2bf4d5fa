package rtgo.link;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rtgo.diag.BuildException;

/** Finding the tools, the install hint when they are missing, and tool failures as BuildExceptions. */
class BinutilsTest {
    @TempDir
    Path dir;

    @Test
    void missingToolsSayHowToInstallThem() {
        BuildException e = assertThrows(BuildException.class,
                () -> Binutils.locate(Map.of("PATH", dir.toString())));
        assertTrue(e.getMessage().contains("arm-none-eabi-as"), e.getMessage());
        assertTrue(e.getMessage().contains("sudo apt-get install binutils-arm-none-eabi"), e.getMessage());
    }

    @Test
    void rtgoBinutilsDirectoryTakesPrecedenceOverPath() {
        // The tools are on the PATH here, but the variable points at an empty directory.
        Map<String, String> env = Map.of("PATH", System.getenv("PATH"), Binutils.DIR_VARIABLE, dir.toString());
        BuildException e = assertThrows(BuildException.class, () -> Binutils.locate(env));
        assertTrue(e.getMessage().contains(Binutils.DIR_VARIABLE + "=" + dir), e.getMessage());
    }

    @Test
    void assemblerErrorCarriesItsDiagnostics() throws IOException, BuildException {
        Path source = dir.resolve("bad.s");
        Files.writeString(source, ".syntax unified\n.thumb\n    movs r0, #1\n    frobnicate r0\n");
        Binutils binutils = Binutils.locate();
        BuildException e = assertThrows(BuildException.class, () -> binutils.run(Binutils.Tool.AS,
                List.of("-mcpu=cortex-m0plus", "-mthumb", "-o", dir.resolve("bad.o").toString(), source.toString()),
                dir));
        assertTrue(e.getMessage().contains("arm-none-eabi-as failed"), e.getMessage());
        assertTrue(e.getMessage().contains("bad.s:4"), "stderr names file and line: " + e.getMessage());
        assertTrue(e.getMessage().contains("frobnicate"), e.getMessage());
    }
}
