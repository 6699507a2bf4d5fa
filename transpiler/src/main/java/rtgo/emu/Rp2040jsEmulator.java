package rtgo.emu;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs images on rp2040js through the Node harness {@code ci/emu/run.mjs}, one {@code node} process per
 * run. The harness writes UART0 bytes to its stdout as the program writes them (forwarded to
 * {@link RunOptions#uartSink()} as they arrive) and its result to a report file, parsed by
 * {@link ReportParser}. The harness enforces the cycle limit and the wall-clock timeout itself; this
 * side enforces the timeout too, with some grace for Node's start-up, in case the harness hangs, and
 * never leaves the process running. Runs share nothing but the one-time install, so any number may
 * run in parallel.
 */
public final class Rp2040jsEmulator implements Emulator {
    /** Time on top of the run's own timeout for Node to start and the harness to write its report. */
    static final long GRACE_MILLIS = 15_000;
    /** The harness's status for an unreadable image or bad usage (ci/emu/README.md); rtgo's usage is checked. */
    static final int HARNESS_BAD_IMAGE = 2;

    private final NodeHarness harness;

    /** An emulator using the harness in the repository that {@link RtgoHome#find()} finds. */
    public Rp2040jsEmulator() {
        this(RtgoHome.find());
    }

    public Rp2040jsEmulator(Path rtgoHome) {
        this.harness = new NodeHarness(rtgoHome);
    }

    /**
     * {@inheritDoc}
     *
     * <p>The image is checked first ({@link ImageCheck}), so a file that is no RP2040 image is a
     * {@link BadImageException} whether or not Node.js is installed.
     */
    @Override
    public RunResult run(Path image, RunOptions options) throws IOException {
        if (options.maxCycles() <= 0 || options.maxCycles() > RunOptions.MAX_CYCLES
                || options.timeoutMillis() <= 0 || options.timeoutMillis() > RunOptions.MAX_TIMEOUT_MILLIS) {
            throw new IllegalArgumentException("maxCycles must be in 1.." + RunOptions.MAX_CYCLES
                    + " and timeoutMillis in 1.." + RunOptions.MAX_TIMEOUT_MILLIS + ": " + options);
        }
        if (!Files.isRegularFile(image)) {
            throw new NoSuchFileException(image.toString(), null, "no such image file");
        }
        ImageCheck.check(image);
        harness.ensureReady();
        Path report = Files.createTempFile("rtgo-emu-", ".report");
        try {
            return runHarness(image, options, report);
        } finally {
            Files.deleteIfExists(report);
        }
    }

    /**
     * Starts the harness as a GDB remote server ({@code run.mjs --gdb-port}, ci/emu/README.md): the
     * core waits at boot until gdb connects and continues; UART0 comes out of the process's stdout,
     * the harness's notes (the line "waiting for gdb on port N" once it listens) out of its stderr.
     * The harness ends when the program exits (its exit status) or gdb disconnects (0). The caller
     * owns the process.
     */
    public Process startGdbServer(Path image, int port, long maxCycles) throws IOException {
        if (!Files.isRegularFile(image)) {
            throw new NoSuchFileException(image.toString(), null, "no such image file");
        }
        ImageCheck.check(image);
        harness.ensureReady();
        List<String> command = List.of(NodeHarness.node(), harness.script().toString(),
                image.toAbsolutePath().toString(), "--gdb-port", Integer.toString(port),
                "--max-cycles", Long.toString(maxCycles));
        try {
            return new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new IOException("cannot start 'node': the rp2040js emulator needs Node.js >= "
                    + NodeHarness.MIN_NODE_MAJOR + " on the PATH", e);
        }
    }

    private RunResult runHarness(Path image, RunOptions options, Path report) throws IOException {
        List<String> command = new ArrayList<>(List.of(NodeHarness.node(), harness.script().toString(),
                image.toAbsolutePath().toString(), "--max-cycles", Long.toString(options.maxCycles()),
                "--timeout-ms", Long.toString(options.timeoutMillis()), "--report", report.toString()));
        if (options.recordGpio()) {
            command.add("--gpio");
        }
        if (!options.gpioInputs().isEmpty()) {
            command.add("--gpio-in");
            command.add(String.join(",", options.gpioInputs().stream().map(RunOptions.GpioInput::toString).toList()));
        }
        if (options.uartInput() != null) {
            command.add("--uart-in");
        }
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new IOException("cannot start 'node': the rp2040js emulator needs Node.js >= "
                    + NodeHarness.MIN_NODE_MAJOR + " on the PATH", e);
        }
        try {
            if (options.uartInput() != null) {
                feed(options.uartInput(), process);
            } else {
                process.getOutputStream().close();
            }
            Pump uart = new Pump(process.getInputStream(), options.uartSink());
            Pump diagnostics = new Pump(process.getErrorStream(), null);
            if (!process.waitFor(options.timeoutMillis() + GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
                // the harness missed its own deadline: all we know is the UART output so far
                stop(process);
                uart.join();
                return new RunResult(RunResult.Outcome.TIMEOUT, 0, 0, 0, uart.text(), List.of(), List.of(),
                        List.of());
            }
            uart.join();
            diagnostics.join();
            uart.rethrowSinkFailure();
            return result(process.exitValue(), report, uart, diagnostics.text());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while running " + image + " on rp2040js");
        } finally {
            stop(process);
        }
    }

    private static RunResult result(int exitCode, Path report, Pump uart, String diagnostics) throws IOException {
        String text = Files.size(report) == 0 ? "" : Files.readString(report, StandardCharsets.UTF_8);
        if (text.isEmpty() && exitCode == HARNESS_BAD_IMAGE) { // ImageCheck let through what the harness refused
            throw new BadImageException(diagnostics.strip());
        }
        if (text.isEmpty()) { // the harness writes its report after every run it could start
            throw new IOException("the rp2040js harness failed (exit code " + exitCode + "):\n" + diagnostics);
        }
        RunResult result;
        try {
            result = ReportParser.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IOException("unreadable rp2040js harness report: " + e.getMessage() + "\n" + diagnostics, e);
        }
        if (!result.uart().equals(uart.text())) {
            throw new IOException("the rp2040js harness wrote something other than UART0 bytes to stdout:\n"
                    + uart.text() + "\n" + diagnostics);
        }
        return result;
    }

    /**
     * Copies {@code in} into the harness's stdin (UART0's receiver) as bytes arrive, on a daemon
     * thread; the end of {@code in} closes stdin, which tells the harness no more input will come.
     */
    private static void feed(InputStream in, Process process) {
        Thread.ofPlatform().daemon().name("rp2040js-uart-in").start(() -> {
            byte[] buffer = new byte[256];
            try (OutputStream to = process.getOutputStream()) {
                for (int n; process.isAlive() && (n = in.read(buffer)) > 0; ) {
                    to.write(buffer, 0, n);
                    to.flush();
                }
            } catch (IOException e) {
                // the harness has ended
            }
        });
    }

    /** Ends the harness and anything it started; a no-op once it has exited. */
    private static void stop(Process process) throws InterruptedIOException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while stopping the rp2040js harness");
        }
    }

    /**
     * Copies one of the harness's output streams into memory, and into {@code sink} as it arrives. A
     * failing sink stops being fed but the stream is still drained, so the harness never blocks.
     */
    private static final class Pump {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final Thread thread;
        private OutputStream sink;
        private IOException sinkFailure;

        Pump(InputStream in, OutputStream sink) {
            this.sink = sink;
            this.thread = Thread.ofPlatform().daemon().name("rp2040js-output").start(() -> drain(in));
        }

        private void drain(InputStream in) {
            byte[] buffer = new byte[8192];
            try (in) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    synchronized (this) {
                        bytes.write(buffer, 0, n);
                    }
                    forward(buffer, n);
                }
            } catch (IOException e) {
                // the process was killed: what arrived so far is all there is
            }
        }

        private void forward(byte[] buffer, int n) {
            if (sink == null) {
                return;
            }
            try {
                sink.write(buffer, 0, n);
                sink.flush();
            } catch (IOException e) {
                sinkFailure = e;
                sink = null;
            }
        }

        void join() throws InterruptedException {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }

        void rethrowSinkFailure() throws IOException {
            if (sinkFailure != null) {
                throw new IOException("the UART sink failed", sinkFailure);
            }
        }
    }
}
