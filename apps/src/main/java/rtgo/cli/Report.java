package rtgo.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import rtgo.driver.BuildResult;

/**
 * How rtgo shows results to a person: paths relative to where they stand, sizes in bytes with the
 * KiB figure and the share of the Pico's memory beside them, so that "does it still fit" is answered
 * at a glance after every build.
 */
final class Report {
    private Report() {}

    /** The Pico's flash chip (W25Q16JV): 2 MiB. Boards with other RP2040 modules may have more. */
    static final int PICO_FLASH_BYTES = 2 * 1024 * 1024;
    /** RP2040 SRAM, 0x20000000..0x20042000 (datasheet 2.2, address map); heap and stack share it. */
    static final int RP2040_RAM_BYTES = 264 * 1024;

    /** {@code p} relative to the current directory when it is below it, else as given. */
    static String path(Path p) {
        Path here = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(here) && !abs.equals(here) ? here.relativize(abs).toString() : p.toString();
    }

    /** "12,345 bytes (12.1 KiB)", or "512 bytes" when a KiB figure would say nothing more. */
    static String bytes(int n) {
        String exact = String.format(Locale.ROOT, "%,d bytes", n);
        if (n < 1024) {
            return exact;
        }
        return exact + String.format(Locale.ROOT, " (%.1f KiB)", n / 1024.0);
    }

    /** "0.6% of 2 MiB": the share with one decimal, never rounded down to a misleading 0.0%. */
    static String share(int n, int total, String totalName) {
        double pct = 100.0 * n / total;
        String shown = n > 0 && pct < 0.1 ? "<0.1" : String.format(Locale.ROOT, "%.1f", pct);
        return shown + "% of " + totalName;
    }

    /** The lines `rtgo build` prints: what was written, then the size report. */
    static List<String> build(BuildResult r) {
        List<String> lines = new ArrayList<>();
        lines.add("Built " + path(r.uf2()) + " (" + r.methods() + " methods)");
        lines.add(row("uf2", path(r.uf2()) + "   copy onto the Pico's USB drive (RPI-RP2)"));
        lines.add(row("elf", path(r.elf()) + "   for rtgo run, gdb and objdump"));
        lines.add(row("bin", path(r.bin()) + "   raw flash image from 0x10000000"));
        if (r.assembly() != null) {
            lines.add(row("assembly", path(r.assembly())));
        }
        lines.add(row("flash", bytes(r.flashBytes()) + ", "
                + share(r.flashBytes(), PICO_FLASH_BYTES, "2 MiB")));
        lines.add(row("RAM", bytes(r.ramBytes()) + " of static fields, "
                + share(r.ramBytes(), RP2040_RAM_BYTES, "264 KiB") + "; heap and stack use the rest"));
        return lines;
    }

    private static String row(String label, String text) {
        return String.format(Locale.ROOT, "  %-9s %s", label, text);
    }
}
