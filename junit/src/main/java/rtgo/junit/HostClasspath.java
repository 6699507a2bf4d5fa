package rtgo.junit;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The inputs of a device build, taken from the test JVM's class path: the test classes, the code
 * under test and its libraries, without the test tooling (JUnit, opentest4j, Surefire, rtgo's own
 * modules, ASM), whose classes the device either replaces (Assertions) or never runs.
 *
 * <p>Design note. Surefire puts the test class path in the system property
 * {@code surefire.test.class.path} (its own java.class.path may be a single manifest jar); other
 * launchers (an IDE, the Launcher API) leave it in java.class.path. Tooling is recognised by a
 * directory's packages ({@code org/junit}, {@code rtgo/driver}, ...; rtgo-junit's own classes by its {@code Pico.class}) or a jar's file name; a project
 * that needs another rule names its inputs in {@code rtgo.junit.classpath}.
 */
final class HostClasspath {
    private HostClasspath() {}

    private static final Pattern TOOL_JAR = Pattern.compile(
            "(junit|opentest4j|apiguardian|surefire|asm|picocli|rtgo-(transpiler|junit|runtime|vm|hal|cli)|"
                    + "byte-buddy|mockito|objenesis|hamcrest|assertj)[-.].*\\.jar");
    private static final List<String> TOOL_PACKAGES = List.of("org/junit", "org/opentest4j", "org/apiguardian",
            "org/objectweb", "picocli", "rtgo/driver", "rtgo/runtime", "rtgo/vm", "rtgo/hal", "rtgo/junit/Pico.class",
            "org/apache/maven");

    /** The explicit list in {@code explicit} (path-separated) if given, else the filtered test class path. */
    static List<Path> inputs(String explicit) {
        if (explicit != null && !explicit.isBlank()) {
            return split(explicit);
        }
        String cp = System.getProperty("surefire.test.class.path");
        if (cp == null || cp.isBlank()) {
            cp = System.getProperty("java.class.path", "");
        }
        List<Path> out = new ArrayList<>();
        for (Path p : split(cp)) {
            if (Files.isDirectory(p) ? !tooling(p) : p.toString().endsWith(".jar") && Files.isRegularFile(p)
                    && !TOOL_JAR.matcher(p.getFileName().toString()).matches()) {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean tooling(Path dir) {
        for (String pkg : TOOL_PACKAGES) {
            if (Files.exists(dir.resolve(pkg))) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> split(String cp) {
        List<Path> out = new ArrayList<>();
        for (String e : cp.split(Pattern.quote(File.pathSeparator))) {
            if (!e.isBlank()) {
                out.add(Path.of(e));
            }
        }
        return out;
    }
}
