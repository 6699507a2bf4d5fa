package rtgo.hal;

import rtgo.hal.regs.CLOCKS;
import rtgo.hal.regs.PLL_SYS;
import rtgo.hal.regs.RESETS;
import rtgo.hal.regs.WATCHDOG;
import rtgo.hal.regs.XOSC;
import rtgo.vm.Cpu;

/**
 * The clock tree rtgo runs on: 12 MHz crystal, clk_sys 125 MHz from PLL_SYS, 1 µs timer tick.
 *
 * <p>Design note. Out of the bootrom the chip runs clk_ref and clk_sys from the ring oscillator,
 * whose frequency drifts with process, voltage and temperature; a UART baud rate or a sleep needs
 * the crystal. {@link #init} follows the datasheet's order of dependencies:
 * <ol>
 * <li>start the crystal oscillator and wait until it is stable (2.16, XOSC; startup delay 2.16.3);
 * <li>park clk_sys and clk_ref on their glitchless-mux sources that are always running (clk_ref,
 *     ROSC), so nothing we are about to stop or reprogram is feeding the processor (2.15.3, clock
 *     generators: only the glitchless SRC mux may switch while the clock runs, the AUXSRC mux
 *     glitches);
 * <li>bring PLL_SYS up from reset at VCO 1500 MHz = 12 MHz / REFDIV 1 * FBDIV 125, out
 *     = VCO / (POSTDIV1 6 * POSTDIV2 2) = 125 MHz (2.18, PLL: program dividers, power up, wait for
 *     LOCK, then the post dividers);
 * <li>clk_ref from XOSC through its glitchless mux; clk_sys from PLL_SYS by first setting the aux
 *     mux while it is not selected, then switching the glitchless mux over to aux;
 * <li>clk_peri (UART, SPI) from clk_sys: it has no glitchless mux, so it is stopped before its aux
 *     mux changes and enabled after;
 * <li>the watchdog's tick generator divides clk_ref by 12 into the 1 MHz reference tick the TIMER
 *     counts (4.7, Watchdog, tick generation; 4.6, Timer), and the TIMER leaves reset.
 * </ol>
 * Every wait is on a status bit the hardware sets (STABLE, LOCK, one-hot SELECTED), never a guessed
 * delay, except the few cycles clk_peri's enable needs to propagate, which have no status bit. The
 * frequencies are compile-time constants because nothing here changes them at run time; drivers
 * compute baud divisors from {@link #PERI_HZ}. Section numbers are those of the RP2040 datasheet.
 */
public final class Clocks {
    private Clocks() {}

    /** The Pico's crystal (XOSC input). */
    public static final int XOSC_HZ = 12_000_000;

    /** PLL_SYS reference divider, feedback divider and post dividers (datasheet 2.18.2). */
    public static final int PLL_SYS_REFDIV = 1;
    public static final int PLL_SYS_FBDIV = 125;
    public static final int PLL_SYS_POSTDIV1 = 6;
    public static final int PLL_SYS_POSTDIV2 = 2;

    /** VCO frequency, 1500 MHz: within 400..1600 MHz and still an int. */
    public static final int PLL_SYS_VCO_HZ = XOSC_HZ / PLL_SYS_REFDIV * PLL_SYS_FBDIV;

    /** clk_ref: the crystal, undivided. */
    public static final int REF_HZ = XOSC_HZ;
    /** clk_sys: PLL_SYS output, 125 MHz. */
    public static final int SYS_HZ = PLL_SYS_VCO_HZ / (PLL_SYS_POSTDIV1 * PLL_SYS_POSTDIV2);
    /** clk_peri: clk_sys, undivided (clk_peri has no divider). */
    public static final int PERI_HZ = SYS_HZ;
    /** The watchdog tick that drives the TIMER: 1 MHz, so TIMER counts microseconds. */
    public static final int TICK_HZ = 1_000_000;
    /** clk_ref cycles per tick (WATCHDOG.TICK.CYCLES): 12. */
    public static final int TICK_CYCLES = REF_HZ / TICK_HZ;

    /**
     * How long the crystal is given to settle before XOSC reports STABLE. The datasheet's figure for
     * the Pico's crystal is 1 ms; raise it for boards whose crystal starts slower.
     */
    public static final int XOSC_STARTUP_MS = 1;
    /** STARTUP.DELAY counts in units of 256 crystal cycles (2.16.3): ceil(12 MHz * 1 ms / 256) = 47. */
    public static final int XOSC_STARTUP_DELAY = (XOSC_HZ / 1000 * XOSC_STARTUP_MS + 255) / 256;

    /**
     * Loop iterations (each at least 3 clk_sys cycles) that cover the 3 cycles a clk_peri disable
     * needs to propagate through the clock it was last running from. Slowest plausible source: the
     * ROSC at its datasheet minimum of ~1.8 MHz, 3 cycles = 1.7 µs; 128 * 3 = 384 cycles at
     * 125 MHz = 3 µs.
     */
    private static final int PERI_DISABLE_SETTLE_LOOPS = 128;

    /** Brings up the whole clock tree described above. Call once, first thing after reset. */
    public static void init() {
        // Resus would switch clk_sys back to ROSC if it saw clk_sys stop; a previous program may
        // have left it armed, and the switches below must not trigger it.
        Reg.write(CLOCKS.CLK_SYS_RESUS_CTRL, 0);

        startXosc();

        Reg.clear(CLOCKS.CLK_SYS_CTRL, CLOCKS.CLK_SYS_CTRL_SRC_BITS);
        waitSelected(CLOCKS.CLK_SYS_SELECTED, CLOCKS.CLK_SYS_CTRL_SRC_VALUE_CLK_REF);
        Reg.clear(CLOCKS.CLK_REF_CTRL, CLOCKS.CLK_REF_CTRL_SRC_BITS);
        waitSelected(CLOCKS.CLK_REF_SELECTED, CLOCKS.CLK_REF_CTRL_SRC_VALUE_ROSC_CLKSRC_PH);

        startPllSys();

        // clk_ref = XOSC / 1. Divisors are set while the (slower) old source still runs.
        Reg.write(CLOCKS.CLK_REF_DIV, 1 << CLOCKS.CLK_REF_DIV_INT_LSB);
        Reg.writeMasked(CLOCKS.CLK_REF_CTRL,
                CLOCKS.CLK_REF_CTRL_SRC_VALUE_XOSC_CLKSRC << CLOCKS.CLK_REF_CTRL_SRC_LSB,
                CLOCKS.CLK_REF_CTRL_SRC_BITS);
        waitSelected(CLOCKS.CLK_REF_SELECTED, CLOCKS.CLK_REF_CTRL_SRC_VALUE_XOSC_CLKSRC);

        // clk_sys = PLL_SYS / 1: aux mux first (not selected, so its glitch reaches nobody), then
        // the glitchless mux to aux.
        Reg.write(CLOCKS.CLK_SYS_DIV, 1 << CLOCKS.CLK_SYS_DIV_INT_LSB);
        Reg.writeMasked(CLOCKS.CLK_SYS_CTRL,
                CLOCKS.CLK_SYS_CTRL_AUXSRC_VALUE_CLKSRC_PLL_SYS << CLOCKS.CLK_SYS_CTRL_AUXSRC_LSB,
                CLOCKS.CLK_SYS_CTRL_AUXSRC_BITS);
        Reg.writeMasked(CLOCKS.CLK_SYS_CTRL,
                CLOCKS.CLK_SYS_CTRL_SRC_VALUE_CLKSRC_CLK_SYS_AUX << CLOCKS.CLK_SYS_CTRL_SRC_LSB,
                CLOCKS.CLK_SYS_CTRL_SRC_BITS);
        waitSelected(CLOCKS.CLK_SYS_SELECTED, CLOCKS.CLK_SYS_CTRL_SRC_VALUE_CLKSRC_CLK_SYS_AUX);

        startPeri();

        Reg.write(WATCHDOG.TICK, (TICK_CYCLES << WATCHDOG.TICK_CYCLES_LSB) | WATCHDOG.TICK_ENABLE_BITS);
        Resets.unreset(RESETS.RESET_TIMER_BITS);
    }

    /** XOSC in the 1-15 MHz range with its startup delay; returns once STATUS.STABLE is set. */
    private static void startXosc() {
        // The delay must be in place before ENABLE: the counter starts with the oscillator.
        Reg.write(XOSC.STARTUP, XOSC_STARTUP_DELAY << XOSC.STARTUP_DELAY_LSB);
        Reg.write(XOSC.CTRL, (XOSC.CTRL_FREQ_RANGE_VALUE_1_15MHZ << XOSC.CTRL_FREQ_RANGE_LSB)
                | (XOSC.CTRL_ENABLE_VALUE_ENABLE << XOSC.CTRL_ENABLE_LSB));
        while ((Reg.read(XOSC.STATUS) & XOSC.STATUS_STABLE_BITS) == 0) {
            // Crystal still settling.
        }
    }

    /**
     * PLL_SYS from reset: dividers, then power up PLL and VCO, wait for LOCK, then the post
     * dividers and their power (datasheet 2.18.2; the post dividers last, so the output never
     * carries an unlocked VCO). Safe because clk_sys runs from clk_ref meanwhile.
     */
    private static void startPllSys() {
        Resets.cycle(RESETS.RESET_PLL_SYS_BITS);
        Reg.write(PLL_SYS.CS, PLL_SYS_REFDIV << PLL_SYS.CS_REFDIV_LSB);
        Reg.write(PLL_SYS.FBDIV_INT, PLL_SYS_FBDIV << PLL_SYS.FBDIV_INT_FBDIV_INT_LSB);
        Reg.clear(PLL_SYS.PWR, PLL_SYS.PWR_PD_BITS | PLL_SYS.PWR_VCOPD_BITS);
        while ((Reg.read(PLL_SYS.CS) & PLL_SYS.CS_LOCK_BITS) == 0) {
            // VCO locking onto FBDIV * reference.
        }
        Reg.write(PLL_SYS.PRIM, (PLL_SYS_POSTDIV1 << PLL_SYS.PRIM_POSTDIV1_LSB)
                | (PLL_SYS_POSTDIV2 << PLL_SYS.PRIM_POSTDIV2_LSB));
        Reg.clear(PLL_SYS.PWR, PLL_SYS.PWR_POSTDIVPD_BITS);
    }

    /** clk_peri from clk_sys: stop it, let the stop propagate, change the aux mux, start it. */
    private static void startPeri() {
        if ((Reg.read(CLOCKS.CLK_PERI_CTRL) & CLOCKS.CLK_PERI_CTRL_ENABLE_BITS) != 0) {
            Reg.clear(CLOCKS.CLK_PERI_CTRL, CLOCKS.CLK_PERI_CTRL_ENABLE_BITS);
            for (int i = 0; i < PERI_DISABLE_SETTLE_LOOPS; i++) {
                Cpu.nop();
            }
        }
        Reg.write(CLOCKS.CLK_PERI_CTRL,
                CLOCKS.CLK_PERI_CTRL_AUXSRC_VALUE_CLK_SYS << CLOCKS.CLK_PERI_CTRL_AUXSRC_LSB);
        Reg.set(CLOCKS.CLK_PERI_CTRL, CLOCKS.CLK_PERI_CTRL_ENABLE_BITS);
    }

    /**
     * Waits until a glitchless mux reports {@code src} selected. For clk_ref and clk_sys the
     * SELECTED register is one-hot in the SRC value (datasheet 2.15.7, CLK_REF_SELECTED /
     * CLK_SYS_SELECTED), so the bit to wait for is {@code 1 << src}.
     */
    private static void waitSelected(int selectedRegister, int src) {
        while ((Reg.read(selectedRegister) & (1 << src)) == 0) {
            // The mux switches only after both clocks have passed through their synchronisers.
        }
    }
}
