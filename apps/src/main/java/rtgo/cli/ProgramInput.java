package rtgo.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import rtgo.diag.BuildException;

/**
 * One thing the user pointed rtgo at, classified once: a jar, a directory of classfiles, a directory
 * of .java sources or a single .java file (compiled for them first), or an image that is already
 * built.
 *
 * <p>Classifying up front lets every mistake about the input (a typo, a single .class file, an empty
 * directory) be a usage error with a sentence about what rtgo expects, before any work starts.
 */
record ProgramInput(Path path, Kind kind) {

    enum Kind { JAR, CLASSES, SOURCES, IMAGE }

    /** Thrown for an input rtgo cannot use; the message is written for the user. */
    static final class BadInputException extends Exception {
        BadInputException(String message) {
            super(message);
        }
    }

    /** Looks at {@code path} and says what it is, or why rtgo cannot use it. */
    static ProgramInput of(Path path) throws BadInputException {
        if (!Files.exists(path)) {
            throw new BadInputException("'" + path + "' does not exist");
        }
        if (!Files.isReadable(path)) {
            throw new BadInputException("'" + path + "' cannot be read");
        }
        if (Files.isDirectory(path)) {
            return ofDirectory(path);
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jar")) {
            return new ProgramInput(path, Kind.JAR);
        }
        if (name.endsWith(".uf2") || name.endsWith(".elf") || name.endsWith(".bin")) {
            return new ProgramInput(path, Kind.IMAGE);
        }
        if (name.endsWith(".java")) {
            // as `java Hello.java` runs one source file: compiled alone, its other classes must be in it
            return new ProgramInput(path, Kind.SOURCES);
        }
        if (name.endsWith(".class")) {
            Path dir = path.toAbsolutePath().getParent();
            throw new BadInputException("give the directory that holds '" + path.getFileName()
                    + "' (for example '" + Report.path(dir) + "'), not the single class file, "
                    + "or give its .java file");
        }
        throw new BadInputException("do not know what to do with '" + path + "': expected a .jar, a "
                + "directory of .class or .java files, a .java file, or (for run) an image: .uf2, .elf or .bin");
    }

    private static ProgramInput ofDirectory(Path dir) throws BadInputException {
        boolean sources = false;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (name.endsWith(".class") && Files.isRegularFile(f)) {
                    return new ProgramInput(dir, Kind.CLASSES);
                }
                sources |= name.endsWith(".java") && Files.isRegularFile(f);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new BadInputException("cannot read directory '" + dir + "': " + e.getMessage());
        }
        if (sources) {
            return new ProgramInput(dir, Kind.SOURCES);
        }
        throw new BadInputException("'" + dir + "' holds no .class or .java files");
    }

    /** Where the program's .java files are, for error messages; null when it is given as classes. */
    Path sourceRoot() {
        if (kind != Kind.SOURCES) {
            return null;
        }
        return Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
    }

    /** The name an output is given by default: "hello" for examples/hello, "app" for app.jar. */
    String baseName() {
        Path name = path.toAbsolutePath().normalize().getFileName();
        if (name == null) {
            return "program";
        }
        String s = name.toString();
        int dot = s.lastIndexOf('.');
        boolean file = kind == Kind.JAR || kind == Kind.IMAGE || !Files.isDirectory(path);
        return file && dot > 0 ? s.substring(0, dot) : s;
    }

    /**
     * What the tool API should read for this input: the input itself, or for sources the directory
     * javac wrote the classes to (inside {@code scratch}).
     */
    Path classpathEntry(Scratch scratch) throws BuildException {
        return switch (kind) {
            case JAR, CLASSES -> path;
            case SOURCES -> SourceCompiler.compile(path, scratch.newDirectory("classes"));
            case IMAGE -> throw new IllegalStateException("an image has no classes: " + path);
        };
    }
}
