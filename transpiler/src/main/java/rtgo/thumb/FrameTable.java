package rtgo.thumb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rtgo.vm.abi.FrameTableLayout;
import rtgo.vm.abi.SymbolNames;

/**
 * The frame table {@code rtgo_frames} that lets the device print a Java stack trace (docs/abi.md,
 * "Frame table"): one entry per code range that holds call sites, in address order (functions,
 * their stack-check stubs, class-initialisation stubs), each saying how far above the range's
 * stack pointer the caller's frame starts and, for Java methods, the method's name, source file and
 * the line of every call site (a call's return address). The runtime's StackTrace walks the stack
 * with it; it only ever looks up return addresses, so code without calls needs no entry.
 *
 * <p>Table: {@code .word count}, then per entry (12 bytes) {@code .word start},
 * {@code .short frameBytes, flags}, {@code .word info}; a range ends where the next begins, and the
 * last entry (flags 0) marks the end of the code. {@code frameBytes}: caller's sp minus this
 * frame's sp at its call sites; the return address is the word just below the caller's sp (at the
 * frame's sp with {@link #LR_AT_SP}). {@code info}: 0 for frames that are not printed, else
 * {@code .word name, file} (NUL-terminated UTF-8; file 0 when the class has no SourceFile; left
 * out for runtime code, which is never printed), then, where {@code info} points,
 * {@code .word count} and per call site {@code .hword offset, landing, map, line} (8 bytes; 10 with
 * the inlined frames' record; 6, without the line, for runtime code): the return address's offset
 * from {@code start} in halfwords, the landing pad's in bytes, the map's (and the inlined
 * record's) distance from the table's start in halfwords. The assembler rejects a value that does
 * not fit in its halfword. The offsets and flags are those of
 * {@link FrameTableLayout}, which the runtime's StackTrace reads with.
 */
final class FrameTable {
    /** Flags, as the runtime's StackTrace reads them (one definition: {@link FrameTableLayout}). */
    static final int LR_SAVED = FrameTableLayout.LR_SAVED;
    static final int HIDDEN = FrameTableLayout.HIDDEN;
    static final int INIT_STUB = FrameTableLayout.INIT_STUB;
    static final int LR_AT_SP = FrameTableLayout.LR_AT_SP;

    /**
     * A call site: its return address, source line, the label of its landing pad (or null), its
     * stack map (or null) and the frames inlined at it (or null; then {@code line} is the line of
     * the outermost inlined call).
     */
    record Site(String expr, int line, String landing, String map, rtgo.ir.Inlined inlined) {}

    private record Entry(String start, int frameBytes, int flags, String name, String file, List<Site> sites, String flag) {}

    private final List<Entry> entries = new ArrayList<>();
    private final CStrings cStrings = new CStrings(".Lframe_str");

    /**
     * Adds the next code range, which runs to the next entry's start; entries must come in address
     * order. {@code name} null for code that prints no frame; {@code file} null when the class
     * has no SourceFile attribute.
     */
    void add(String start, int frameBytes, int flags, String name, String file, List<Site> sites) {
        if (frameBytes > FrameTableLayout.MAX_FRAME_BYTES) {
            throw new IllegalStateException("frame of " + frameBytes + " bytes in " + name);
        }
        entries.add(new Entry(start, frameBytes, flags, name, file, List.copyOf(sites), null));
    }

    /**
     * Adds a class-initialisation stub: it saves r4 with r0-r3 and lr; its info names the class
     * and its state byte {@code flag} (FrameTableLayout.INIT_INFO_NAME/FLAG), which the unwinder
     * marks erroneous when an exception leaves the initialiser.
     */
    void addInitStub(String start, String className, String flag) {
        entries.add(new Entry(start, FrameTableLayout.INIT_STUB_FRAME,
                LR_SAVED | HIDDEN | INIT_STUB | (1 << FrameTableLayout.SAVED_SHIFT), className, null, List.of(), flag));
    }

    /** The table as read-only data; {@code codeEnd} labels the end of the last range. */
    String render(String codeEnd) {
        StringBuilder sb = new StringBuilder("\n    .section .rodata\n    .balign 4\n    .global ")
                .append(SymbolNames.FRAMES).append('\n');
        sb.append(SymbolNames.FRAMES).append(":\n    .word ").append(entries.size() + 1).append('\n');
        StringBuilder infos = new StringBuilder();
        int n = 0;
        for (Entry e : entries) {
            String info = "0";
            if (e.flag() != null) {
                info = ".Lframe_info" + n++;
                infos.append("    .balign 4\n").append(info).append(":\n    .word ").append(cString(e.name())).append(", ").append(e.flag()).append('\n');
            } else if (e.name() != null || !e.sites().isEmpty()) {
                info = ".Lframe_info" + n++;
                boolean wide = e.sites().stream().anyMatch(s -> s.inlined() != null);
                // runtime frames are never printed: their records need no name, file or lines
                boolean noLine = !wide && (e.flags() & HIDDEN) != 0 && e.name() == null && e.file() == null;
                infos.append("    .balign 4\n");
                if (!noLine) { // name and file precede the label
                    infos.append("    .word ").append(cString(e.name())).append(", ").append(cString(e.file())).append('\n');
                }
                infos.append(info).append(":\n    .word ").append(e.sites().size()
                             | (wide ? FrameTableLayout.SITES_INLINED : 0)
                             | (noLine ? FrameTableLayout.SITES_NO_LINE : 0)).append('\n');
                for (Site s : e.sites()) {
                    infos.append("    .hword ((").append(s.expr()).append(") - ").append(e.start()).append(") / 2, ")
                         .append(s.landing() == null ? "0" : "(" + s.landing() + ") - " + e.start()).append(", ")
                         .append(fromTable(mapLabel(s.map())));
                    if (!noLine) {
                        infos.append(", ").append(Math.min(Math.max(s.line(), 0), 0xffff));
                    }
                    if (wide) {
                        infos.append(", ").append(fromTable(inlinedLabel(s.inlined())));
                    }
                    infos.append('\n');
                }
            }
            sb.append("    .word ").append(e.start()).append("\n    .short ").append(e.frameBytes()).append(", ")
              .append(e.flags()).append("\n    .word ").append(info).append('\n');
        }
        sb.append("    .word ").append(codeEnd).append("\n    .short 0, 0\n    .word 0\n");
        sb.append(infos);
        for (Map.Entry<String, String> m : maps.entrySet()) {
            sb.append("    .balign 2\n").append(m.getValue()).append(":\n    .hword ").append(m.getKey()).append('\n');
        }
        sb.append("    .balign 4\n").append(inlinedRecords);
        sb.append(cStrings.render());
        return sb.toString();
    }

    /** Inlined-frame records, shared by every site with the same frames. */
    private final Map<List<rtgo.ir.Inlined.Frame>, String> inlined = new LinkedHashMap<>();
    private final StringBuilder inlinedRecords = new StringBuilder();

    private String inlinedLabel(rtgo.ir.Inlined at) {
        if (at == null) {
            return "0";
        }
        if (at.frames().size() > FrameTableLayout.MAX_INLINED) {
            throw new IllegalStateException("code inlined " + at.frames().size() + " levels deep");
        }
        return inlined.computeIfAbsent(at.frames(), k -> {
            String label = ".Linlined" + inlined.size();
            inlinedRecords.append(label).append(":\n    .word ").append(k.size()).append('\n');
            for (rtgo.ir.Inlined.Frame fr : k) {
                inlinedRecords.append("    .word ").append(fr.method() == null ? "0" : cString(fr.method())).append(", ")
                        .append(fr.method() == null ? "0" : cString(fr.file())).append(", ")
                        .append(Math.min(Math.max(fr.line(), 0), 0xffff)).append('\n');
            }
            return label;
        });
    }

    /** Stack maps, shared by every site with the same one: map text to label. */
    private final Map<String, String> maps = new LinkedHashMap<>();

    private String mapLabel(String map) {
        return map == null ? "0" : maps.computeIfAbsent(map, k -> ".Lstack_map" + maps.size());
    }

    /** A label's distance from the table's start in halfwords, as a site stores it ("0" stays 0: none). */
    private static String fromTable(String label) {
        return label.equals("0") ? "0" : "(" + label + " - " + SymbolNames.FRAMES + ") / 2";
    }

    private String cString(String s) {
        return cStrings.label(s);
    }
}
