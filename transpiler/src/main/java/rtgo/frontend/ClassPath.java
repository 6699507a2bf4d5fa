package rtgo.frontend;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import rtgo.diag.BuildException;

/**
 * Where classfiles come from: the program's jars and class directories first, then the device-side
 * runtime, HAL and vm classes that ship inside the transpiler (read as class resources). JDK
 * classes are never read: the JDK API exists on the device only through runtime substitutes.
 *
 * <p>The program's own classes are all read and checked ({@link ClassFileCheck}) when the class
 * path is made, so that every problem with an input file (not a jar, a damaged or truncated
 * classfile, an unsupported version, a classfile older than the .java beside it) is a build error
 * naming that file before any compiling starts. The jars are closed again at once.
 */
public final class ClassPath implements AutoCloseable {
    private final Map<String, ClassNode> cache = new HashMap<>();
    private final List<String> inputClasses = new ArrayList<>();
    private String manifestMain;

    public ClassPath(List<Path> inputs) throws BuildException {
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                readDirectory(p);
            } else if (Files.isRegularFile(p) && p.toString().endsWith(".jar")) {
                readJar(p);
            } else if (!Files.exists(p)) {
                throw new BuildException("error: input " + p + " does not exist\n"
                        + "  hint: pass the output directory of javac or a jar");
            } else {
                throw new BuildException("error: input " + p
                        + " is neither a directory of classes nor a .jar\n  hint: pass the output directory of javac or a jar");
            }
        }
    }

    private void readDirectory(Path dir) throws BuildException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(f -> f.toString().endsWith(".class") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new BuildException("error: cannot read the directory " + dir + ": " + e.getMessage(), e);
        }
        int before = inputClasses.size();
        for (Path f : files) {
            String rel = dir.relativize(f).toString().replace('\\', '/');
            String name = rel.substring(0, rel.length() - ".class".length());
            if (skipped(name)) {
                continue;
            }
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(f);
            } catch (IOException e) {
                throw new BuildException("error: cannot read " + f + ": " + e.getMessage(), e);
            }
            ClassNode cn = ClassFileCheck.read(bytes, f.toString(), name);
            checkNotStale(f, cn);
            add(name, cn);
        }
        if (inputClasses.size() == before && files.isEmpty()) {
            throw new BuildException("error: the directory " + dir + " holds no .class files\n"
                    + "  hint: pass the output directory of javac (javac -d <dir>)");
        }
    }

    /**
     * A classfile older than the source beside it was compiled before the last edit; building it
     * would silently run old code. The JVM cannot notice (it never sees the source), but javac's
     * -sourcepath recompiles such classes, so a Java developer expects the newer source to count.
     * rtgo does not rewrite classfiles in the user's directory, and compiling only some of a
     * directory's sources against its other classes would mix two builds, so this is an error that
     * names both files and says how to get a consistent set.
     */
    private static void checkNotStale(Path classFile, ClassNode cn) throws BuildException {
        String sourceName = cn.sourceFile;
        if (sourceName == null || !sourceName.endsWith(".java") || sourceName.contains("/")) {
            String simple = cn.name.substring(cn.name.lastIndexOf('/') + 1);
            int dollar = simple.indexOf('$');
            sourceName = (dollar > 0 ? simple.substring(0, dollar) : simple) + ".java";
        }
        Path source;
        try {
            source = classFile.resolveSibling(sourceName);
        } catch (java.nio.file.InvalidPathException e) {
            return; // a SourceFile attribute no file can have: there is no source beside it to compare
        }
        try {
            if (Files.isRegularFile(source)
                    && Files.getLastModifiedTime(source).compareTo(Files.getLastModifiedTime(classFile)) > 0) {
                throw new BuildException("error: " + classFile + " is older than " + source
                        + ": it was compiled before the source's last change\n"
                        + "  hint: recompile (javac -d ...), or delete the .class files so that rtgo compiles "
                        + "the .java files itself");
            }
        } catch (IOException e) {
            throw new BuildException("error: cannot read the time stamps of " + classFile + " and " + source
                    + ": " + e.getMessage(), e);
        }
    }

    private void readJar(Path p) throws BuildException {
        int before = inputClasses.size();
        boolean sawApi = false;
        try (JarFile jar = new JarFile(p.toFile())) {
            if (manifestMain == null && jar.getManifest() != null) {
                manifestMain = jar.getManifest().getMainAttributes().getValue("Main-Class");
            }
            List<JarEntry> entries = jar.stream()
                    .filter(e -> e.getName().endsWith(".class") && !e.isDirectory()
                            && !e.getName().startsWith("META-INF/"))
                    .sorted((a, b) -> a.getName().compareTo(b.getName()))
                    .toList();
            for (JarEntry e : entries) {
                String name = e.getName().substring(0, e.getName().length() - ".class".length());
                sawApi |= isApi(name);
                if (skipped(name)) {
                    continue;
                }
                String where = p + "!/" + e.getName();
                byte[] bytes;
                try (InputStream in = jar.getInputStream(e)) {
                    bytes = in.readAllBytes();
                } catch (IOException | RuntimeException x) {
                    throw new BuildException("error: cannot read " + where + ": the jar is damaged ("
                            + x.getMessage() + ")\n  hint: rebuild the jar", x);
                }
                add(name, ClassFileCheck.read(bytes, where, name));
            }
        } catch (IOException | RuntimeException e) {
            throw new BuildException("error: cannot read " + p + " as a jar: " + e.getMessage()
                    + "\n  hint: is it a jar? rebuild it with the jar tool or your build", e);
        }
        if (inputClasses.size() == before && !sawApi) {
            throw new BuildException("error: the jar " + p + " holds no .class files\n"
                    + "  hint: build the jar with the program's classes in it");
        }
    }

    /**
     * module-info and package-info hold no code, and are not classes a program can use; the
     * classes of rtgo's API (package {@code rtgo}, from the rtgo-api jar a user may pass among
     * the inputs) are HotSpot's implementation, replaced on the device by the runtime's
     * (see {@link #isApi}).
     */
    private static boolean skipped(String name) {
        return name.endsWith("module-info") || name.endsWith("package-info") || isApi(name);
    }

    /**
     * Whether {@code internalName} is a class of an API whose host implementation the device never
     * runs: rtgo's API jar, exactly the package {@code rtgo} ({@code rtgo/Chan}, not
     * {@code rtgo/runtime/Gc}), and the test API of JUnit Jupiter ({@code org/junit/jupiter/api/...},
     * whose {@code Assertions} rtgo-junit's device tests call) with the {@code org/opentest4j}
     * exceptions it throws. Like the JDK's classes, they are never compiled: the runtime's
     * substitutes ({@code rtgo/runtime/classlib/rtgo/TChan},
     * {@code rtgo/runtime/classlib/org/junit/jupiter/api/TAssertions}) stand for them.
     */
    public static boolean isApi(String internalName) {
        return (internalName.startsWith("rtgo/") && internalName.indexOf('/', 5) < 0)
                || internalName.startsWith("org/junit/jupiter/api/") || internalName.startsWith("org/opentest4j/");
    }

    /** The first input that has a class wins, as on the JVM's class path. */
    private void add(String name, ClassNode cn) {
        if (!cache.containsKey(name)) {
            cache.put(name, cn);
            inputClasses.add(name);
        }
    }

    /** Adds a class made during the build (a lambda's, see Lambdas); it is found like any other. */
    void define(String internalName, ClassNode cn) {
        if (cache.get(internalName) != null) {
            throw new IllegalStateException("class " + internalName + " is defined twice");
        }
        cache.put(internalName, cn);
    }

    /** Internal names of the classes in the program's own inputs, in input order, each sorted. */
    public List<String> inputClasses() {
        return inputClasses;
    }

    /** Main-Class from the first jar's manifest (dotted), or null. */
    public String manifestMain() {
        return manifestMain;
    }

    /** The class, or null when no input and no built-in resource has it. */
    public ClassNode find(String internalName) {
        if (internalName.startsWith("java/") || internalName.startsWith("javax/")
                || internalName.startsWith("jdk/") || internalName.startsWith("sun/") || isApi(internalName)) {
            return null;
        }
        if (cache.containsKey(internalName)) {
            return cache.get(internalName);
        }
        ClassNode cn = null;
        byte[] bytes = resource(internalName + ".class");
        if (bytes != null) {
            cn = new ClassNode();
            new ClassReader(bytes).accept(cn, 0);
        }
        cache.put(internalName, cn);
        return cn;
    }

    /** rtgo's own device-side classes, shipped as resources of the transpiler. */
    private static byte[] resource(String name) {
        try (InputStream in = ClassPath.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rtgo's own " + name + ": " + e.getMessage(), e);
        }
    }

    /** Nothing stays open after the constructor; kept so callers can use try-with-resources. */
    @Override
    public void close() {
    }
}
