package rtgo.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The hand-written link inputs shipped inside the transpiler jar (boot2.S, crt0.S, the rtgo.ld.in template, under
 * {@code rtgo/link/} on the classpath). The binutils need real files, so they are copied out into
 * the link's working directory.
 */
final class Resources {
    private Resources() {}

    /** Copies the resource {@code name} to {@code dir/name} and returns that path. */
    static Path copy(String name, Path dir) {
        Path target = dir.resolve(name);
        try (InputStream in = Resources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("rtgo: resource rtgo/link/" + name + " is missing from the classpath");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
