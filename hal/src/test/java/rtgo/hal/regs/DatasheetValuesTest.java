package rtgo.hal.regs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Checks generated register constants against values read off the RP2040 datasheet's register
 * tables, for every register the HAL drivers touch. The expected numbers are typed in from the
 * datasheet, not derived from the SVD, so a generator bug (wrong base, offset arithmetic, bit
 * range parsing, derivedFrom, patch application) fails here.
 */
class DatasheetValuesTest {

    @Test
    void uart0() { // datasheet 4.2 (UART), list of registers
        assertEquals(0x40034000, UART0.BASE);
        assertEquals(0x40034000, UART0.UARTDR);
        assertEquals(0x18, UART0.UARTFR_OFFSET);
        assertEquals(0x40034018, UART0.UARTFR);
        assertEquals(5, UART0.UARTFR_TXFF_LSB);
        assertEquals(1 << 5, UART0.UARTFR_TXFF_BITS);
        assertEquals(1 << 3, UART0.UARTFR_BUSY_BITS);
        assertEquals(1 << 4, UART0.UARTFR_RXFE_BITS);
        assertEquals(0x40034024, UART0.UARTIBRD);
        assertEquals(0xffff, UART0.UARTIBRD_BAUD_DIVINT_BITS);
        assertEquals(0x40034028, UART0.UARTFBRD);
        assertEquals(0x3f, UART0.UARTFBRD_BAUD_DIVFRAC_BITS);
        assertEquals(0x4003402c, UART0.UARTLCR_H);
        assertEquals(0x60, UART0.UARTLCR_H_WLEN_BITS);
        assertEquals(1 << 4, UART0.UARTLCR_H_FEN_BITS);
        assertEquals(0x40034030, UART0.UARTCR);
        assertEquals(1 << 0, UART0.UARTCR_UARTEN_BITS);
        assertEquals(1 << 8, UART0.UARTCR_TXE_BITS);
        assertEquals(1 << 9, UART0.UARTCR_RXE_BITS);
        assertEquals(0xff, UART0.UARTDR_DATA_BITS);
    }

    @Test
    void uartWordLengthComesFromOurPatch() { // UARTLCR_H.WLEN: b11 = 8 bits ... b00 = 5 bits
        assertEquals(3, UART0.UARTLCR_H_WLEN_VALUE_8BITS);
        assertEquals(0, UART0.UARTLCR_H_WLEN_VALUE_5BITS);
        assertEquals(3, UART1.UARTLCR_H_WLEN_VALUE_8BITS); // inherited through derivedFrom
    }

    @Test
    void uart1IsDerivedFromUart0AtItsOwnBase() {
        assertEquals(0x40038000, UART1.BASE);
        assertEquals(0x40038018, UART1.UARTFR);
        assertEquals(UART0.UARTFR_TXFF_BITS, UART1.UARTFR_TXFF_BITS);
    }

    @Test
    void resets() { // datasheet 2.14 (Subsystem Resets), list of registers
        assertEquals(0x4000c000, RESETS.BASE);
        assertEquals(0x4000c000, RESETS.RESET);
        assertEquals(0x4000c008, RESETS.RESET_DONE);
        assertEquals(1 << 5, RESETS.RESET_IO_BANK0_BITS);
        assertEquals(1 << 8, RESETS.RESET_PADS_BANK0_BITS);
        assertEquals(1 << 12, RESETS.RESET_PLL_SYS_BITS);
        assertEquals(1 << 21, RESETS.RESET_TIMER_BITS);
        assertEquals(1 << 22, RESETS.RESET_UART0_BITS);
        assertEquals(1 << 22, RESETS.RESET_DONE_UART0_BITS);
    }

    @Test
    void gpioBlocks() { // datasheet 2.19 (GPIO), IO_BANK0 and PADS_BANK0 registers
        assertEquals(0x40014000, IO_BANK0.BASE);
        assertEquals(0x40014004, IO_BANK0.GPIO0_CTRL);
        assertEquals(0x4001400c, IO_BANK0.GPIO1_CTRL);
        assertEquals(0x400140cc, IO_BANK0.GPIO25_CTRL);
        assertEquals(0x1f, IO_BANK0.GPIO25_CTRL_FUNCSEL_BITS);
        assertEquals(5, IO_BANK0.GPIO25_CTRL_FUNCSEL_VALUE_SIO_25);
        assertEquals(5, IO_BANK0.GPIO0_CTRL_FUNCSEL_VALUE_SIO_0);
        assertEquals(2, IO_BANK0.GPIO0_CTRL_FUNCSEL_VALUE_UART0_TX);
        assertEquals(2, IO_BANK0.GPIO1_CTRL_FUNCSEL_VALUE_UART0_RX);
        assertEquals(0x1f, IO_BANK0.GPIO0_CTRL_FUNCSEL_VALUE_NULL);
        assertEquals(0x4001c000, PADS_BANK0.BASE);
        assertEquals(0x4001c004, PADS_BANK0.GPIO0);
        assertEquals(0x4001c068, PADS_BANK0.GPIO25);
        assertEquals(1 << 6, PADS_BANK0.GPIO0_IE_BITS);
        assertEquals(1 << 7, PADS_BANK0.GPIO0_OD_BITS);
    }

    @Test
    void sio() { // datasheet 2.3.1 (SIO), list of registers
        assertEquals(0xd0000000, SIO.BASE);
        assertEquals(0xd0000004, SIO.GPIO_IN);
        assertEquals(0xd0000010, SIO.GPIO_OUT);
        assertEquals(0xd0000014, SIO.GPIO_OUT_SET);
        assertEquals(0xd0000018, SIO.GPIO_OUT_CLR);
        assertEquals(0xd000001c, SIO.GPIO_OUT_XOR);
        assertEquals(0xd0000024, SIO.GPIO_OE_SET);
        assertEquals(0xd0000028, SIO.GPIO_OE_CLR);
    }

    @Test
    void timer() { // datasheet 4.6 (Timer), list of registers
        assertEquals(0x40054000, TIMER.BASE);
        assertEquals(0x40054024, TIMER.TIMERAWH);
        assertEquals(0x40054028, TIMER.TIMERAWL);
    }

    @Test
    void xosc() { // datasheet 2.16 (XOSC), list of registers
        assertEquals(0x40024000, XOSC.CTRL);
        assertEquals(0x40024004, XOSC.STATUS);
        assertEquals(0x4002400c, XOSC.STARTUP);
        assertEquals(0xfab, XOSC.CTRL_ENABLE_VALUE_ENABLE);
        assertEquals(12, XOSC.CTRL_ENABLE_LSB);
        assertEquals(0xaa0, XOSC.CTRL_FREQ_RANGE_VALUE_1_15MHZ);
        assertEquals(0x80000000, XOSC.STATUS_STABLE_BITS);
        assertEquals(0x3fff, XOSC.STARTUP_DELAY_BITS);
    }

    @Test
    void pllSys() { // datasheet 2.18 (PLL), list of registers
        assertEquals(0x40028000, PLL_SYS.CS);
        assertEquals(0x40028004, PLL_SYS.PWR);
        assertEquals(0x40028008, PLL_SYS.FBDIV_INT);
        assertEquals(0x4002800c, PLL_SYS.PRIM);
        assertEquals(0x80000000, PLL_SYS.CS_LOCK_BITS);
        assertEquals(0x3f, PLL_SYS.CS_REFDIV_BITS);
        assertEquals(1 << 0, PLL_SYS.PWR_PD_BITS);
        assertEquals(1 << 3, PLL_SYS.PWR_POSTDIVPD_BITS);
        assertEquals(1 << 5, PLL_SYS.PWR_VCOPD_BITS);
        assertEquals(0xfff, PLL_SYS.FBDIV_INT_FBDIV_INT_BITS);
        assertEquals(0x7 << 16, PLL_SYS.PRIM_POSTDIV1_BITS);
        assertEquals(0x7 << 12, PLL_SYS.PRIM_POSTDIV2_BITS);
        assertEquals(0x4002c00c, PLL_USB.PRIM);
    }

    @Test
    void clocks() { // datasheet 2.15 (Clocks), list of registers
        assertEquals(0x40008000, CLOCKS.BASE);
        assertEquals(0x40008030, CLOCKS.CLK_REF_CTRL);
        assertEquals(0x40008034, CLOCKS.CLK_REF_DIV);
        assertEquals(0x40008038, CLOCKS.CLK_REF_SELECTED);
        assertEquals(0x4000803c, CLOCKS.CLK_SYS_CTRL);
        assertEquals(0x40008040, CLOCKS.CLK_SYS_DIV);
        assertEquals(0x40008044, CLOCKS.CLK_SYS_SELECTED);
        assertEquals(0x40008048, CLOCKS.CLK_PERI_CTRL);
        assertEquals(0x40008078, CLOCKS.CLK_SYS_RESUS_CTRL);
        assertEquals(0x3, CLOCKS.CLK_REF_CTRL_SRC_BITS);
        assertEquals(2, CLOCKS.CLK_REF_CTRL_SRC_VALUE_XOSC_CLKSRC);
        assertEquals(0x300, CLOCKS.CLK_REF_DIV_INT_BITS);
        assertEquals(1, CLOCKS.CLK_SYS_CTRL_SRC_BITS);
        assertEquals(1, CLOCKS.CLK_SYS_CTRL_SRC_VALUE_CLKSRC_CLK_SYS_AUX);
        assertEquals(0xe0, CLOCKS.CLK_SYS_CTRL_AUXSRC_BITS);
        assertEquals(0, CLOCKS.CLK_SYS_CTRL_AUXSRC_VALUE_CLKSRC_PLL_SYS);
        assertEquals(0xffffff00, CLOCKS.CLK_SYS_DIV_INT_BITS);
        assertEquals(1 << 11, CLOCKS.CLK_PERI_CTRL_ENABLE_BITS);
        assertEquals(0, CLOCKS.CLK_PERI_CTRL_AUXSRC_VALUE_CLK_SYS);
    }

    @Test
    void watchdogTick() { // datasheet 4.7 (Watchdog), list of registers
        assertEquals(0x4005802c, WATCHDOG.TICK);
        assertEquals(1 << 9, WATCHDOG.TICK_ENABLE_BITS);
        assertEquals(0x1ff, WATCHDOG.TICK_CYCLES_BITS);
    }
}
