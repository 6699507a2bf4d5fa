package rtgo.driver;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import rtgo.link.ElfFile;

/**
 * Where an image's flash and RAM go, by class and by method, read back from the ELF's symbols:
 * what people look at to make a program fit a Pico (TinyGo's {@code -size}, Arm's {@code size}).
 *
 * <p>Design note. rtgo's symbols name every Java method ({@code "J:pkg.Cls.m(desc)"}) and static
 * field ({@code "S:pkg.Cls.f"}). A symbol's size is taken as the distance to the next symbol in its
 * section (or the section's end), so a method's bytes include its literal pools and the padding
 * after it, and nothing is counted twice or left out: the parts add up to the sections. The
 * start-up code, vectors and boot2 are listed under their own names; read-only data (type
 * descriptors, strings, jump tables, the frame table) has few symbols and is given as one figure.
 * Reading the ELF rather than the compiler's own figures means any image can be inspected, also one
 * built earlier.
 */
public record SizeReport(int flash, int ram, int code, int readOnly, int staticFields,
                         List<Item> methods, List<Item> classCode, List<Item> fields, List<Item> classFields) {

    /** One method, field or class: its bytes, and for a class how many members they are. */
    public record Item(String name, int bytes, int count) {}

    private static final int FLASH_START = 0x10000000;
    private static final int FLASH_END = 0x11000000;

    /** Reads {@code elf}, an image rtgo built. */
    public static SizeReport of(Path elf) throws IOException {
        ElfFile file = ElfFile.read(elf);
        int flash = 0;
        int ram = 0;
        int code = 0;
        int readOnly = 0;
        int data = 0;
        List<Item> methods = new ArrayList<>();
        List<Item> fields = new ArrayList<>();
        for (ElfFile.Section s : file.sections()) {
            if ((s.flags() & ElfFile.Section.SHF_ALLOC) == 0 || s.size() == 0) {
                continue;
            }
            boolean inFlash = Integer.compareUnsigned(s.address(), FLASH_START) >= 0
                    && Integer.compareUnsigned(s.address(), FLASH_END) < 0;
            boolean loaded = s.type() != ElfFile.Section.SHT_NOBITS;
            if (inFlash || loaded) {
                flash += s.size(); // .data's initial values are in flash too
            }
            if (!inFlash) {
                ram += s.size();
            }
            switch (s.name()) {
                case ".text" -> {
                    code += s.size();
                    methods.addAll(members(file, s, "J:"));
                }
                case ".rodata" -> readOnly += s.size();
                case ".data", ".bss" -> {
                    data += s.size();
                    fields.addAll(members(file, s, "S:"));
                }
                default -> { }
            }
        }
        Comparator<Item> largest = Comparator.comparingInt(Item::bytes).reversed().thenComparing(Item::name);
        methods.sort(largest);
        fields.sort(largest);
        return new SizeReport(flash, ram, code, readOnly, data, methods, byClass(methods, largest),
                fields, byClass(fields, largest));
    }

    /**
     * The symbols in section {@code s} with their extents; those with {@code prefix} under their
     * Java names, others (start-up code, runtime words) as they are.
     */
    private static List<Item> members(ElfFile file, ElfFile.Section s, String prefix) {
        TreeMap<Integer, String> byAddress = new TreeMap<>();
        for (Map.Entry<String, Integer> e : file.symbols().entrySet()) {
            int address = e.getValue() & ~1; // Thumb functions' symbols carry bit 0
            String name = e.getKey();
            if (name.isEmpty() || name.startsWith("$") || Integer.compareUnsigned(address, s.address()) < 0
                    || Integer.compareUnsigned(address, s.address() + s.size()) >= 0) {
                continue;
            }
            // of several names at one address, prefer the Java one, then the shorter
            byAddress.merge(address, name, (a, b) -> a.startsWith(prefix) != b.startsWith(prefix)
                    ? (a.startsWith(prefix) ? a : b) : a.length() <= b.length() ? a : b);
        }
        List<Item> items = new ArrayList<>();
        int start = s.address();
        String name = null;
        for (Map.Entry<Integer, String> e : byAddress.entrySet()) {
            if (name != null || e.getKey() != start) {
                items.add(new Item(name == null ? "(before the first symbol)" : javaName(name, prefix), e.getKey() - start, 1));
            }
            start = e.getKey();
            name = e.getValue();
        }
        items.add(new Item(name == null ? "(no symbols)" : javaName(name, prefix), s.address() + s.size() - start, 1));
        items.removeIf(i -> i.bytes() == 0);
        return items;
    }

    /** "J:demo.Blink.main([Ljava/lang/String;)V" as "demo.Blink.main([Ljava/lang/String;)V". */
    private static String javaName(String symbol, String prefix) {
        return symbol.startsWith(prefix) ? symbol.substring(prefix.length()) : "(" + symbol + ")";
    }

    /** Members summed by class; non-Java symbols under "(start-up code and runtime data)". */
    private static List<Item> byClass(List<Item> members, Comparator<Item> order) {
        Map<String, int[]> sums = new LinkedHashMap<>();
        for (Item m : members) {
            String cls = className(m.name());
            int[] sum = sums.computeIfAbsent(cls, k -> new int[2]);
            sum[0] += m.bytes();
            sum[1]++;
        }
        List<Item> classes = new ArrayList<>();
        sums.forEach((cls, sum) -> classes.add(new Item(cls, sum[0], sum[1])));
        classes.sort(order);
        return classes;
    }

    /** The class of a member name: before the last dot ahead of any parameter list. */
    static String className(String member) {
        if (member.startsWith("(")) {
            return "(start-up code and runtime data)";
        }
        int paren = member.indexOf('(');
        String head = paren < 0 ? member : member.substring(0, paren);
        int dot = head.lastIndexOf('.');
        return dot < 0 ? head : head.substring(0, dot);
    }
}
