package rtgo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rtgo.diag.BuildException;

/**
 * The .java convenience of `rtgo build/run`: sources that use the vm intrinsics compile into
 * Java 21 classfiles with debug information, and javac's errors come back as file:line messages.
 */
class SourceCompilerTest {

    @TempDir
    Path tmp;

    @Test
    void compilesAgainstTheVmIntrinsicsForJava21WithLineNumbers() throws Exception {
        Path src = Files.createDirectories(tmp.resolve("src/demo"));
        Files.writeString(src.resolve("Peek.java"), """
                package demo;

                import rtgo.vm.Mem;

                public class Peek {
                    public static void main(String[] args) {
                        System.out.println(Mem.load32(0x40014000));
                    }
                }
                """);
        Path out = Files.createDirectories(tmp.resolve("classes"));
        SourceCompiler.compile(tmp.resolve("src"), out);

        Path cls = out.resolve("demo/Peek.class");
        assertTrue(Files.isRegularFile(cls), "javac wrote demo/Peek.class under the output directory");
        byte[] bytes = Files.readAllBytes(cls);
        int major = ((bytes[6] & 0xFF) << 8) | (bytes[7] & 0xFF);
        assertEquals(65, major, "classfile version 65 (Java 21), whatever JDK runs the test");
        assertTrue(contains(bytes, "LineNumberTable") && contains(bytes, "LocalVariableTable"),
                "compiled with -g: line numbers and local variable names are kept");
    }

    @Test
    void errorsNameFileAndLine() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("src"));
        Files.writeString(src.resolve("Bad.java"), """
                class Bad {
                    static void f() {
                        undefinedMethod();
                    }
                }
                """);
        BuildException e = assertThrows(BuildException.class,
                () -> SourceCompiler.compile(src, Files.createDirectories(tmp.resolve("classes"))));
        assertTrue(e.getMessage().contains("Bad.java:3: error: cannot find symbol"), e.getMessage());
    }

    @Test
    void sourcesCannotReachHostOnlyLibraries() throws IOException {
        // The device classpath is vm and hal only; picocli is on the CLI's classpath in tests but
        // not part of the fat jar's contract, and the transpiler would reject it anyway. In a test
        // run the jars are separate, so importing picocli must fail here.
        Path src = Files.createDirectories(tmp.resolve("src"));
        Files.writeString(src.resolve("UsesPicocli.java"), """
                class UsesPicocli {
                    picocli.CommandLine cl;
                }
                """);
        assertThrows(BuildException.class,
                () -> SourceCompiler.compile(src, Files.createDirectories(tmp.resolve("classes"))));
    }

    @Test
    void deviceClasspathHoldsTheVmClasses() {
        String cp = SourceCompiler.deviceClasspath();
        boolean found = Arrays.stream(cp.split(File.pathSeparator)).map(Path::of).anyMatch(p ->
                Files.isRegularFile(p.resolve("rtgo/vm/Mem.class"))
                        || (Files.isRegularFile(p) && p.toString().endsWith(".jar")));
        assertTrue(found, "no entry of '" + cp + "' holds rtgo/vm/Mem.class");
    }

    private static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, java.nio.charset.StandardCharsets.ISO_8859_1).contains(needle);
    }
}
