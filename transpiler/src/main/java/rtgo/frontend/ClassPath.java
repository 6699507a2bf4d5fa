package rtgo.frontend;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import rtgo.diag.BuildException;

/**
 * Where classfiles come from: the program's jars and class directories first, then the device-side
 * runtime, HAL and vm classes that ship inside the transpiler (read as class resources). JDK
 * classes are never read: the JDK API exists on the device only through runtime substitutes.
 */
public final class ClassPath implements AutoCloseable {
    private final List<Path> dirs = new ArrayList<>();
    private final List<JarFile> jars = new ArrayList<>();
    private final Map<String, ClassNode> cache = new HashMap<>();
    private final List<String> inputClasses = new ArrayList<>();
    private String manifestMain;

    public ClassPath(List<Path> inputs) throws BuildException {
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                dirs.add(p);
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> f.toString().endsWith(".class")).sorted().forEach(f -> {
                        String rel = p.relativize(f).toString().replace('\\', '/');
                        inputClasses.add(rel.substring(0, rel.length() - ".class".length()));
                    });
                } catch (IOException e) {
                    throw new BuildException("error: cannot read " + p + ": " + e.getMessage());
                }
            } else if (Files.isRegularFile(p) && p.toString().endsWith(".jar")) {
                try {
                    JarFile jar = new JarFile(p.toFile());
                    jars.add(jar);
                    if (manifestMain == null && jar.getManifest() != null) {
                        manifestMain = jar.getManifest().getMainAttributes().getValue("Main-Class");
                    }
                    jar.stream().map(e -> e.getName())
                       .filter(n -> n.endsWith(".class") && !n.startsWith("META-INF/"))
                       .sorted()
                       .forEach(n -> inputClasses.add(n.substring(0, n.length() - ".class".length())));
                } catch (IOException e) {
                    throw new BuildException("error: cannot read jar " + p + ": " + e.getMessage());
                }
            } else {
                throw new BuildException("error: input " + p
                        + " is neither a directory of classes nor a .jar\n  hint: pass the output directory of javac or a jar");
            }
        }
    }

    /** Internal names of the classes in the program's own inputs, sorted. */
    public List<String> inputClasses() {
        return inputClasses;
    }

    /** Main-Class from the first jar's manifest (dotted), or null. */
    public String manifestMain() {
        return manifestMain;
    }

    /** The class, or null when no input and no built-in resource has it. */
    public ClassNode find(String internalName) {
        if (cache.containsKey(internalName)) {
            return cache.get(internalName);
        }
        ClassNode cn = null;
        if (!internalName.startsWith("java/") && !internalName.startsWith("javax/")
                && !internalName.startsWith("jdk/") && !internalName.startsWith("sun/")) {
            byte[] bytes = read(internalName + ".class");
            if (bytes != null) {
                cn = new ClassNode();
                new ClassReader(bytes).accept(cn, 0);
            }
        }
        cache.put(internalName, cn);
        return cn;
    }

    private byte[] read(String resource) {
        try {
            for (Path d : dirs) {
                Path f = d.resolve(resource);
                if (Files.isRegularFile(f)) {
                    return Files.readAllBytes(f);
                }
            }
            for (JarFile j : jars) {
                var e = j.getEntry(resource);
                if (e != null) {
                    try (InputStream in = j.getInputStream(e)) {
                        return in.readAllBytes();
                    }
                }
            }
            try (InputStream in = ClassPath.class.getClassLoader().getResourceAsStream(resource)) {
                return in == null ? null : in.readAllBytes();
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        for (JarFile j : jars) {
            try {
                j.close();
            } catch (IOException ignored) {
                // closing a read-only jar cannot lose data
            }
        }
    }
}
