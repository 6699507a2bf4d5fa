package rtgo.hal;

import rtgo.hal.regs.IO_BANK0;
import rtgo.hal.regs.PADS_BANK0;
import rtgo.hal.regs.RESETS;
import rtgo.hal.regs.SIO;

/**
 * User-bank GPIO (GP0..GP29): function select, and software control of pins through SIO.
 *
 * <p>Design note. A pin passes through three blocks (datasheet 2.19, GPIO): its pad (PADS_BANK0:
 * input enable, output disable, pulls, drive), its function multiplexer (IO_BANK0 GPIOn_CTRL
 * FUNCSEL: which peripheral owns the pin, table in 2.19.2) and, for function SIO, the processor's
 * single-cycle IO block, whose GPIO_OUT and GPIO_OE registers hold one bit per pin and come with
 * their own SET/CLR/XOR registers (2.3.1.2). Driving a pin is therefore one store to
 * GPIO_OUT_SET/CLR/XOR: atomic against the other core and interrupt handlers, no read-modify-write,
 * and toggling an LED costs a single {@code str}.
 *
 * <p>The registers of pin n sit at a fixed stride from pin 0, so the strides are taken from the
 * generated addresses of pins 0 and 1 rather than written as numbers. Function numbers are the
 * same column for every pin (F2 UART, F5 SIO), so pin 0's enumerated values name them. Pin numbers
 * are not checked (this layer has no exceptions): callers pass 0..29, usually a constant.
 */
public final class Gpio {
    private Gpio() {}

    /** The Raspberry Pi Pico's on-board LED (active high). */
    public static final int LED = 25;

    /** Function 5, software control through SIO, on every user-bank pin (datasheet 2.19.2). */
    public static final int FUNC_SIO = IO_BANK0.GPIO0_CTRL_FUNCSEL_VALUE_SIO_0;
    /** Function 2, UART; which UART and signal depends on the pin: GP0 UART0 TX, GP1 UART0 RX (2.19.2). */
    public static final int FUNC_UART = IO_BANK0.GPIO0_CTRL_FUNCSEL_VALUE_UART0_TX;
    /** Function 31: no function, the pin's output is disconnected (the reset state). */
    public static final int FUNC_NULL = IO_BANK0.GPIO0_CTRL_FUNCSEL_VALUE_NULL;

    /** Each pin has a STATUS and a CTRL register: CTRL of pin n = GPIO0_CTRL + n * 8. */
    private static final int CTRL_STRIDE = IO_BANK0.GPIO1_CTRL - IO_BANK0.GPIO0_CTRL;
    /** One pad register per pin: pad of pin n = GPIO0 + n * 4. */
    private static final int PAD_STRIDE = PADS_BANK0.GPIO1 - PADS_BANK0.GPIO0;

    /**
     * Gives {@code pin} to {@code function} (one of the FUNC_ constants or a FUNCSEL value from the
     * 2.19.2 table) with its pad enabled in both directions and no overrides. Releases IO_BANK0 and
     * PADS_BANK0 from reset first, so a driver need not know whether someone already did.
     */
    public static void setFunction(int pin, int function) {
        Resets.unreset(RESETS.RESET_IO_BANK0_BITS | RESETS.RESET_PADS_BANK0_BITS);
        // Input enabled, output not disabled; leave pulls, drive and slew at their reset values.
        Reg.writeMasked(PADS_BANK0.GPIO0 + pin * PAD_STRIDE, PADS_BANK0.GPIO0_IE_BITS,
                PADS_BANK0.GPIO0_IE_BITS | PADS_BANK0.GPIO0_OD_BITS);
        // A whole-register write: FUNCSEL, and every override field back to NORMAL (0).
        Reg.write(IO_BANK0.GPIO0_CTRL + pin * CTRL_STRIDE, function << IO_BANK0.GPIO0_CTRL_FUNCSEL_LSB);
    }

    /**
     * Makes {@code pin} a software-controlled output, driven low. Output value and enable are set
     * before the pin is handed to SIO, so it never drives a stale level.
     */
    public static void initOutput(int pin) {
        clear(pin);
        Reg.write(SIO.GPIO_OE_SET, 1 << pin);
        setFunction(pin, FUNC_SIO);
    }

    /** Makes {@code pin} a software-controlled input (output enable off). */
    public static void initInput(int pin) {
        Reg.write(SIO.GPIO_OE_CLR, 1 << pin);
        setFunction(pin, FUNC_SIO);
    }

    /** Drives {@code pin} high. */
    public static void set(int pin) {
        Reg.write(SIO.GPIO_OUT_SET, 1 << pin);
    }

    /** Drives {@code pin} low. */
    public static void clear(int pin) {
        Reg.write(SIO.GPIO_OUT_CLR, 1 << pin);
    }

    /** Inverts the level {@code pin} is driven to. */
    public static void toggle(int pin) {
        Reg.write(SIO.GPIO_OUT_XOR, 1 << pin);
    }

    /** Drives {@code pin} high when {@code high}, else low. */
    public static void put(int pin, boolean high) {
        if (high) {
            set(pin);
        } else {
            clear(pin);
        }
    }

    /** The level the pin's pad sees (after the input override), whatever function owns the pin. */
    public static boolean read(int pin) {
        return ((Reg.read(SIO.GPIO_IN) >>> pin) & 1) != 0;
    }

    /** The level software last asked {@code pin} to drive (SIO GPIO_OUT), not the pad's level. */
    public static boolean outputLevel(int pin) {
        return ((Reg.read(SIO.GPIO_OUT) >>> pin) & 1) != 0;
    }

    /** Interrupt events of a pin (datasheet 2.19.6.2, INTR0): 4 bits per pin, 8 pins per register. */
    public static final int EDGE_FALL = 4;
    public static final int EDGE_RISE = 8;

    /**
     * Lets {@code events} (EDGE_FALL, EDGE_RISE or both) of {@code pin} raise IO_IRQ_BANK0 on
     * this core, after clearing events latched before. The handler calls {@link #acknowledge}.
     */
    public static void enableEdges(int pin, int events) {
        int reg = (pin >>> 3) << 2;
        int shift = (pin & 7) << 2;
        Reg.write(IO_BANK0.INTR0 + reg, (EDGE_FALL | EDGE_RISE) << shift);
        Reg.writeMasked(IO_BANK0.PROC0_INTE0 + reg, events << shift, (EDGE_FALL | EDGE_RISE) << shift);
    }

    /** The events of {@code pin} that are raising the interrupt now (EDGE_FALL, EDGE_RISE bits). */
    public static int pending(int pin) {
        return (Reg.read(IO_BANK0.PROC0_INTS0 + ((pin >>> 3) << 2)) >>> ((pin & 7) << 2)) & (EDGE_FALL | EDGE_RISE);
    }

    /** Clears the latched edge {@code events} of {@code pin} (write one to clear). */
    public static void acknowledge(int pin, int events) {
        Reg.write(IO_BANK0.INTR0 + ((pin >>> 3) << 2), events << ((pin & 7) << 2));
    }
}
