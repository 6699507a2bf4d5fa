package rtgo.hal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import rtgo.hal.regs.IO_BANK0;
import rtgo.hal.regs.XOSC;

/**
 * The host-checkable part of the drivers: the constants and pure int arithmetic they program the
 * hardware with. Register accesses themselves only run on the device (Mem throws on the host), so
 * the frequencies, PLL parameters and baud divisors are checked here against the datasheet's
 * limits and worked examples.
 */
class DriverArithmeticTest {

    @Test
    void clockTreeFrequencies() {
        assertEquals(12_000_000, Clocks.REF_HZ);
        assertEquals(1_500_000_000, Clocks.PLL_SYS_VCO_HZ);
        assertEquals(125_000_000, Clocks.SYS_HZ);
        assertEquals(125_000_000, Clocks.PERI_HZ);
        assertEquals(12, Clocks.TICK_CYCLES, "watchdog tick: 12 clk_ref cycles per microsecond");
        assertEquals(Clocks.TICK_HZ, Clocks.REF_HZ / Clocks.TICK_CYCLES);
    }

    @Test
    void pllParametersWithinDatasheetLimits() { // datasheet 2.18.2
        assertTrue(Clocks.PLL_SYS_VCO_HZ >= 400_000_000 && Clocks.PLL_SYS_VCO_HZ <= 1_600_000_000, "VCO range");
        assertTrue(Clocks.PLL_SYS_FBDIV >= 16 && Clocks.PLL_SYS_FBDIV <= 320, "FBDIV range");
        assertTrue(Clocks.PLL_SYS_POSTDIV1 >= 1 && Clocks.PLL_SYS_POSTDIV1 <= 7, "POSTDIV1 range");
        assertTrue(Clocks.PLL_SYS_POSTDIV2 >= 1 && Clocks.PLL_SYS_POSTDIV2 <= 7, "POSTDIV2 range");
        assertTrue(Clocks.PLL_SYS_POSTDIV1 >= Clocks.PLL_SYS_POSTDIV2, "larger post divider first saves power");
        assertTrue(Clocks.XOSC_HZ / Clocks.PLL_SYS_REFDIV >= 5_000_000, "PLL reference at least 5 MHz");
        assertTrue(Clocks.SYS_HZ <= 133_000_000, "clk_sys within the chip's rating");
    }

    @Test
    void xoscStartupDelay() { // datasheet 2.16.3: 12 MHz, 1 ms, in units of 256 cycles
        assertEquals(47, Clocks.XOSC_STARTUP_DELAY);
        assertEquals(Clocks.XOSC_STARTUP_DELAY, Clocks.XOSC_STARTUP_DELAY & XOSC.STARTUP_DELAY_BITS, "fits the field");
    }

    @Test
    void baudDivisorDatasheetExample() {
        // PL011 worked example (datasheet 4.2.7.1): 4 MHz, 230400 baud -> divisor 1.085, IBRD 1, FBRD 5.
        int d = Uart.divisor64(4_000_000, 230_400);
        assertEquals(1, d >>> 6);
        assertEquals(5, d & 63);
    }

    @Test
    void baudDivisorForTheConsole() {
        // 125 MHz / (16 * 115200) = 67.817 -> IBRD 67, FBRD round(0.817 * 64) = 52.
        int d = Uart.divisor64(Clocks.PERI_HZ, 115_200);
        assertEquals(67, d >>> 6);
        assertEquals(52, d & 63);
    }

    @Test
    void baudDivisorCarriesWhenTheFractionRoundsUp() {
        // 16 * 1000 * 9.999 Hz: the divisor is 9.999, whose fraction rounds to 64/64. The integer
        // part must absorb it (IBRD 10, FBRD 0), not leave IBRD 9 with FBRD 0 (a 10% error).
        int d = Uart.divisor64(159_984, 1000);
        assertEquals(10, d >>> 6);
        assertEquals(0, d & 63);
    }

    @Test
    void baudDivisorClampedToTheRegisters() {
        assertEquals(1 << 6, Uart.divisor64(Clocks.PERI_HZ, 100_000_000), "IBRD 0 is invalid: clamp to 1.0");
        assertEquals(0xffff << 6, Uart.divisor64(Clocks.PERI_HZ, 1), "IBRD 65535 with FBRD 0 at most");
    }

    @Test
    void gpioFunctionNumbers() { // datasheet 2.19.2: F2 UART, F5 SIO, 0x1f NULL
        assertEquals(5, Gpio.FUNC_SIO);
        assertEquals(2, Gpio.FUNC_UART);
        assertEquals(0x1f, Gpio.FUNC_NULL);
        assertEquals(IO_BANK0.GPIO25_CTRL_FUNCSEL_VALUE_SIO_25, Gpio.FUNC_SIO);
        assertEquals(25, Gpio.LED);
    }

    @Test
    void atomicAliasOffsets() { // datasheet 2.1.2
        assertEquals(0x1000, Reg.XOR_ALIAS);
        assertEquals(0x2000, Reg.SET_ALIAS);
        assertEquals(0x3000, Reg.CLEAR_ALIAS);
    }
}
