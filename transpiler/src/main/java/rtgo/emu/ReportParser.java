package rtgo.emu;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the report that {@code ci/emu/run.mjs --report FILE} writes (format in ci/emu/README.md) into a
 * {@link RunResult}. One record per line, a keyword and space-separated fields, free text last and
 * percent-escaped; keywords this reader does not know are skipped so the harness can add records.
 * A report without its header or its {@code end} line was cut short and is rejected.
 */
public final class ReportParser {
    static final String HEADER = "rtgo-emu-report 1";

    private ReportParser() {}

    /** Parses a whole report; throws IllegalArgumentException naming the line that is wrong. */
    public static RunResult parse(String report) {
        String[] lines = report.split("\n", -1);
        if (lines.length == 0 || !lines[0].equals(HEADER)) {
            throw new IllegalArgumentException("not an rtgo emulator report (first line is not '" + HEADER + "')");
        }
        RunResult.Outcome outcome = null;
        int exitStatus = 0;
        long cycles = 0;
        long slept = 0;
        boolean ended = false;
        StringBuilder uart = new StringBuilder();
        List<RunResult.UartLine> uartLines = new ArrayList<>();
        List<RunResult.GpioChange> gpio = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int i = 1; i < lines.length && !ended; i++) {
            String line = lines[i];
            String[] f = line.split(" ", 4);
            try {
                switch (f[0]) {
                    case "outcome" -> outcome = outcome(f[1]);
                    case "exit-status" -> exitStatus = Integer.parseInt(f[1]);
                    case "cycles" -> cycles = Long.parseLong(f[1]);
                    case "slept-cycles" -> slept = Long.parseLong(f[1]);
                    case "uart-line", "uart-tail" -> {
                        String[] g = line.split(" ", 3);
                        String text = unescape(g[2]);
                        uartLines.add(new RunResult.UartLine(Long.parseLong(g[1]), text));
                        uart.append(text);
                        if (f[0].equals("uart-line")) {
                            uart.append('\n');
                        }
                    }
                    case "gpio" -> gpio.add(new RunResult.GpioChange(Integer.parseInt(f[1]), bit(f[2]),
                            Long.parseLong(f[3])));
                    case "warning" -> warnings.add(unescape(line.split(" ", 2)[1]));
                    case "end" -> ended = true;
                    default -> { } // breakpoint, pc, message, ...: not part of RunResult
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("bad report line " + (i + 1) + ": '" + line + "': " + e.getMessage(), e);
            }
        }
        if (!ended) {
            throw new IllegalArgumentException("report is cut short (no 'end' line)");
        }
        if (outcome == null) {
            throw new IllegalArgumentException("report has no outcome");
        }
        return new RunResult(outcome, exitStatus, cycles, slept, uart.toString(), List.copyOf(uartLines),
                List.copyOf(gpio), List.copyOf(warnings));
    }

    /** The harness's outcome names are RunResult's. */
    static RunResult.Outcome outcome(String name) {
        return RunResult.Outcome.valueOf(name);
    }

    private static boolean bit(String s) {
        return switch (s) {
            case "0" -> false;
            case "1" -> true;
            default -> throw new IllegalArgumentException("level must be 0 or 1");
        };
    }

    /** Undoes the harness's %XX escapes and decodes the bytes as UTF-8. */
    static String unescape(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    throw new IllegalArgumentException("truncated %XX escape");
                }
                bytes.write(Integer.parseInt(text, i + 1, i + 3, 16));
                i += 2;
            } else if (c > ' ' && c < 0x7f) {
                bytes.write(c);
            } else {
                throw new IllegalArgumentException("unescaped character " + (int) c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
