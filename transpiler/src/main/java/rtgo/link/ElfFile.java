package rtgo.link;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A minimal reader for the 32-bit little-endian ELF files arm-none-eabi-ld writes: section headers
 * and the symbol table, enough to report sizes and to let tests check addresses. Layout from the
 * System V ABI, "Object Files" (ELF header, section header, Elf32_Sym).
 */
public final class ElfFile {
    /** One section header. {@code type} 8 (SHT_NOBITS) means it takes no file space, like .bss. */
    public record Section(String name, int type, int flags, int address, int offset, int size) {
        public static final int SHT_SYMTAB = 2;
        public static final int SHT_NOBITS = 8;
        public static final int SHF_ALLOC = 0x2;
    }

    private final List<Section> sections;
    private final Map<String, Integer> symbols;

    private ElfFile(List<Section> sections, Map<String, Integer> symbols) {
        this.sections = List.copyOf(sections);
        this.symbols = Map.copyOf(symbols);
    }

    /** Reads {@code file}. */
    public static ElfFile read(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        if (b.limit() < 52 || b.getInt(0) != 0x464C457F) {
            throw new IOException(file + " is not an ELF file");
        }
        if (b.get(4) != 1 || b.get(5) != 1) {
            throw new IOException(file + " is not a 32-bit little-endian ELF file");
        }
        int shoff = b.getInt(0x20);
        int shentsize = Short.toUnsignedInt(b.getShort(0x2E));
        int shnum = Short.toUnsignedInt(b.getShort(0x30));
        int shstrndx = Short.toUnsignedInt(b.getShort(0x32));

        int[][] raw = new int[shnum][];
        for (int i = 0; i < shnum; i++) {
            int h = shoff + i * shentsize;
            // name, type, flags, addr, offset, size, link
            raw[i] = new int[] {b.getInt(h), b.getInt(h + 4), b.getInt(h + 8), b.getInt(h + 12),
                    b.getInt(h + 16), b.getInt(h + 20), b.getInt(h + 24)};
        }
        int namesOffset = raw[shstrndx][4];
        List<Section> sections = new ArrayList<>();
        for (int[] h : raw) {
            sections.add(new Section(string(b, namesOffset + h[0]), h[1], h[2], h[3], h[4], h[5]));
        }

        Map<String, Integer> symbols = new HashMap<>();
        for (int[] h : raw) {
            if (h[1] != Section.SHT_SYMTAB) {
                continue;
            }
            int stringsOffset = raw[h[6]][4];
            for (int entry = h[4]; entry + 16 <= h[4] + h[5]; entry += 16) {
                int nameIndex = b.getInt(entry);
                if (nameIndex != 0) {
                    // Globals come after locals in a symtab, so a global wins over a same-named local.
                    symbols.put(string(b, stringsOffset + nameIndex), b.getInt(entry + 4));
                }
            }
        }
        return new ElfFile(sections, symbols);
    }

    private static String string(ByteBuffer b, int offset) {
        int end = offset;
        while (b.get(end) != 0) {
            end++;
        }
        return new String(b.array(), offset, end - offset, StandardCharsets.ISO_8859_1);
    }

    public List<Section> sections() {
        return sections;
    }

    public Optional<Section> section(String name) {
        return sections.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** Every named symbol with its value (for a Thumb function, the address with bit 0 set). */
    public Map<String, Integer> symbols() {
        return symbols;
    }

    /** The value of symbol {@code name}, if the symbol table has it. */
    public Optional<Integer> symbol(String name) {
        return Optional.ofNullable(symbols.get(name));
    }

    /** The value of symbol {@code name}; the caller knows it exists (a linker script symbol). */
    public int requireSymbol(String name) throws IOException {
        Integer value = symbols.get(name);
        if (value == null) {
            throw new IOException("symbol " + name + " is missing from the ELF file");
        }
        return value;
    }
}
