package rtgo.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import rtgo.diag.BuildException;

/**
 * Compiles a directory of .java sources with the JDK's own compiler, so that `rtgo run examples/hello`
 * works without a separate javac step.
 *
 * <p>The sources are compiled as the device-side modules are: {@code --release 21} (the classfile
 * version the transpiler reads), {@code -g} (line numbers and local names for its error messages),
 * and a classpath of the vm, hal and rtgo API classes ({@code rtgo.Chan}, {@code rtgo.Select}...)
 * only, because those are the APIs a program may call directly; everything else it uses comes from
 * the JDK, and the JDK's and the API's classes are replaced by the runtime at build time.
 */
final class SourceCompiler {
    private SourceCompiler() {}

    /** Packages a device program may import; their classes are found wherever the CLI found them. */
    private static final List<String> DEVICE_PACKAGES = List.of("rtgo/vm/", "rtgo/hal/");

    /**
     * Compiles every .java file under {@code sourceDir} (or the one file {@code sourceDir} names)
     * into {@code outDir} and returns outDir.
     */
    static Path compile(Path sourceDir, Path outDir) throws BuildException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new BuildException("compiling the .java files in '" + sourceDir + "' needs a JDK, "
                    + "but rtgo runs on a Java runtime without javac; run rtgo with a JDK >= 21 "
                    + "(./rtgo finds one), or compile the sources yourself and give rtgo the classes");
        }
        List<Path> sources = javaFiles(sourceDir);
        List<String> options = List.of(
                "--release", "21", "-g", "-proc:none", "-encoding", "UTF-8",
                "-classpath", deviceClasspath(),
                "-d", outDir.toString());
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean ok;
        try (StandardJavaFileManager files =
                     javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            ok = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
        } catch (IOException e) {
            throw new BuildException("javac could not read '" + sourceDir + "': " + e.getMessage(), e);
        }
        if (!ok) {
            throw new BuildException(describeErrors(sourceDir, diagnostics.getDiagnostics()));
        }
        return outDir;
    }

    private static List<Path> javaFiles(Path dir) throws BuildException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new BuildException("cannot list the .java files in '" + dir + "': " + e.getMessage(), e);
        }
    }

    /** javac's errors as "File.java:12: message" lines, the way a user reads compiler output. */
    static String describeErrors(Path sourceDir, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
        StringBuilder sb = new StringBuilder("javac rejected the sources in '" + sourceDir + "':");
        int errors = 0;
        for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            errors++;
            sb.append('\n');
            if (d.getSource() != null) {
                sb.append(Report.path(Path.of(d.getSource().toUri()))).append(':');
                if (d.getLineNumber() != Diagnostic.NOPOS) {
                    sb.append(d.getLineNumber()).append(':');
                }
                sb.append(' ');
            }
            sb.append("error: ").append(d.getMessage(Locale.ROOT));
        }
        if (errors == 0) {
            sb.append(" (javac gave no error message)");
        }
        return sb.toString();
    }

    /**
     * Where the vm, hal and API classes are: the jars or class directories this CLI loaded them from (the
     * rtgo fat jar when packaged; the modules' jars or target/classes in a Maven build or an IDE).
     */
    static String deviceClasspath() {
        Set<Path> roots = new LinkedHashSet<>();
        ClassLoader loader = SourceCompiler.class.getClassLoader();
        for (String pkg : DEVICE_PACKAGES) {
            try {
                Enumeration<URL> urls = loader.getResources(pkg);
                while (urls.hasMoreElements()) {
                    Path root = rootOf(urls.nextElement(), pkg);
                    if (root != null) {
                        roots.add(root);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot look up the " + pkg + " classes", e);
            }
        }
        // A jar without directory entries does not answer for a package; its classes still do.
        Path vm = codeSource(rtgo.vm.Mem.class);
        if (vm != null) {
            roots.add(vm);
        }
        // The channel API (package rtgo): its own jar in a Maven build, the rtgo fat jar when packaged.
        Path api = codeSource(rtgo.Chan.class);
        if (api != null) {
            roots.add(api);
        }
        List<String> entries = new ArrayList<>();
        for (Path p : roots) {
            entries.add(p.toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    /** The jar or directory that a package resource URL was found in. */
    private static Path rootOf(URL url, String pkg) {
        try {
            String s = url.toString();
            if (s.startsWith("jar:")) {
                String jar = s.substring("jar:".length(), s.indexOf("!/"));
                return Path.of(URI.create(jar));
            }
            if (url.getProtocol().equals("file")) {
                Path dir = Path.of(url.toURI());
                for (int i = 0; i < pkg.split("/").length; i++) {
                    dir = dir.getParent();
                }
                return dir;
            }
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
            // Not a location javac can read (a custom class loader): leave it out.
        }
        return null;
    }

    private static Path codeSource(Class<?> c) {
        try {
            var source = c.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }
}
