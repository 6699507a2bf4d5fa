package rtgo.vm;

/**
 * Conversions between Java references and raw addresses, and link-time symbol addresses.
 *
 * <p>On the device a reference <em>is</em> the address of the object's first word (its type
 * descriptor pointer; see docs/abi.md for the object layout), so both conversions compile to
 * nothing. A {@code checkcast} that javac places directly on the result of {@link #toRef} is trusted
 * and emits no check: the runtime that calls it vouches for the type. All intrinsics; on the
 * desktop JVM they throw.
 */
public final class Address {
    private Address() {}

    /** The address of {@code ref} (0 for null). */
    public static int of(Object ref) { throw Intrinsic.hostCall("Address.of"); }

    /** The reference whose object starts at {@code address} (null for 0). Unchecked. */
    @SuppressWarnings("unchecked")
    public static <T> T toRef(int address) { throw Intrinsic.hostCall("Address.toRef"); }

    /**
     * The address of a linker symbol, for example {@code "__heap_start"}. The argument must be a
     * string literal; the transpiler emits a literal-pool word relocated by the linker.
     */
    public static int symbol(String name) { throw Intrinsic.hostCall("Address.symbol"); }

    /**
     * The address of a NUL-terminated copy of {@code text} in flash, one byte a character: for
     * text the runtime only prints (panics, stack traces), at half the bytes of a String literal
     * and without its header. The argument must be a string literal of ASCII characters 1..127.
     */
    public static int cString(String text) { throw Intrinsic.hostCall("Address.cString"); }
}
