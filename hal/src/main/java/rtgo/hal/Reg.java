package rtgo.hal;

import rtgo.vm.Mem;

/**
 * Register access for the drivers: plain read and write, and the RP2040's atomic aliases.
 *
 * <p>Design note. Every APB/AHB peripheral register is mirrored three more times (datasheet 2.1.2):
 * a write to address + 0x1000 XORs the written bits into the register, + 0x2000 sets them,
 * + 0x3000 clears them, all in one bus write. That makes a bit change a single {@code str} that no
 * interrupt or second core can tear, where read-modify-write would need a lock. Each method here is
 * one {@link Mem} intrinsic on a constant-folded address, so {@code Reg.set(RESETS.RESET, m)}
 * compiles to one store; the alias offsets are added with {@code +} because every register sits
 * in the first 4 KiB of its peripheral's 16 KiB window.
 *
 * <p>Not for SIO (0xd0000000: GPIO out/oe, divider, spinlocks): it is on the core-local IOPORT bus,
 * has no aliases, and brings its own SET/CLR/XOR registers (datasheet 2.3.1). Nor for the Cortex
 * PPB (0xe0000000). {@link #writeMasked} is the one method that costs a load and a store.
 */
public final class Reg {
    private Reg() {}

    /** Offset of the XOR alias: a write flips the written bits (datasheet 2.1.2). */
    public static final int XOR_ALIAS = 0x1000;
    /** Offset of the set alias: a write sets the written bits. */
    public static final int SET_ALIAS = 0x2000;
    /** Offset of the clear alias: a write clears the written bits. */
    public static final int CLEAR_ALIAS = 0x3000;

    /** The register's value ({@code ldr}). */
    public static int read(int address) {
        return Mem.load32(address);
    }

    /** Replaces the whole register ({@code str}). */
    public static void write(int address, int value) {
        Mem.store32(address, value);
    }

    /** Sets the bits of {@code mask}, leaving the others alone: one store to the set alias. */
    public static void set(int address, int mask) {
        Mem.store32(address + SET_ALIAS, mask);
    }

    /** Clears the bits of {@code mask}, leaving the others alone: one store to the clear alias. */
    public static void clear(int address, int mask) {
        Mem.store32(address + CLEAR_ALIAS, mask);
    }

    /** Flips the bits of {@code mask}: one store to the XOR alias. */
    public static void xor(int address, int mask) {
        Mem.store32(address + XOR_ALIAS, mask);
    }

    /**
     * Writes {@code value} into the bits of {@code mask} only. One load, then one XOR-alias store of
     * exactly the bits that differ, so bits outside {@code mask} are never written, even if hardware
     * changes them between the two accesses.
     */
    public static void writeMasked(int address, int value, int mask) {
        Mem.store32(address + XOR_ALIAS, (Mem.load32(address) ^ value) & mask);
    }
}
