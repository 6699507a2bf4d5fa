package rtgo.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rtgo.diag.BuildException;

/**
 * Links the hand-written program startup_check.s with boot2, crt0 and rtgo.ld and checks the image
 * from the host side: files, memory map, vector table, boot2 CRC, .data initialisers, sizes, and
 * that failures (overflow, bad source) leave no output behind. StartupEmulatorTest runs the image.
 */
class LinkerTest {
    static final String PROGRAM = "startup_check.s";

    private static Linker linker;

    @TempDir
    Path dir;

    @BeforeAll
    static void createLinker() throws BuildException {
        linker = new Linker();
    }

    /** Copies a test resource of this package into {@code dir}. */
    static Path resource(String name, Path dir) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = LinkerTest.class.getResourceAsStream(name)) {
            Files.copy(in, target);
        }
        return target;
    }

    @Test
    void linksTheStartupCheckProgram() throws Exception {
        Path out = dir.resolve("out");
        LinkResult result = linker.link(resource(PROGRAM, dir), out, "app", List.of());

        assertEquals(out.resolve("app.elf"), result.elf());
        assertEquals(out.resolve("app.bin"), result.bin());
        assertEquals(out.resolve("app.uf2"), result.uf2());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(3, files.count(), "only the three outputs, no working files left behind");
        }

        byte[] bin = Files.readAllBytes(result.bin());
        ByteBuffer image = ByteBuffer.wrap(bin).order(ByteOrder.LITTLE_ENDIAN);
        ElfFile elf = ElfFile.read(result.elf());

        // boot2: 256 bytes at the start of flash, CRC valid (what the bootrom checks).
        assertEquals(0x10000000, elf.section(".boot2").orElseThrow().address());
        assertEquals(256, elf.section(".boot2").orElseThrow().size());
        assertTrue(Boot2.crcMatches(bin), "boot2 CRC in the image");

        // Vector table at 0x10000100: SP, reset, NMI, HardFault, reserved, SVCall, PendSV, SysTick, 26 IRQs.
        assertEquals(0x10000100, elf.section(".vectors").orElseThrow().address());
        assertEquals(42 * 4, elf.section(".vectors").orElseThrow().size());
        int reset = elf.requireSymbol("rtgo_reset");
        int hardFault = elf.requireSymbol("rtgo_hardfault");
        int fallback = elf.requireSymbol("rtgo_default_handler");
        assertEquals(0x20042000, elf.requireSymbol("__stack_top"));
        assertEquals(0x20042000, vector(image, 0), "initial SP");
        assertEquals(reset | 1, vector(image, 1), "reset, Thumb bit set");
        assertEquals(fallback | 1, vector(image, 2), "NMI");
        assertEquals(hardFault | 1, vector(image, 3), "HardFault");
        for (int n : new int[] {4, 5, 6, 7, 8, 9, 10, 12, 13}) {
            assertEquals(0, vector(image, n), "reserved vector " + n);
        }
        for (int n : new int[] {11, 14, 15}) {
            assertEquals(fallback | 1, vector(image, n), "system vector " + n);
        }
        for (int irq = 0; irq < 26; irq++) {
            // (TIMER alarms 2 and 3 too: a program with the scheduler defines their entries)
            assertEquals(fallback | 1, vector(image, 16 + irq), "IRQ " + irq);
        }
        assertEquals(elf.requireSymbol("rtgo_isr_uart0_irq"), fallback | 1, "weak IRQ alias");

        // .data lives in RAM, its initialiser in flash at __data_load.
        int dataStart = elf.requireSymbol("__data_start");
        int dataLoad = elf.requireSymbol("__data_load");
        assertEquals(0x20000000, dataStart);
        assertEquals(dataStart, elf.requireSymbol("initialised"));
        assertEquals(0x5EED1234, image.getInt(dataLoad - 0x10000000), "initialiser of .data in flash");
        assertTrue(dataLoad + 4 <= 0x10000000 + bin.length, ".data initialiser inside the flash image");

        // Sizes: flash = the whole flat image, RAM = .data (4 bytes) + .bss (6 words; crt0's two
        // scheduler words are left out with the stubs that use them: ld --gc-sections).
        assertEquals(bin.length, result.flashBytes());
        assertEquals(dataLoad + 4 - 0x10000000, result.flashBytes(), "image ends with the .data initialisers");
        assertEquals(4 + 6 * 4, result.ramBytes());
        assertEquals((elf.requireSymbol("__bss_end") + 7) & ~7, elf.requireSymbol("__heap_start"), "heap 8-aligned");
        assertEquals(0x20042000 - 8 * 1024, elf.requireSymbol("__heap_end"));

        // The UF2 carries the same bytes.
        byte[] uf2 = Files.readAllBytes(result.uf2());
        assertEquals((bin.length + 255) / 256 * 512, uf2.length);
        assertArrayEquals(Arrays.copyOf(bin, 256), Arrays.copyOfRange(uf2, 32, 32 + 256));
    }

    private static int vector(ByteBuffer image, int n) {
        return image.getInt(0x100 + 4 * n);
    }

    @Test
    void flashOverflowIsAClearErrorAndWritesNothing() throws Exception {
        Path program = resource(PROGRAM, dir);
        Path big = dir.resolve("big.s");
        Files.writeString(big, Files.readString(program) + "\n    .section .rodata\n    .space 2 * 1024 * 1024\n");
        Path out = dir.resolve("out");
        BuildException e = assertThrows(BuildException.class, () -> linker.link(big, out, "app", List.of()));
        assertTrue(e.getMessage().contains("does not fit in the Pico's 2 MiB of flash"), e.getMessage());
        assertTrue(e.getMessage().contains("FLASH"), e.getMessage());
        assertNoOutputs(out);
    }

    @Test
    void staticDataThatLeavesNoStackIsAClearError() throws Exception {
        Path program = resource(PROGRAM, dir);
        Path big = dir.resolve("bigbss.s");
        // Fits the 264 KiB region, but not together with the 8 KiB stack.
        Files.writeString(big, Files.readString(program) + "\n    .bss\n    .space 260 * 1024\n");
        Path out = dir.resolve("out");
        BuildException e = assertThrows(BuildException.class, () -> linker.link(big, out, "app", List.of()));
        assertTrue(e.getMessage().contains("8192-byte stack"), e.getMessage());
        assertNoOutputs(out);
    }

    @Test
    void assemblerErrorInTheProgramKeepsEarlierOutputs() throws Exception {
        Path out = dir.resolve("out");
        LinkResult good = linker.link(resource(PROGRAM, dir), out, "app", List.of());
        byte[] before = Files.readAllBytes(good.bin());

        Path bad = dir.resolve("bad.s");
        Files.writeString(bad, "    .syntax unified\n    .thumb\n    .text\n    ldr r9, [r0]\n");
        BuildException e = assertThrows(BuildException.class, () -> linker.link(bad, out, "app", List.of()));
        assertTrue(e.getMessage().contains("bad.s:4"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(out.resolve("app.bin")), "previous image untouched");
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(3, files.count(), "no working directory left behind");
        }
    }

    @Test
    void missingRuntimeSymbolIsALinkError() throws Exception {
        Path empty = dir.resolve("empty.s");
        Files.writeString(empty, "    .text\n");
        BuildException e = assertThrows(BuildException.class,
                () -> linker.link(empty, dir.resolve("out"), "app", List.of()));
        assertTrue(e.getMessage().contains("rtgo_start"), e.getMessage());
    }

    @Test
    void runtimeEntryWithoutThumbBitIsRefused() throws Exception {
        // The same program, but rtgo_hardfault_java as a bare label: ld would leave bit 0 clear.
        String source = Files.readString(resource(PROGRAM, dir))
                .replace("    .type rtgo_hardfault_java, %function", "");
        Path plain = dir.resolve("plain.s");
        Files.writeString(plain, source);
        Path out = dir.resolve("out");
        BuildException e = assertThrows(BuildException.class, () -> linker.link(plain, out, "app", List.of()));
        assertTrue(e.getMessage().contains("rtgo_hardfault_java is entered from crt0 but is not a Thumb function"),
                e.getMessage());
        assertNoOutputs(out);
    }

    private static void assertNoOutputs(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            List<Path> left = files.toList();
            assertTrue(left.isEmpty(), "nothing written on failure: " + left);
        }
    }
}
