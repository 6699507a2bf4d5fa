package rtgo.driver;

import java.nio.file.Path;
import java.util.List;
import rtgo.link.LinkerScript;
import rtgo.vm.abi.MemoryMap;

/**
 * What to build and how: the single input the CLI, the Maven plugin and the tests give the tool API.
 *
 * @param inputs       jars and/or class directories holding the program (closed world)
 * @param mainClass    binary name of the class whose {@code main(String[])} runs, or null to take
 *                     Main-Class from the first jar's manifest (or the only class with a main)
 * @param output       the .uf2 to write; the .elf, .bin (and, with keepAssembly, .s) go beside it
 * @param keepAssembly keep the generated GNU assembler source next to the image
 * @param dumpIr       print the IR after this pass ("all" for every pass), or null
 * @param methodFilter only dump (and trace the allocation of) methods whose "Class.method" contains
 *                     this text, or null
 * @param verifyIr     run the IR verifier after every pass
 * @param stackSize    bytes of RAM for the main stack (--stack-size; default
 *                     {@link MemoryMap#DEFAULT_STACK_SIZE}, limits in {@link LinkerScript#checkStackSize})
 * @param debugRegAlloc print the register allocator's decisions (--debug-regalloc) where the IR
 *                     dumps go
 * @param noGc         --gc=none: the program must not allocate after start-up (outside static
 *                     initialisers); every allocation site of its own code elsewhere is a build error
 * @param assertions   --enable-assertions: {@code assert} statements run (the JVM's -ea); off by
 *                     default, as on the JVM
 */
public record BuildOptions(List<Path> inputs, String mainClass, Path output, boolean keepAssembly,
                           String dumpIr, String methodFilter, boolean verifyIr, int stackSize,
                           boolean debugRegAlloc, boolean noGc, boolean assertions, String inline) {
    /**
     * How calls are inlined (rtgo.opt.Inliner), {@link #inline}: {@code on} (the default);
     * {@code off} leaves every call as written — what {@code rtgo debug} builds, so that a
     * breakpoint on any method is hit, and a way to measure what inlining gives; {@code keep}
     * inlines but keeps every method's own code, for tests that read a method's assembly.
     */
    public static final List<String> INLINE_MODES = List.of("on", "off", "keep");

    public BuildOptions {
        inputs = List.copyOf(inputs);
        String badInline = checkInline(inline);
        if (badInline != null) {
            throw new IllegalArgumentException("'" + inline + "' " + badInline);
        }
        String problem = LinkerScript.checkStackSize(stackSize);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Plain options: the given inputs and output, main class from the manifest or search. */
    public static BuildOptions of(List<Path> inputs, Path output) {
        return new BuildOptions(inputs, null, output, false, null, null, false, MemoryMap.DEFAULT_STACK_SIZE,
                false, false, false, "on");
    }

    public BuildOptions withMainClass(String c) {
        return new BuildOptions(inputs, c, output, keepAssembly,
                dumpIr, methodFilter, verifyIr, stackSize, debugRegAlloc, noGc, assertions, inline);
    }

    public BuildOptions withKeepAssembly(boolean k) {
        return new BuildOptions(inputs, mainClass, output, k,
                dumpIr, methodFilter, verifyIr, stackSize, debugRegAlloc, noGc, assertions, inline);
    }

    public BuildOptions withDumpIr(String pass, String filter) {
        return new BuildOptions(inputs, mainClass, output, keepAssembly,
                pass, filter, verifyIr, stackSize, debugRegAlloc, noGc, assertions, inline);
    }

    public BuildOptions withVerifyIr(boolean v) {
        return new BuildOptions(inputs, mainClass, output, keepAssembly,
                dumpIr, methodFilter, v, stackSize, debugRegAlloc, noGc, assertions, inline);
    }

    public BuildOptions withDebugRegAlloc(boolean d) {
        return new BuildOptions(inputs, mainClass, output, keepAssembly,
                dumpIr, methodFilter, verifyIr, stackSize, d, noGc, assertions, inline);
    }

    /** Whether {@link #methodFilter} selects the method named {@code displayName} (all when there is none). */
    public boolean selects(String displayName) {
        return methodFilter == null || displayName.contains(methodFilter);
    }

    /** The same options with a stack of {@code bytes} bytes. */
    public BuildOptions withStackSize(int bytes) {
        return new BuildOptions(inputs, mainClass, output, keepAssembly,
                dumpIr, methodFilter, verifyIr, bytes, debugRegAlloc, noGc, assertions, inline);
    }

    /**
     * A stack size as a person writes it: bytes, or KiB with a {@code K} (or {@code KiB}) suffix
     * ({@code 16K}); throws IllegalArgumentException saying what is wrong, including a size the
     * build cannot use ({@link LinkerScript#checkStackSize}).
     */
    public static int parseStackSize(String text) {
        String v = text.strip().toUpperCase(java.util.Locale.ROOT);
        int scale = 1;
        if (v.endsWith("KIB")) {
            v = v.substring(0, v.length() - 3);
            scale = 1024;
        } else if (v.endsWith("K")) {
            v = v.substring(0, v.length() - 1);
            scale = 1024;
        }
        long bytes;
        try {
            bytes = Long.parseLong(v.strip()) * scale;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number of bytes (for example 8192 or 16K)");
        }
        int clamped = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, bytes));
        String problem = LinkerScript.checkStackSize(clamped);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return clamped;
    }

    /** The collectors a build can choose (--gc), the default first. */
    public static final java.util.List<String> COLLECTORS = java.util.List.of("marksweep", "none");

    /**
     * Whether the collector named {@code gc} (one of {@link #COLLECTORS}) means {@link #noGc()};
     * for any other name throws IllegalArgumentException whose message ("is not a collector: choose
     * ...") follows the name as the front end spells it.
     */
    public static boolean noGc(String gc) {
        if (!COLLECTORS.contains(gc)) {
            throw new IllegalArgumentException("is not a collector: choose "
                    + String.join(" or ", COLLECTORS));
        }
        return gc.equals("none");
    }

    /** The same options with --gc=none ({@code none} true) or the collector. */
    public BuildOptions withNoGc(boolean none) {
        return new BuildOptions(inputs, mainClass, output, keepAssembly,
                dumpIr, methodFilter, verifyIr, stackSize, debugRegAlloc, none, assertions, inline);
    }

    /** The same options with assertions enabled or not. */
    public BuildOptions withAssertions(boolean on) {
        return new BuildOptions(inputs, mainClass, output, keepAssembly,
                dumpIr, methodFilter, verifyIr, stackSize, debugRegAlloc, noGc, on, inline);
    }

    /**
     * What is wrong with {@code mode} as an inlining mode ("is not an inlining mode: choose ..."),
     * for a front end to put after the name it spells the option with; null when it is one.
     */
    public static String checkInline(String mode) {
        return mode != null && INLINE_MODES.contains(mode) ? null
                : "is not an inlining mode: choose " + String.join(", ", INLINE_MODES);
    }

    /** The same options with inlining {@code mode}, one of {@link #INLINE_MODES}. */
    public BuildOptions withInline(String mode) {
        return new BuildOptions(inputs, mainClass, output, keepAssembly,
                dumpIr, methodFilter, verifyIr, stackSize, debugRegAlloc, noGc, assertions, mode);
    }
}
