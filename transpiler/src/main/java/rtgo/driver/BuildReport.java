package rtgo.driver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How a finished build is shown to a person, in the words every front end uses (the CLI prints these
 * lines, the Maven plugin logs them): what was written, then sizes in bytes with the KiB figure and
 * the share of the Pico's memory beside them, so that "does it still fit" is answered at a glance
 * after every build; on request the largest methods and the places that allocate.
 *
 * <p>Design note. The text lives beside the tool API rather than in one front end so that the CLI
 * and the Maven plugin cannot drift apart: they differ only in how a path is shown (relative to the
 * current directory for the CLI, to the project for Maven), which the caller passes in.
 */
public final class BuildReport {
    private BuildReport() {}

    /** The Pico's flash chip (W25Q16JV): 2 MiB. Boards with other RP2040 modules may have more. */
    public static final int PICO_FLASH_BYTES = 2 * 1024 * 1024;
    /** RP2040 SRAM, 0x20000000..0x20042000 (datasheet 2.2, address map); heap and stack share it. */
    public static final int RP2040_RAM_BYTES = 264 * 1024;
    /** How many methods {@link #largestMethods} lists. */
    public static final int LARGEST_METHODS = 20;

    /** "12,345 bytes (12.1 KiB)", or "512 bytes" when a KiB figure would say nothing more. */
    public static String bytes(int n) {
        String exact = String.format(Locale.ROOT, "%,d bytes", n);
        if (n < 1024) {
            return exact;
        }
        return exact + String.format(Locale.ROOT, " (%.1f KiB)", n / 1024.0);
    }

    /** "0.6% of 2 MiB": the share with one decimal, never rounded down to a misleading 0.0%. */
    public static String share(int n, int total, String totalName) {
        double pct = 100.0 * n / total;
        String shown = n > 0 && pct < 0.1 ? "<0.1" : String.format(Locale.ROOT, "%.1f", pct);
        return shown + "% of " + totalName;
    }

    /** What was written, then the size report; {@code shown} words each path. */
    public static List<String> summary(BuildResult r, Function<Path, String> shown) {
        List<String> lines = new ArrayList<>();
        lines.add("Built " + shown.apply(r.uf2()) + " (" + r.methods() + " methods)");
        lines.add(row("uf2", shown.apply(r.uf2()) + "   copy onto the Pico's USB drive (RPI-RP2)"));
        lines.add(row("elf", shown.apply(r.elf()) + "   for rtgo run, gdb and objdump"));
        lines.add(row("bin", shown.apply(r.bin()) + "   raw flash image from 0x10000000"));
        if (r.assembly() != null) {
            lines.add(row("assembly", shown.apply(r.assembly())));
        }
        lines.add(row("flash", bytes(r.flashBytes()) + ", "
                + share(r.flashBytes(), PICO_FLASH_BYTES, "2 MiB")));
        lines.add(row("RAM", bytes(r.ramBytes()) + " of static fields, "
                + share(r.ramBytes(), RP2040_RAM_BYTES, "264 KiB") + "; heap and stack use the rest"));
        return lines;
    }

    /** The {@value #LARGEST_METHODS} largest methods with the flash their code takes, under a heading. */
    public static List<String> largestMethods(BuildResult r) {
        List<String> lines = new ArrayList<>();
        lines.add("Largest methods (code and literal pools):");
        r.codeSizes().stream().limit(LARGEST_METHODS)
                .forEach(c -> lines.add(String.format(Locale.ROOT, "  %,7d B  %s", c.bytes(), c.method())));
        return lines;
    }

    /**
     * Checks a --print-allocs filter before a build: null when {@code regex} is a regular
     * expression, else what is wrong with it, worded to follow the filter as the front end spells it.
     */
    public static String checkAllocationFilter(String regex) {
        try {
            Pattern.compile(regex);
            return null;
        } catch (PatternSyntaxException e) {
            return "is not a regular expression: " + e.getDescription();
        }
    }

    /**
     * The places the program's own code allocates on the heap, in the methods whose "Class.method"
     * name matches {@code regex} (found anywhere in the name), under a heading; or one line saying
     * there are none.
     */
    public static List<String> allocations(BuildResult r, String regex) {
        Pattern p = Pattern.compile(regex);
        List<String> lines = new ArrayList<>();
        for (String a : r.allocations()) {
            if (p.matcher(a.substring(a.lastIndexOf("(in ") + 4, a.length() - 1)).find()) {
                lines.add("  " + a);
            }
        }
        lines.add(0, lines.isEmpty() ? "No heap allocations in the program's own code."
                : "Heap allocations in the program's own code:");
        return lines;
    }

    private static String row(String label, String text) {
        return String.format(Locale.ROOT, "  %-9s %s", label, text);
    }
}
