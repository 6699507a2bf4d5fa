package rtgo.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import rtgo.vm.abi.MemoryMap;

/**
 * The GNU ld script of one link, generated from the template {@code rtgo/link/rtgo.ld.in}: each
 * {@code ${NAME}} placeholder becomes a number from {@link MemoryMap} (the memory map the runtime
 * is compiled against) or the build's stack size, so the script, the transpiler's stack checks and
 * the runtime cannot disagree.
 */
public final class LinkerScript {
    private LinkerScript() {}

    static final String TEMPLATE = "rtgo.ld.in";
    static final String FILE_NAME = "rtgo.ld";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)}");

    /** The values the template may use, for a stack of {@code stackSize} bytes. */
    static Map<String, String> values(int stackSize) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("FLASH_BASE", hex(MemoryMap.FLASH_BASE));
        v.put("FLASH_SIZE", Integer.toString(MemoryMap.FLASH_SIZE));
        v.put("RAM_BASE", hex(MemoryMap.RAM_BASE));
        v.put("RAM_SIZE", Integer.toString(MemoryMap.RAM_SIZE));
        v.put("STACK_TOP", hex(MemoryMap.STACK_TOP));
        v.put("BOOT2_SIZE", Integer.toString(MemoryMap.BOOT2_SIZE));
        v.put("VECTOR_TABLE", hex(MemoryMap.VECTOR_TABLE));
        v.put("STACK_SIZE", Integer.toString(stackSize));
        return v;
    }

    /**
     * The script for a stack of {@code stackSize} bytes. The size must be one the build accepts
     * (see {@link #checkStackSize}); a placeholder without a value is a bug in rtgo.
     */
    /**
     * Prints the script for the default stack, or for the size given: what the benchmark harness
     * (ci/bench) links the C twins with, so they run on the same memory map as rtgo's images.
     */
    public static void main(String[] args) {
        System.out.print(render(args.length > 0 ? Integer.parseInt(args[0]) : rtgo.vm.abi.MemoryMap.DEFAULT_STACK_SIZE));
    }

    public static String render(int stackSize) {
        String problem = checkStackSize(stackSize);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        Map<String, String> values = values(stackSize);
        Matcher m = PLACEHOLDER.matcher(template());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("rtgo: " + TEMPLATE + " uses ${" + m.group(1)
                        + "}, which has no value");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        if (out.indexOf("${") >= 0) {
            throw new IllegalStateException("rtgo: " + TEMPLATE + " has a malformed placeholder");
        }
        return out.toString();
    }

    /**
     * Why {@code stackSize} cannot be the stack's size, or null when it can: it must be a multiple
     * of {@link MemoryMap#STACK_ALIGNMENT} between {@link MemoryMap#MIN_STACK_SIZE} and
     * {@link MemoryMap#MAX_STACK_SIZE}. The CLI and the tool API both check with this.
     */
    public static String checkStackSize(int stackSize) {
        if (stackSize < MemoryMap.MIN_STACK_SIZE || stackSize > MemoryMap.MAX_STACK_SIZE) {
            return "the stack size must be between " + MemoryMap.MIN_STACK_SIZE + " and " + MemoryMap.MAX_STACK_SIZE
                    + " bytes (the RP2040 has " + MemoryMap.RAM_SIZE + " bytes of RAM), not " + stackSize;
        }
        if (stackSize % MemoryMap.STACK_ALIGNMENT != 0) {
            int down = stackSize - stackSize % MemoryMap.STACK_ALIGNMENT;
            return "the stack size must be a multiple of " + MemoryMap.STACK_ALIGNMENT
                    + " bytes (the stack pointer is kept 8-byte aligned), not " + stackSize + "; try " + down
                    + " or " + (down + MemoryMap.STACK_ALIGNMENT);
        }
        return null;
    }

    private static String template() {
        try (InputStream in = LinkerScript.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("rtgo: resource rtgo/link/" + TEMPLATE
                        + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hex(int value) {
        return "0x" + Integer.toHexString(value);
    }
}
