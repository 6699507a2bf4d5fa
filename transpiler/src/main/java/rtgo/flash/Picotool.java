package rtgo.flash;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Raspberry Pi's picotool, when it is on the PATH: {@code picotool load -x app.uf2} loads over
 * PICOBOOT and starts the program, and knows boards and corner cases (other flash chips, a board
 * running a program with the USB reset interface) better than rtgo's own loader.
 */
public final class Picotool {
    static final long TIMEOUT_SECONDS = 120;

    private Picotool() {}

    /** The picotool executable on {@code path} (the PATH variable's value; null: none). */
    public static Optional<Path> find(String path) {
        if (path == null) {
            return Optional.empty();
        }
        boolean windows = File.separatorChar == '\\';
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path exe = Path.of(dir, windows ? "picotool.exe" : "picotool");
            if (Files.isRegularFile(exe) && Files.isExecutable(exe)) {
                return Optional.of(exe);
            }
        }
        return Optional.empty();
    }

    /** Runs {@code picotool load -x uf2}, passing its output on line by line. */
    public static void load(Path picotool, Path uf2, Consumer<String> log) throws FlashException {
        List<String> command = List.of(picotool.toString(), "load", "-x", uf2.toString());
        log.accept("running " + String.join(" ", command));
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new FlashException("cannot run " + picotool + ": " + e.getMessage(), e);
        }
        try {
            p.getOutputStream().close();
            StringBuilder all = new StringBuilder();
            try (var lines = p.inputReader(StandardCharsets.UTF_8).lines()) {
                lines.forEach(line -> {
                    all.append(line).append('\n');
                    if (!line.isBlank()) {
                        log.accept("picotool: " + line.strip());
                    }
                });
            }
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new FlashException("picotool did not finish in " + TIMEOUT_SECONDS + " s");
            }
            if (p.exitValue() != 0) {
                throw new FlashException("picotool load failed with exit code " + p.exitValue()
                        + (all.isEmpty() ? "" : ":\n" + all.toString().strip())
                        + "\nhint: hold BOOTSEL while plugging the board in, then try again");
            }
        } catch (IOException e) {
            throw new FlashException("reading picotool's output failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FlashException("interrupted while picotool was loading", e);
        } finally {
            p.destroyForcibly();
        }
    }
}
