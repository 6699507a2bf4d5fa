package rtgo.vm.abi;

/**
 * Addresses and sizes of the RP2040 memory map as rtgo lays it out (docs/abi.md, "Memory map and
 * link"), and the stack's size and reserves. The linker script is generated from these
 * (rtgo.link.LinkerScript); the runtime reads the resulting boundaries through the linker symbols
 * in {@link SymbolNames}, and uses the fixed addresses here where a symbol cannot be used.
 */
public final class MemoryMap {
    private MemoryMap() {}

    /** Execute-in-place flash: the image starts here (boot2, then the vector table). */
    public static final int FLASH_BASE = 0x10000000;
    /** Flash on a Pico (W25Q16JV, 2 MiB). */
    public static final int FLASH_SIZE = 2 * 1024 * 1024;
    /** End of the XIP address window (16 MiB); code addresses lie below it. */
    public static final int XIP_END = 0x11000000;
    /** The second-stage boot loader's size, fixed by the bootrom (CRC in the last 4 bytes). */
    public static final int BOOT2_SIZE = 256;
    /** Where boot2 points VTOR: flash right after boot2. */
    public static final int VECTOR_TABLE = FLASH_BASE + BOOT2_SIZE;

    /** SRAM0-5 as one striped block. */
    public static final int RAM_BASE = 0x20000000;
    /** 264 KiB. */
    public static final int RAM_SIZE = 264 * 1024;
    /** The initial stack pointer, top of RAM; the main stack (MSP) grows down from here. */
    public static final int STACK_TOP = RAM_BASE + RAM_SIZE;

    /** The stack's default size; {@code rtgo build --stack-size} changes it. */
    public static final int DEFAULT_STACK_SIZE = 8 * 1024;
    /** Stack sizes are multiples of this (AAPCS: sp is 8-byte aligned at calls; the heap ends 8-aligned). */
    public static final int STACK_ALIGNMENT = 8;
    /** Smallest stack size accepted: the runtime's start-up and its error reports need about this much. */
    public static final int MIN_STACK_SIZE = 1024;
    /** Largest stack size accepted: RAM less 8 KiB kept for static data and the heap. */
    public static final int MAX_STACK_SIZE = RAM_SIZE - 8 * 1024;
    /**
     * Bytes of the stack that the deepest recursion-free call chain must leave free: a fault
     * can strike at the deepest point, and the core then pushes its 32-byte exception frame and
     * runs the HardFault report (and, later, interrupt handlers) on the same stack.
     */
    public static final int STACK_RESERVE = 512;
    /** Room every recursive method's entry check keeps free below the limit, for interrupts to come. */
    public static final int STACK_CHECK_MARGIN = 256;
}
