package rtgo.link;

import java.nio.file.Path;

/**
 * What a successful link wrote.
 *
 * @param elf        the linked ELF (emulator, gdb, objdump)
 * @param bin        the flat flash image from 0x10000000
 * @param uf2        the same image as UF2 for the bootrom's USB drive
 * @param flashBytes flash used: boot2, vectors, code, read-only data and the .data initialisers
 *                   (the length of {@code bin})
 * @param ramBytes   RAM taken statically: .data + .bss (heap and stack not counted)
 */
public record LinkResult(Path elf, Path bin, Path uf2, int flashBytes, int ramBytes) {
}
