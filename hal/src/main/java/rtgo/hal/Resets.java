package rtgo.hal;

import rtgo.hal.regs.RESETS;

/**
 * Subsystem resets: taking peripherals out of reset before their first use.
 *
 * <p>Design note. After power-on almost every peripheral is held in reset (RESETS.RESET reads
 * 0x01ffffff; datasheet 2.14, "Subsystem Resets"), and registers of a peripheral in reset do not
 * respond, so every driver starts by releasing its block. Release is not instantaneous: the block
 * reports completion in RESET_DONE, and touching it earlier reads stale values or drops writes, so
 * {@link #unreset} waits for every requested bit. Masks are the generated {@code RESETS.RESET_*_BITS}
 * constants, or-ed together to release several blocks with one store; the clear and set go through
 * the atomic aliases so two drivers releasing different blocks cannot undo each other.
 *
 * <p>Releasing a block that is already running is harmless and cheap (the done bit is already
 * set), which lets each driver release what it needs without knowing who ran before it.
 */
public final class Resets {
    private Resets() {}

    /** Puts the blocks in {@code mask} into reset (their registers return to reset values). */
    public static void reset(int mask) {
        Reg.set(RESETS.RESET, mask);
    }

    /** Takes the blocks in {@code mask} out of reset and waits until all of them report done. */
    public static void unreset(int mask) {
        Reg.clear(RESETS.RESET, mask);
        while ((Reg.read(RESETS.RESET_DONE) & mask) != mask) {
            // RESET_DONE rises a few clk_sys cycles after the release.
        }
    }

    /** Resets the blocks in {@code mask} and releases them again: a fresh start from reset values. */
    public static void cycle(int mask) {
        reset(mask);
        unreset(mask);
    }

    /** Whether every block in {@code mask} is out of reset and done. */
    public static boolean isRunning(int mask) {
        return (Reg.read(RESETS.RESET_DONE) & mask) == mask;
    }
}
