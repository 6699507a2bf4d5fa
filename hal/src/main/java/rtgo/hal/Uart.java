package rtgo.hal;

import rtgo.hal.regs.IO_BANK0;
import rtgo.hal.regs.RESETS;
import rtgo.hal.regs.UART0;

/**
 * UART0 on GP0 (TX) and GP1 (RX), 8N1, polled: the console rtgo prints to.
 *
 * <p>Design note. The RP2040's UARTs are ARM PL011s (datasheet 4.2, UART). Output is polled rather
 * than interrupt driven: the 32-byte TX FIFO absorbs a short line, {@link #write0} only waits when
 * it is full, and {@link #flush0} exists for the one moment that must wait for the wire, before the
 * program exits or the clocks change. Nothing here allocates or throws.
 *
 * <p>Baud rate (4.2.7.1): the divisor is clk_peri / (16 * baud) in 16.6 fixed point, IBRD the
 * integer part, FBRD the fraction in 64ths. Computing round(64 * clk_peri / (16 * baud)) as one
 * integer, (4 * clk_peri + baud / 2) / baud, rounds the fraction the way the datasheet does and
 * carries correctly when it rounds up to a whole unit; 4 * clk_peri stays an int for any clk_peri
 * below 536 MHz. IBRD, FBRD and LCR_H form one internal register latched by the LCR_H write, so
 * LCR_H is written last. The pins are handed to the UART only after it is enabled, so TX switches to
 * an output that already idles high, never to a UART still in reset or half configured.
 */
public final class Uart {
    private Uart() {}

    /** UART0 TX pin on the Pico (function UART0_TX, datasheet 2.19.2). */
    public static final int UART0_TX_PIN = 0;
    /** UART0 RX pin on the Pico (function UART0_RX). */
    public static final int UART0_RX_PIN = 1;

    /** Smallest and largest divisors in 64ths: IBRD 1..65535 (4.2.7.1). */
    private static final int MIN_DIVISOR64 = 1 << 6;
    private static final int MAX_DIVISOR64 = UART0.UARTIBRD_BAUD_DIVINT_BITS << 6;

    /**
     * Brings UART0 up from reset at {@code baud} (positive) from clk_peri ({@link Clocks#PERI_HZ}):
     * 8 data bits, no parity, 1 stop bit, FIFOs on, TX and RX enabled, on GP0/GP1. Bytes still in
     * the FIFO from an earlier init are dropped; call {@link #flush0} before re-initialising.
     */
    public static void init0(int baud) {
        init0Divisor(divisor64(Clocks.PERI_HZ, baud));
    }

    /**
     * As {@link #init0}, with the baud rate divisor already computed by {@link #divisor64}: the
     * console passes a constant, so its start-up has no division (nor a division-by-zero check,
     * whose report would bring the exception machinery into every image).
     */
    public static void init0Divisor(int divisor) {
        Resets.cycle(RESETS.RESET_UART0_BITS);

        Reg.write(UART0.UARTIBRD, (divisor >>> 6) << UART0.UARTIBRD_BAUD_DIVINT_LSB);
        Reg.write(UART0.UARTFBRD, (divisor & 63) << UART0.UARTFBRD_BAUD_DIVFRAC_LSB);
        Reg.write(UART0.UARTLCR_H, (UART0.UARTLCR_H_WLEN_VALUE_8BITS << UART0.UARTLCR_H_WLEN_LSB)
                | UART0.UARTLCR_H_FEN_BITS);
        Reg.write(UART0.UARTCR, UART0.UARTCR_UARTEN_BITS | UART0.UARTCR_TXE_BITS | UART0.UARTCR_RXE_BITS);

        Gpio.setFunction(UART0_TX_PIN, IO_BANK0.GPIO0_CTRL_FUNCSEL_VALUE_UART0_TX);
        Gpio.setFunction(UART0_RX_PIN, IO_BANK0.GPIO1_CTRL_FUNCSEL_VALUE_UART0_RX);
    }

    /**
     * The baud rate divisor clkHz / (16 * baud) in 64ths, rounded to nearest and clamped to what
     * IBRD/FBRD can hold: IBRD is {@code result >>> 6}, FBRD {@code result & 63}. Pure arithmetic,
     * so the host tests check it against the datasheet's examples.
     */
    public static int divisor64(int clkHz, int baud) {
        int divisor = (4 * clkHz + baud / 2) / baud;
        if (divisor < MIN_DIVISOR64) {
            return MIN_DIVISOR64;
        }
        if (divisor > MAX_DIVISOR64) {
            return MAX_DIVISOR64;
        }
        return divisor;
    }

    /** Queues byte {@code b} (low 8 bits) for sending, waiting only while the TX FIFO is full. */
    public static void write0(int b) {
        while ((Reg.read(UART0.UARTFR) & UART0.UARTFR_TXFF_BITS) != 0) {
            // FIFO full: one character time (87 µs at 115200) frees a slot.
        }
        Reg.write(UART0.UARTDR, b & UART0.UARTDR_DATA_BITS);
    }

    /** Waits until every queued byte, stop bit included, has left the shift register. */
    public static void flush0() {
        while ((Reg.read(UART0.UARTFR) & UART0.UARTFR_BUSY_BITS) != 0) {
            // Still transmitting.
        }
    }

    /** Whether a received byte is waiting in the RX FIFO. */
    public static boolean canRead0() {
        return (Reg.read(UART0.UARTFR) & UART0.UARTFR_RXFE_BITS) == 0;
    }

    /** Waits for a received byte and returns it (0..255); error flags are dropped. */
    public static int read0() {
        while (!canRead0()) {
            // Nothing received yet.
        }
        return Reg.read(UART0.UARTDR) & UART0.UARTDR_DATA_BITS;
    }
}
