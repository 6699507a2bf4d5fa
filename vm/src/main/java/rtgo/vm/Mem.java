package rtgo.vm;

/**
 * Raw memory access: the device's only window onto registers and memory that are not Java objects.
 *
 * <p>Every method here is an <em>intrinsic</em>: the transpiler never compiles its body but emits one
 * Thumb load or store in its place ({@code ldr/ldrh/ldrb/str/strh/strb}). When the address is a
 * constant (a generated register address), it folds into a PC-relative literal or a base register
 * plus a 5-bit scaled immediate, so {@code Mem.store32(UART0.UARTDR, c)} costs one {@code str}.
 *
 * <p>Sub-word loads zero-extend. Addresses must be naturally aligned (the Cortex-M0+ faults
 * otherwise). On the desktop JVM these methods throw: code that touches hardware runs on the device.
 */
public final class Mem {
    private Mem() {}

    /** 32-bit load ({@code ldr}). */
    public static int load32(int address) { throw Intrinsic.hostCall("Mem.load32"); }

    /** 16-bit load, zero-extended ({@code ldrh}). */
    public static int load16(int address) { throw Intrinsic.hostCall("Mem.load16"); }

    /** 8-bit load, zero-extended ({@code ldrb}). */
    public static int load8(int address) { throw Intrinsic.hostCall("Mem.load8"); }

    /** 32-bit store ({@code str}). */
    public static void store32(int address, int value) { throw Intrinsic.hostCall("Mem.store32"); }

    /** 16-bit store of the low half of {@code value} ({@code strh}). */
    public static void store16(int address, int value) { throw Intrinsic.hostCall("Mem.store16"); }

    /** 8-bit store of the low byte of {@code value} ({@code strb}). */
    public static void store8(int address, int value) { throw Intrinsic.hostCall("Mem.store8"); }
}
