package rtgo.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import rtgo.link.LinkerScript;
import rtgo.vm.abi.MemoryMap;

/**
 * The value of {@code --stack-size}: bytes, or KiB with a {@code K} suffix ({@code 16K}). A size
 * the build cannot use (out of range, not 8-byte aligned) is a usage error with the reason and
 * the limits, checked by the same rule as the tool API ({@link LinkerScript#checkStackSize}).
 */
final class StackSize implements ITypeConverter<Integer> {
    /** For the help text and the option's default. */
    static final String DEFAULT = "" + MemoryMap.DEFAULT_STACK_SIZE;
    static final String DESCRIPTION = "Bytes of RAM for the stack (a K suffix means KiB: 16K). "
            + "A multiple of " + MemoryMap.STACK_ALIGNMENT + " from " + MemoryMap.MIN_STACK_SIZE + " to "
            + MemoryMap.MAX_STACK_SIZE + "; the heap gets the rest. Default: ${DEFAULT-VALUE}.";

    @Override
    public Integer convert(String value) {
        String v = value.strip().toUpperCase(Locale.ROOT);
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
            throw new TypeConversionException("'" + value + "' is not a number of bytes (for example 8192 or 16K)");
        }
        int clamped = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, bytes));
        String problem = LinkerScript.checkStackSize(clamped);
        if (problem != null) {
            throw new TypeConversionException(problem);
        }
        return clamped;
    }
}
