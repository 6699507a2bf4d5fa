package rtgo.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * "rtgo: building hello... 3 s" on stderr while a build runs longer than a second, rewritten in
 * place once a second and erased when the build ends, so a quick build prints nothing and a slow
 * one shows it is alive. Only on a terminal: in a pipe or a log the line would be noise.
 */
final class Progress implements AutoCloseable {
    static final long DELAY_MILLIS = 1000;

    private final Thread ticker;
    private volatile boolean done;
    private boolean shown;

    private Progress(String what, PrintWriter err) {
        long start = System.nanoTime();
        ticker = Thread.ofPlatform().daemon().name("rtgo-progress").start(() -> {
            try {
                Thread.sleep(DELAY_MILLIS);
                while (!done) {
                    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
                    synchronized (this) {
                        if (done) {
                            return;
                        }
                        err.print(String.format(Locale.ROOT, "\rrtgo: %s... %d s", what, seconds));
                        err.flush();
                        shown = true;
                    }
                    Thread.sleep(1000);
                }
            } catch (InterruptedException e) {
                // closed
            }
        });
        this.err = err;
    }

    private final PrintWriter err;

    /** Starts showing progress for {@code what} ("building hello") if {@code enabled}; else does nothing. */
    static Progress start(String what, PrintWriter err, boolean enabled) {
        return enabled ? new Progress(what, err) : null;
    }

    /** Starts progress on a terminal only. */
    static Progress onTerminal(String what, PrintWriter err) {
        return start(what, err, CliSupport.interactive());
    }

    @Override
    public void close() {
        done = true;
        ticker.interrupt();
        synchronized (this) {
            if (shown) {
                err.print("\r\033[K"); // back to the line's start and erase it
                err.flush();
            }
        }
    }
}
