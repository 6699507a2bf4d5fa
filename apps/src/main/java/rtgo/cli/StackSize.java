package rtgo.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import rtgo.driver.BuildOptions;
import rtgo.link.LinkerScript;
import rtgo.vm.abi.MemoryMap;

/**
 * The value of {@code --stack-size}: bytes, or KiB with a {@code K} suffix ({@code 16K}). A size
 * the build cannot use (out of range, not 8-byte aligned) is a usage error with the reason and
 * the limits, parsed and checked by the tool API ({@link BuildOptions#parseStackSize}, {@link LinkerScript#checkStackSize}).
 */
final class StackSize implements ITypeConverter<Integer> {
    /** For the help text and the option's default. */
    static final String DEFAULT = "" + MemoryMap.DEFAULT_STACK_SIZE;
    static final String DESCRIPTION = "Bytes of RAM for the stack (a K suffix means KiB: 16K). "
            + "A multiple of " + MemoryMap.STACK_ALIGNMENT + " from " + MemoryMap.MIN_STACK_SIZE + " to "
            + MemoryMap.MAX_STACK_SIZE + "; the heap gets the rest. Default: ${DEFAULT-VALUE}.";

    @Override
    public Integer convert(String value) {
        try {
            return BuildOptions.parseStackSize(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
