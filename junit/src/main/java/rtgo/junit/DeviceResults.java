package rtgo.junit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rtgo.emu.RunResult;

/**
 * What one test class's image did on the device: the outcome of every invocation (lifecycle
 * method, constructor, test) in the order it ran, with the output it printed, and how the run
 * ended. Parsed from UART0 by {@link #parse}; the frame format is described in the runtime's
 * {@code rtgo.runtime.junit.DeviceTests}.
 */
public final class DeviceResults {
    /** What an invocation called; the ordinals are the device's KIND_* numbers. */
    public enum Kind { BEFORE_ALL, BEFORE_EACH, TEST, AFTER_EACH, AFTER_ALL, CONSTRUCTOR }

    /**
     * One invocation: {@code index} numbers the method within its kind (the test's own number for
     * TEST), {@code test} the test it belongs to, -1 for the class's own (BEFORE_ALL, AFTER_ALL, a
     * PER_CLASS constructor).
     */
    public record Key(Kind kind, int index, int test) {}

    /**
     * An invocation's outcome: {@code finished} false when the image stopped inside it; a null
     * {@code failure} for one that returned normally.
     */
    public record Invocation(Key key, boolean finished, DeviceFailure failure, String output) {}

    private final DeviceTestPlan plan;
    private final Map<Key, Invocation> invocations;
    private final boolean complete;
    private final RunResult run;
    private final String stopReason;

    private DeviceResults(DeviceTestPlan plan, Map<Key, Invocation> invocations, boolean complete, RunResult run,
                          String stopReason) {
        this.plan = plan;
        this.invocations = invocations;
        this.complete = complete;
        this.run = run;
        this.stopReason = stopReason;
    }

    /** The invocations in the order the device ran them. */
    public List<Invocation> invocations() {
        return List.copyOf(invocations.values());
    }

    /** The invocation, or null when the device never started it. */
    public Invocation invocation(Key key) {
        return invocations.get(key);
    }

    /** Whether the runner ran to its end (every planned invocation reported). */
    public boolean complete() {
        return complete;
    }

    /** The emulator's account of the run (outcome, cycles, all of UART0). */
    public RunResult run() {
        return run;
    }

    /** Why the image stopped before its end, or null when it completed. */
    public String stopReason() {
        return stopReason;
    }

    /**
     * The outcome of {@code key} as the host should report it: null when it returned normally, the
     * device's throwable (see {@link DeviceFailure#toThrowable}), or a {@link DeviceStoppedException}
     * when the image stopped inside it or before it.
     */
    public Throwable outcome(Key key) {
        Invocation inv = invocations.get(key);
        if (inv != null && inv.finished()) {
            return inv.failure() == null ? null : inv.failure().toThrowable();
        }
        if (complete) {
            return new IllegalStateException("the device did not run " + describe(key) + ", but the host's JUnit"
                    + " did: rtgo-junit's plan and Jupiter disagree (a bug in rtgo-junit; please report it)");
        }
        Invocation last = invocations.isEmpty() ? null : new ArrayList<>(invocations.values()).getLast();
        boolean stoppedInside = last != null && !last.finished();
        String said = stoppedInside ? last.output().strip() : "";
        String lastOutput = said.isEmpty() ? "" : "\nthe device's last output:\n" + said;
        if (inv != null) {
            return new DeviceStoppedException(describe(key) + " did not finish on the device: " + stopReason + lastOutput);
        }
        String where = stoppedInside ? " in " + describe(last.key()) : "";
        return new DeviceStoppedException("not run: the device stopped earlier" + where + ": " + stopReason + lastOutput);
    }

    /** {@code test pkg.Cls.m()}, {@code @BeforeEach pkg.Cls.setUp()}, for messages. */
    public String describe(Key key) {
        return switch (key.kind()) {
            case BEFORE_ALL -> "@BeforeAll " + plan.beforeAll().get(key.index());
            case BEFORE_EACH -> "@BeforeEach " + plan.beforeEach().get(key.index());
            case TEST -> "test " + plan.tests().get(key.index());
            case AFTER_EACH -> "@AfterEach " + plan.afterEach().get(key.index());
            case AFTER_ALL -> "@AfterAll " + plan.afterAll().get(key.index());
            case CONSTRUCTOR -> "the constructor of " + plan.testClass();
        };
    }

    // ---- parsing ------------------------------------------------------------------------------------

    /** The results in {@code run}'s UART0 output for {@code plan}, with the limits the run had. */
    static DeviceResults parse(DeviceTestPlan plan, RunResult run, long maxCycles, long timeoutMillis) {
        String uart = run.uart();
        Map<Key, Invocation> found = new LinkedHashMap<>();
        boolean complete = false;
        Key current = null;
        StringBuilder output = new StringBuilder();
        int pos = 0;
        while (pos < uart.length()) {
            int mark = uart.indexOf('\u0001', pos);
            int eol = mark < 0 ? -1 : uart.indexOf('\n', mark);
            if (eol < 0) {
                output.append(uart, pos, uart.length()); // program output, or a frame the stop cut short
                break;
            }
            output.append(uart, pos, mark);
            String frame = uart.substring(mark + 1, eol);
            pos = eol + 1;
            char code = frame.isEmpty() ? '?' : frame.charAt(0);
            if (code == 'B' || code == 'E' || code == 'X') {
                if (!output.isEmpty() && output.charAt(output.length() - 1) == '\n') {
                    output.setLength(output.length() - 1); // the newline the device put before the frame
                }
                Key key = key(frame);
                if (code == 'B') {
                    current = key;
                } else if (code == 'E') {
                    found.put(key, new Invocation(key, true, null, output.toString()));
                    current = null;
                } else {
                    List<String> lines = new ArrayList<>();
                    while (pos < uart.length() && uart.charAt(pos) == '\u0001') {
                        int end = uart.indexOf('\n', pos);
                        if (end < 0) {
                            break;
                        }
                        String l = uart.substring(pos + 1, end);
                        pos = end + 1;
                        if (l.startsWith("Z")) {
                            break;
                        }
                        lines.add(l);
                    }
                    found.put(key, new Invocation(key, true, failure(lines), output.toString()));
                    current = null;
                }
                output.setLength(0);
            } else if (code == 'D') {
                complete = true;
            }
        }
        if (current != null) {
            found.put(current, new Invocation(current, false, null, output.toString()));
        }
        String reason = complete ? null : stopReason(run, maxCycles, timeoutMillis);
        return new DeviceResults(plan, Collections.unmodifiableMap(found), complete, run, reason);
    }

    private static Key key(String frame) {
        String[] p = frame.substring(2).split("\\.");
        return new Key(Kind.values()[Integer.parseInt(p[0])], Integer.parseInt(p[1]), Integer.parseInt(p[2]));
    }

    /** T/V/W/F lines of each throwable of a chain, C between them: the chain, outermost first. */
    private static DeviceFailure failure(List<String> lines) {
        List<List<String>> levels = new ArrayList<>();
        levels.add(new ArrayList<>());
        for (String l : lines) {
            if (l.startsWith("C")) {
                levels.add(new ArrayList<>());
            } else {
                levels.getLast().add(l);
            }
        }
        DeviceFailure cause = null;
        for (int i = levels.size() - 1; i >= 0; i--) {
            String cls = "java.lang.Throwable";
            String message = null;
            String expected = null;
            String actual = null;
            List<String> frames = new ArrayList<>();
            for (String l : levels.get(i)) {
                switch (l.charAt(0)) {
                    case 'T' -> {
                        int space = l.indexOf(' ', 2);
                        cls = l.substring(2, space);
                        message = unescape(l.substring(space + 1));
                    }
                    case 'V' -> expected = unescape(l.substring(2));
                    case 'W' -> actual = unescape(l.substring(2));
                    case 'F' -> frames.add(l.substring(1));
                    default -> { }
                }
            }
            cause = new DeviceFailure(cls, message, expected, actual, frames, cause);
        }
        return cause;
    }

    /** "-" is null; "=text" is text with \\, \n, \r and \1 escaped. */
    static String unescape(String s) {
        if (s.equals("-")) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(switch (n) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case '1' -> '\u0001';
                    default -> n;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String stopReason(RunResult run, long maxCycles, long timeoutMillis) {
        return switch (run.outcome()) {
            case CYCLE_LIMIT -> "it hit the cycle limit of " + maxCycles + " cycles (" + String.format(java.util.Locale.ROOT, "%.2f", maxCycles / 125e6)
                    + " s at 125 MHz), so it probably loops for ever; if it is only slow, raise rtgo.junit.maxCycles";
            case TIMEOUT -> "the run took longer than " + timeoutMillis / 1000.0 + " s of wall-clock time"
                    + " (rtgo.junit.timeoutSeconds)";
            case EXITED -> "the program exited with status " + run.exitStatus()
                    + " (a panic, an uncaught exception in another thread, or System.exit)";
            case SLEEPING -> "the core went to sleep with nothing left to wake it (every thread waits)";
            case EMULATOR_WARNING -> "the emulator stopped: " + String.join("; ", run.warnings());
            case BREAKPOINT -> "the program hit a breakpoint";
        };
    }
}
