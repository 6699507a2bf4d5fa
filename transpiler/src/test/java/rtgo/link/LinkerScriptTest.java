package rtgo.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rtgo.vm.abi.MemoryMap;
import rtgo.vm.abi.SymbolNames;

/**
 * The hand-written link inputs agree with the ABI definition in rtgo.vm.abi: the generated linker
 * script carries MemoryMap's numbers and the build's stack size and defines every linker symbol the
 * runtime reads; crt0.S and boot2.S use the entry names and addresses of the same definition; and
 * an image linked with a non-default stack size puts the heap's end where the runtime will look.
 */
class LinkerScriptTest {
    @TempDir
    Path dir;

    @Test
    void theScriptCarriesTheMemoryMapAndTheStackSize() {
        String script = LinkerScript.render(16 * 1024);
        assertFalse(script.contains("${"), "placeholders left:\n" + script);
        assertEquals("16384", assignment(script, "STACK_SIZE"));
        assertTrue(script.contains("ORIGIN = 0x" + Integer.toHexString(MemoryMap.FLASH_BASE)
                + ", LENGTH = " + MemoryMap.FLASH_SIZE), script);
        assertTrue(script.contains("ORIGIN = 0x" + Integer.toHexString(MemoryMap.RAM_BASE)
                + ", LENGTH = " + MemoryMap.RAM_SIZE), script);
        assertTrue(script.contains("__stack_top == 0x" + Integer.toHexString(MemoryMap.STACK_TOP)), script);
        assertTrue(script.contains("ADDR(.vectors) == 0x" + Integer.toHexString(MemoryMap.VECTOR_TABLE)), script);
        assertEquals("8192", assignment(LinkerScript.render(MemoryMap.DEFAULT_STACK_SIZE), "STACK_SIZE"));
    }

    @Test
    void theScriptDefinesEveryLinkerSymbolTheRuntimeReads() {
        String script = LinkerScript.render(MemoryMap.DEFAULT_STACK_SIZE);
        for (String symbol : List.of(SymbolNames.DATA_START, SymbolNames.DATA_END, SymbolNames.DATA_LOAD,
                SymbolNames.BSS_START, SymbolNames.BSS_END, SymbolNames.HEAP_START, SymbolNames.HEAP_END,
                SymbolNames.STACK_TOP)) {
            assertNotNull(assignment(script, symbol), symbol + " is not assigned in rtgo.ld.in");
        }
        assertEquals(SymbolNames.STACK_TOP + " - STACK_SIZE", assignment(script, SymbolNames.HEAP_END));
        assertTrue(script.contains("ENTRY(" + SymbolNames.RESET + ")"), script);
    }

    @Test
    void startUpCodeUsesTheAbiNames() throws IOException {
        String crt0 = resource("crt0.S");
        assertTrue(crt0.contains("bl " + SymbolNames.START + " "), "crt0.S must call " + SymbolNames.START);
        assertTrue(crt0.contains("=" + SymbolNames.HARDFAULT + " "), "crt0.S must enter " + SymbolNames.HARDFAULT);
        assertTrue(crt0.contains("=" + SymbolNames.UNEXPECTED + " "), "crt0.S must enter " + SymbolNames.UNEXPECTED);
        assertTrue(crt0.contains(".weak " + SymbolNames.ISR_PREFIX + "\\name"), "crt0.S's IRQ symbols");
        assertTrue(crt0.contains(SymbolNames.RESET + ":"), "crt0.S must define " + SymbolNames.RESET);
        Matcher m = Pattern.compile("\\.equ\\s+VECTOR_TABLE,\\s*(0x[0-9a-fA-F]+)").matcher(resource("boot2.S"));
        assertTrue(m.find(), "boot2.S defines VECTOR_TABLE");
        assertEquals(MemoryMap.VECTOR_TABLE, Integer.decode(m.group(1)));
    }

    @Test
    void stackSizesOutsideTheRangeOrUnalignedAreRefused() {
        assertNull(LinkerScript.checkStackSize(MemoryMap.DEFAULT_STACK_SIZE));
        assertNull(LinkerScript.checkStackSize(MemoryMap.MIN_STACK_SIZE));
        assertNull(LinkerScript.checkStackSize(MemoryMap.MAX_STACK_SIZE));
        assertTrue(LinkerScript.checkStackSize(MemoryMap.MIN_STACK_SIZE - 8).contains("between"));
        assertTrue(LinkerScript.checkStackSize(MemoryMap.MAX_STACK_SIZE + 8).contains("between"));
        assertTrue(LinkerScript.checkStackSize(8196).contains("multiple of 8"));
        assertTrue(LinkerScript.checkStackSize(8196).contains("try 8192 or 8200"));
        assertThrows(IllegalArgumentException.class, () -> LinkerScript.render(100));
    }

    @Test
    void anImageWithALargerStackEndsItsHeapLower() throws Exception {
        Path out = dir.resolve("out");
        LinkResult r = new Linker().link(LinkerTest.resource(LinkerTest.PROGRAM, dir), out, "app", List.of(), 32 * 1024);
        ElfFile elf = ElfFile.read(r.elf());
        assertEquals(MemoryMap.STACK_TOP, elf.requireSymbol(SymbolNames.STACK_TOP));
        assertEquals(MemoryMap.STACK_TOP - 32 * 1024, elf.requireSymbol(SymbolNames.HEAP_END));
    }

    /** The right-hand side of {@code name = value;} in the script, or null. */
    private static String assignment(String script, String name) {
        Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(name) + "\\s*=\\s*([^;]+);").matcher(script);
        return m.find() ? m.group(1).strip() : null;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Linker.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
