package rtgo.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles test programs with the JDK's own compiler in-process (javax.tools), the way a user's
 * build would: {@code --release 21}, full debug information ({@code -g}, so build errors can name
 * source lines), UTF-8 sources. Each program goes into its own class directory so that programs
 * cannot see each other's classes, and {@code -sourcepath} is empty so javac compiles exactly the
 * files given.
 */
final class JavaSources {
    private JavaSources() {}

    /** javac keeps shared state per task only, but we take no chances on a 2-core machine. */
    private static final Object LOCK = new Object();

    /**
     * Compiles {@code sources} into {@code classesDir} (created if missing) against
     * {@code classpath}. Throws AssertionError with javac's diagnostics if it fails.
     */
    static void compile(List<Path> sources, Path classesDir, List<Path> classpath) {
        compile(sources, classesDir, classpath, "-g");
    }

    /**
     * Writes one source, class {@code name}, into a fresh {@code work/name} directory and compiles
     * it into {@code work/name/classes}; returns {@code work/name}.
     */
    static Path compileOne(Path work, String name, String source) throws IOException {
        Path dir = work.resolve(name);
        Project.deleteTree(dir);
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".java");
        Files.writeString(file, source);
        compile(List.of(file), dir.resolve("classes"), List.of());
        return dir;
    }

    /** As {@link #compile(List, Path, List)}, with another debug option ({@code -g:none}, ...). */
    static void compile(List<Path> sources, Path classesDir, List<Path> classpath, String debugOption) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no system Java compiler: run the tests with a JDK, not a JRE");
        }
        try {
            Files.createDirectories(classesDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> options = new ArrayList<>(List.of(
                "--release", "21", debugOption, "-encoding", "UTF-8", "-proc:none",
                "-sourcepath", "", "-d", classesDir.toString()));
        options.add("-classpath");
        options.add(classpath.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)));

        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean ok;
        synchronized (LOCK) {
            try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
                var units = files.getJavaFileObjectsFromPaths(sources);
                ok = javac.getTask(null, files, diagnostics, options, null, units).call();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!ok) {
            String report = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> (d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName() + ":"
                            + d.getLineNumber() + ": ") + d.getMessage(Locale.ROOT))
                    .collect(Collectors.joining("\n"));
            throw new AssertionError("javac rejected " + sources + ":\n" + report);
        }
    }

    /** The .java files directly in {@code dir}, sorted by name. */
    static List<Path> javaFilesIn(Path dir) {
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The class path entry of rtgo's channel API (package {@code rtgo}: {@code rtgo.Chan}...), which
     * corpus programs compile against and HotSpot runs them with; the device build replaces those
     * classes by the runtime's. api/target/classes in a reactor build, the rtgo-api jar otherwise.
     */
    static List<Path> apiClasspath() {
        try {
            return List.of(Path.of(Class.forName("rtgo.Chan").getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (ClassNotFoundException | java.net.URISyntaxException e) {
            throw new IllegalStateException("the rtgo-api classes are not on the test class path", e);
        }
    }

    /**
     * The entries of the test JVM's class path: the rtgo vm, hal and runtime classes among them,
     * which device-side examples compile against. Surefire keeps the real class path in
     * {@code surefire.test.class.path} when it launches through a manifest-only jar.
     */
    static List<Path> testClasspath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<Path> out = new ArrayList<>();
        for (String entry : cp.split(java.io.File.pathSeparator)) {
            if (!entry.isBlank() && Files.exists(Path.of(entry))) {
                out.add(Path.of(entry));
            }
        }
        return out;
    }
}
