package rtgo.maven;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import rtgo.driver.BuildResult;
import rtgo.emu.BadImageException;
import rtgo.emu.Rp2040jsEmulator;
import rtgo.emu.RunOptions;
import rtgo.emu.RunResult;

/**
 * {@code rtgo:run}: compiles the project (a forked {@code compile}), builds the image as
 * {@code rtgo:build} does and runs it on the emulated RP2040 (rp2040js), with what the program
 * writes to UART0 in the Maven log line by line. The build fails unless the program exits with
 * status 0: a non-zero {@code System.exit}, an uncaught exception, a limit passed, or a core asleep
 * for ever each fail it with the reason, as {@code rtgo run} reports them.
 */
@Mojo(name = "run", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public final class RunMojo extends AbstractRtgoMojo {
    /** Stop after this many CPU cycles (125,000,000 make a second at the Pico's 125 MHz). */
    @Parameter(property = "rtgo.maxCycles", defaultValue = "" + RunOptions.DEFAULT_MAX_CYCLES)
    long maxCycles;

    /** Stop after this many seconds of wall-clock time. */
    @Parameter(property = "rtgo.timeout", defaultValue = "" + RunOptions.DEFAULT_TIMEOUT_MILLIS / 1000)
    double timeout;

    /** Drive input pins, as the CLI's --gpio-in: {@code 14@50000000=0,14@52000000=1}. */
    @Parameter(property = "rtgo.gpioIn")
    String gpioIn;

    @Override
    void executeGoal() throws MojoExecutionException, MojoFailureException {
        List<RunOptions.GpioInput> inputs;
        try {
            inputs = gpioIn == null ? List.of() : RunOptions.GpioInput.parseList(gpioIn.strip());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("rtgo.gpioIn: " + e.getMessage());
        }
        if (!(timeout > 0 && timeout * 1000 <= RunOptions.MAX_TIMEOUT_MILLIS)
                || maxCycles < 1 || maxCycles > RunOptions.MAX_CYCLES) {
            throw new MojoFailureException("rtgo.timeout must be from 0.001 to " + RunOptions.MAX_TIMEOUT_MILLIS / 1000
                    + " seconds and rtgo.maxCycles from 1 to " + RunOptions.MAX_CYCLES + "; they are " + timeout
                    + " and " + maxCycles);
        }
        BuildResult image = build(buildOptions());
        Rp2040jsEmulator emulator = new Rp2040jsEmulator(home());
        RunResult result;
        getLog().info("rtgo: running " + shown(image.elf()) + " on the emulated RP2040 (UART0 below)");
        try (UartLog uart = new UartLog(getLog())) {
            result = emulator.run(image.elf(), RunOptions.defaults()
                    .withMaxCycles(maxCycles)
                    .withTimeoutMillis(Math.max(1, Math.round(timeout * 1000)))
                    .withUartSink(uart)
                    .withGpioInputs(inputs));
        } catch (BadImageException e) {
            throw new MojoExecutionException("rtgo: " + e.getMessage(), e);
        } catch (IOException | IllegalStateException e) {
            throw new MojoExecutionException("rtgo: cannot run the emulator: " + e.getMessage()
                    + "\n  hint: it needs Node.js >= 18 and ci/emu/node_modules: run ci/setup in the rtgo repository", e);
        }
        for (String w : result.warnings()) {
            getLog().warn("rtgo: emulator: " + w);
        }
        String cycles = String.format(Locale.ROOT, "%,d", result.cycles());
        String reason = result.stopReason(timeout + " s (rtgo.timeout)", "rtgo.maxCycles");
        if (reason != null) {
            throw new MojoFailureException("rtgo: " + reason);
        }
        if (result.exitStatus() != 0) {
            throw new MojoFailureException("rtgo: the program exited with status " + result.exitStatus()
                    + " after " + cycles + " cycles");
        }
        getLog().info("rtgo: the program exited with status 0 after " + cycles + " cycles");
    }

    /**
     * UART0 into the Maven log, one log line per device line (bytes decoded as UTF-8 per line, so a
     * character split across writes stays whole); what is left without a newline is logged at close.
     */
    private static final class UartLog extends OutputStream {
        private final Log log;
        private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

        UartLog(Log log) {
            this.log = log;
        }

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                emit();
            } else if (b != '\r') {
                line.write(b);
            }
        }

        private void emit() {
            log.info("[pico] " + line.toString(StandardCharsets.UTF_8));
            line.reset();
        }

        @Override
        public synchronized void close() {
            if (line.size() > 0) {
                emit();
            }
        }
    }
}
