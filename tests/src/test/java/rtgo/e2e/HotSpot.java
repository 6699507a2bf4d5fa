package rtgo.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The oracle: runs a program on the JVM that runs the tests and turns what it did into what the
 * device must do. The device console is UART0 only, where both System.out and System.err go, so
 * HotSpot runs with stderr merged into stdout, in the order the program wrote them: what
 * printStackTrace prints and the report of an uncaught exception ({@code Exception in thread
 * "main" java.lang...: message}, the {@code \tat Class.method(File.java:line)} lines,
 * {@code Caused by: ...} for each cause) appear where they happened, with the JDK's own frames
 * ({@code \tat java.base/...}) and those of rtgo's API ({@code \tat rtgo.Chan...}) left out, as
 * the device hides its runtime's. The merged stream
 * goes to a file in the program's work directory, which avoids pipe deadlocks and leaves it for
 * inspection.
 */
final class HotSpot {
    private HotSpot() {}

    static final String UNCAUGHT_PREFIX = "Exception in thread \"main\" ";
    static final String JDK_FRAME_PREFIX = "\tat java.base/";
    private static final long TIMEOUT_SECONDS = 60;

    /**
     * What the device must produce.
     *
     * @param output everything expected on UART0
     * @param status the expected exit status
     * @param merged HotSpot's complete output, stdout and stderr merged
     * @param traceCompared false when the device's stack trace lines must be left out of the
     *     comparison (see {@link #withoutTrace})
     */
    record Expected(String output, int status, String merged, boolean traceCompared) {}

    /** {@code uart} without the stack trace lines of the exception report that ends it. */
    static String withoutTrace(String uart) {
        int report = uart.lastIndexOf(UNCAUGHT_PREFIX);
        if (report < 0) {
            return uart;
        }
        StringBuilder sb = new StringBuilder(uart.substring(0, report));
        for (String line : uart.substring(report).split("\n", -1)) {
            if (!line.startsWith("\tat ") && !line.startsWith("\t...")) {
                sb.append(line).append('\n');
            }
        }
        // split keeps the empty string after the final newline; drop the newline it added
        return sb.substring(0, sb.length() - 1);
    }

    /** Runs {@code mainClass} from {@code classpath}; stdout and stderr are kept in {@code workDir}. */
    static Expected run(List<Path> classpath, String mainClass, Path workDir) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(),
                // A quick start matters more than peak speed for programs that run milliseconds.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                // The device writes UTF-8; make HotSpot do the same whatever the host locale.
                "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-Dfile.encoding=UTF-8",
                "-cp", classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
                mainClass));
        Path out = workDir.resolve("hotspot.output");
        try {
            Files.createDirectories(workDir);
            ProcessBuilder pb = new ProcessBuilder(command);
            // Options injected through the environment would change behaviour and print a
            // "Picked up ..." line on stderr; the oracle runs plain.
            pb.environment().remove("JAVA_TOOL_OPTIONS");
            pb.environment().remove("_JAVA_OPTIONS");
            pb.environment().remove("JDK_JAVA_OPTIONS");
            Process p = pb
                    .directory(workDir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(out.toFile())
                    .redirectErrorStream(true)
                    .start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("HotSpot did not finish " + mainClass + " within " + TIMEOUT_SECONDS
                        + " s; corpus programs must be short");
            }
            return expected(Files.readString(out, StandardCharsets.UTF_8), p.exitValue());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + mainClass, e);
        }
    }

    /**
     * The device-side view of one HotSpot run: its merged output without the JDK's frames. A stack
     * overflow's trace is HotSpot's 1024 innermost frames, which depend on stack sizes: of an
     * uncaught one, only the first line of the report is compared.
     */
    static Expected expected(String merged, int status) {
        StringBuilder output = new StringBuilder();
        boolean traceCompared = true;
        boolean inOverflowReport = false;
        for (String line : merged.split("\n", -1)) {
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (isJdkFrame(line) || (inOverflowReport && (line.startsWith("\tat ") || line.startsWith("\t...")))) {
                continue;
            }
            if (status != 0 && line.equals(UNCAUGHT_PREFIX + "java.lang.StackOverflowError")) {
                inOverflowReport = true;
                traceCompared = false;
            }
            output.append(line).append('\n');
        }
        // split keeps the text after the last newline (empty when the output ends with one)
        output.setLength(output.length() - 1);
        return new Expected(output.toString(), status, merged, traceCompared);
    }

    /**
     * {@code \tat java.base/java.lang.Integer.parseInt(Integer.java:661)}, at any indentation; and a
     * frame of rtgo's API on HotSpot ({@code \tat rtgo.Chan.send(Chan.java:71)}), which the device
     * replaces by runtime code whose frames it leaves out (corpus programs have no package).
     */
    private static boolean isJdkFrame(String line) {
        String t = line.stripLeading();
        int slash = t.indexOf('/');
        return line.startsWith("\t") && t.startsWith("at ")
                && (slash > 3 && t.substring(3, slash).matches("[a-z][a-z0-9.]*") || API_FRAME.matcher(t).matches());
    }

    /** A frame of a class of package rtgo exactly (the API), not of a package under it. */
    private static final java.util.regex.Pattern API_FRAME = java.util.regex.Pattern.compile("at rtgo\\.[A-Z][\\w$]*\\.[^.(]+\\(.*");
}
