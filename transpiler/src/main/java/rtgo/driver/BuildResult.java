package rtgo.driver;

import java.nio.file.Path;

/**
 * What a successful build wrote.
 *
 * @param uf2        the UF2 image (drag-and-drop onto the Pico's USB drive)
 * @param elf        the linked ELF (for the emulator, gdb and objdump)
 * @param bin        the raw flash image starting at 0x10000000
 * @param assembly   the generated assembler source, or null when not kept
 * @param flashBytes bytes of flash used (boot2, vectors, code, read-only data, .data initialisers)
 * @param ramBytes   bytes of RAM taken statically (.data + .bss), heap and stack not counted
 * @param methods    number of methods compiled
 * @param codeSizes  bytes of code (with literal pools) per method, largest first
 * @param allocations every place that allocates on the heap: "File.java:line: what (in Class.method)"
 */
public record BuildResult(Path uf2, Path elf, Path bin, Path assembly, int flashBytes, int ramBytes,
                          int methods, java.util.List<CodeSize> codeSizes, java.util.List<String> allocations) {

    /** A method and the flash its code takes. */
    public record CodeSize(String method, int bytes) {}
}
