package rtgo.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import rtgo.diag.BuildException;
import rtgo.link.Binutils.Tool;
import rtgo.vm.abi.MemoryMap;
import rtgo.vm.abi.SymbolNames;

/**
 * Turns the program's assembler source into a bootable image: assembles it together with rtgo's
 * start-up code (crt0.S) and boot2 block, links them with the script {@link LinkerScript} generates
 * for the build's stack size, and writes
 * {@code <base>.elf}, {@code <base>.bin} and {@code <base>.uf2}.
 *
 * <p>All intermediate and output files are made in a private working directory inside the output
 * directory (so the final moves stay on one file system); the outputs are moved into place only
 * after every step succeeded, and the working directory is always removed, so a failed link leaves
 * the output directory as it was. The boot2 block depends only on boot2.S and the assembler, so one
 * Linker builds it once and reuses it for every link.
 */
public final class Linker {
    /**
     * Assembler flags for every rtgo input: the RP2040's Cortex-M0+ in Thumb state. Warnings are
     * errors: the assembler only warns when it truncates a value that does not fit its field.
     */
    public static final List<String> AS_FLAGS = List.of("-mcpu=cortex-m0plus", "-mthumb", "--fatal-warnings");

    /** The runtime's exports that crt0 enters; the IRQ overrides (rtgo_isr_*) are checked too. */
    static final List<String> RUNTIME_ENTRIES =
            List.of(SymbolNames.START, SymbolNames.HARDFAULT, SymbolNames.UNEXPECTED);

    private static final String CRT0 = "crt0.S";

    private final Binutils binutils;
    private byte[] boot2Block;

    public Linker(Binutils binutils) {
        this.binutils = binutils;
    }

    /** A linker over the binutils found in this process's environment. */
    public Linker() throws BuildException {
        this(Binutils.locate());
    }

    /** Links {@code programAsm} into an image with the default stack size. */
    public LinkResult link(Path programAsm, Path outDir, String baseName, List<String> extraLdArgs)
            throws BuildException {
        return link(programAsm, outDir, baseName, extraLdArgs, MemoryMap.DEFAULT_STACK_SIZE);
    }

    /**
     * Links {@code programAsm} into an image.
     *
     * @param programAsm  GNU assembler source defining rtgo_start, rtgo_hardfault_java and
     *                    rtgo_unexpected_java (the runtime's exports) and everything they reach
     * @param outDir      where the .elf, .bin and .uf2 go (created if missing)
     * @param baseName    file name of the outputs without extension
     * @param extraLdArgs appended to the ld command line after the objects (e.g. -L dir -lgcc)
     * @param stackSize   bytes of RAM below the top for the main stack (see {@link LinkerScript#checkStackSize})
     */
    public LinkResult link(Path programAsm, Path outDir, String baseName, List<String> extraLdArgs, int stackSize)
            throws BuildException {
        Path work;
        try {
            Files.createDirectories(outDir);
            work = Files.createTempDirectory(outDir, "." + baseName + ".link-");
        } catch (IOException e) {
            throw new BuildException("rtgo: cannot create a working directory in " + outDir + ": " + e.getMessage(), e);
        }
        try {
            return linkIn(work, programAsm.toAbsolutePath(), outDir, baseName, extraLdArgs, stackSize);
        } finally {
            deleteRecursively(work);
        }
    }

    private LinkResult linkIn(Path work, Path programAsm, Path outDir, String baseName, List<String> extraLdArgs,
                              int stackSize) throws BuildException {
        Path programObject = assemble(programAsm, work.resolve("program.o"), work);
        Path crt0Object = assemble(Resources.copy(CRT0, work), work.resolve("crt0.o"), work);
        Path boot2Source = work.resolve("boot2_block.s");
        Boot2.writeAssembly(boot2Block(work), boot2Source);
        Path boot2Object = assemble(boot2Source, work.resolve("boot2_block.o"), work);
        Path script = work.resolve(LinkerScript.FILE_NAME);
        try {
            Files.writeString(script, LinkerScript.render(stackSize));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        Path elf = work.resolve(baseName + ".elf");
        Path bin = work.resolve(baseName + ".bin");
        Path uf2 = work.resolve(baseName + ".uf2");
        List<String> ldArgs = new ArrayList<>(List.of("-nostdlib", "--gc-sections", "-T", script.toString(), "-o", elf.toString(),
                programObject.toString(), crt0Object.toString(), boot2Object.toString()));
        ldArgs.addAll(extraLdArgs);
        try {
            binutils.run(Tool.LD, ldArgs, work);
        } catch (BuildException e) {
            throw explainOverflow(e);
        }
        binutils.run(Tool.OBJCOPY, List.of("-O", "binary", elf.toString(), bin.toString()), work);

        int flashBytes;
        int ramBytes;
        try {
            byte[] image = Files.readAllBytes(bin);
            Files.write(uf2, Uf2.fromBinary(image, MemoryMap.FLASH_BASE));
            flashBytes = image.length;
            ElfFile elfFile = ElfFile.read(elf);
            checkThumbEntries(elfFile);
            ramBytes = elfFile.requireSymbol(SymbolNames.BSS_END) - elfFile.requireSymbol(SymbolNames.DATA_START);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LinkResult(moveInto(elf, outDir), moveInto(bin, outDir), moveInto(uf2, outDir),
                flashBytes, ramBytes);
    }

    /**
     * crt0 reaches the runtime through "bx" and the vector table, and both need the Thumb bit (bit 0)
     * in the address; ld sets it only for symbols typed as functions. A bare label would link fine
     * and then fault on the first exception on a real chip, so it is refused here.
     */
    private static void checkThumbEntries(ElfFile elf) throws BuildException {
        for (var symbol : elf.symbols().entrySet()) {
            String name = symbol.getKey();
            boolean entry = RUNTIME_ENTRIES.contains(name) || name.startsWith(SymbolNames.ISR_PREFIX);
            if (entry && (symbol.getValue() & 1) == 0) {
                throw new BuildException("rtgo: " + name + " is entered from crt0 but is not a Thumb function symbol "
                        + "(address 0x" + Integer.toHexString(symbol.getValue()) + " has bit 0 clear); "
                        + "declare it with '.type " + name + ", %function' or '.thumb_func'");
            }
        }
    }

    private Path assemble(Path source, Path object, Path work) throws BuildException {
        List<String> args = new ArrayList<>(AS_FLAGS);
        args.addAll(List.of("-o", object.toString(), source.toString()));
        binutils.run(Tool.AS, args, work);
        return object;
    }

    private synchronized byte[] boot2Block(Path work) throws BuildException {
        if (boot2Block == null) {
            Path boot2Work = work.resolve("boot2");
            try {
                Files.createDirectories(boot2Work);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            boot2Block = Boot2.build(binutils, boot2Work);
        }
        return boot2Block;
    }

    /** ld reports a full region as "region `FLASH' overflowed by N bytes"; say what that means. */
    private static BuildException explainOverflow(BuildException e) {
        String message = e.getMessage();
        if (message.contains("region `FLASH' overflowed")) {
            return new BuildException("rtgo: the program does not fit in the Pico's 2 MiB of flash.\n" + message, e);
        }
        if (message.contains("region `RAM' overflowed")) {
            return new BuildException("rtgo: the program's static data (.data + .bss) does not fit in the "
                    + "RP2040's 264 KiB of RAM.\n" + message, e);
        }
        return e;
    }

    private static Path moveInto(Path file, Path dir) {
        Path target = dir.resolve(file.getFileName());
        try {
            try {
                return Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                return Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Leftovers in a dot-directory are harmless; the link result does not depend on them.
        }
    }
}
