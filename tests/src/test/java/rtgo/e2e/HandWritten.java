package rtgo.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An expectation written by hand for a corpus program on which HotSpot cannot be the oracle: a
 * deadlock, where HotSpot hangs for ever and the device must print {@code fatal error: all
 * threads are asleep - deadlock!} with each thread's state and exit with status 2.
 *
 * <p>The file sits beside the program as {@code Name.expected}. Its first line is
 * {@code exit status N}; every line after it is the console output expected on the device,
 * verbatim (a final newline in the file ends the last expected line, as it would on the console).
 * Stack trace lines are compared like any others. The program is still compiled with javac, but
 * HotSpot does not run it.
 */
final class HandWritten {
    private HandWritten() {}

    /** The file name suffix that marks a hand-written expectation. */
    static final String SUFFIX = ".expected";

    private static final Pattern HEADER = Pattern.compile("exit status (\\d{1,3})");

    /** Reads {@code file}; throws AssertionError if its header is missing or malformed. */
    static HotSpot.Expected read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int eol = text.indexOf('\n');
        String header = eol < 0 ? text : text.substring(0, eol);
        Matcher m = HEADER.matcher(header);
        if (!m.matches() || Integer.parseInt(m.group(1)) > 255) {
            throw new AssertionError(file.getFileName() + ": the first line must be 'exit status N' (0..255), not '"
                    + header + "'");
        }
        String output = eol < 0 ? "" : text.substring(eol + 1);
        return new HotSpot.Expected(output, Integer.parseInt(m.group(1)), output, true);
    }
}
