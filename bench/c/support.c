/*
 * support.c: what a C kernel twin needs to run on the RP2040 in place of rtgo's Java runtime, so
 * that it links with rtgo's own boot2, crt0.S and rtgo.ld (transpiler/src/main/resources/rtgo/link).
 *
 * Design note. crt0 copies .data, zeroes .bss and calls rtgo_start; on the Java side that is
 * rtgo.runtime.Start, which brings up XOSC 12 MHz, PLL_SYS 125 MHz and UART0 115200 8N1 on GP0/GP1
 * (docs/abi.md, "Boot sequence"). We do the same bring-up here, register by register from the
 * RP2040 datasheet, so both sides run under identical clocks: on the emulator cycle counts do not
 * depend on the clock, but on a board they would through flash timing, and the harness's timer
 * and baud-rate bookkeeping follow clk_sys. All of it happens before main prints BEGIN, so none of
 * it is timed.
 *
 * Output is unbuffered like the Java runtime's Console: each byte goes into the UART TX FIFO as
 * soon as there is room. The exit protocol is the ABI's: status in r0, then bkpt #0; before that we
 * wait for the FIFO to drain, as Start.exit does, so a board loses no output.
 *
 * crt0 also expects the Java runtime's two fault entries; here they print what happened and exit
 * with a non-zero status (rp2040js never raises faults, so they matter only on a board).
 */
#include <stdint.h>

#include "bench.h"

int main(void);

#define REG(address) (*(volatile uint32_t *) (address))
#define ATOMIC_SET 0x2000   /* datasheet 2.1.2: writing here sets the written bits */
#define ATOMIC_CLEAR 0x3000 /* ... and here clears them */

/* RESETS, datasheet 2.14.3. */
#define RESETS_BASE 0x4000c000u
#define RESETS_RESET (RESETS_BASE + 0x0)
#define RESETS_RESET_DONE (RESETS_BASE + 0x8)
#define RESET_IO_BANK0 (1u << 5)
#define RESET_PADS_BANK0 (1u << 8)
#define RESET_PLL_SYS (1u << 12)
#define RESET_UART0 (1u << 22)

/* XOSC, datasheet 2.16.7: the Pico's 12 MHz crystal. */
#define XOSC_BASE 0x40024000u
#define XOSC_CTRL (XOSC_BASE + 0x00)
#define XOSC_STATUS (XOSC_BASE + 0x04)
#define XOSC_STARTUP (XOSC_BASE + 0x0c)
#define XOSC_CTRL_FREQ_RANGE_1_15MHZ 0xaa0u
#define XOSC_CTRL_ENABLE (0xfabu << 12)
#define XOSC_STATUS_STABLE (1u << 31)
#define XOSC_MHZ 12
/* Startup delay in units of 256 reference cycles: about 1 ms (datasheet 2.16.3). */
#define XOSC_STARTUP_DELAY ((XOSC_MHZ * 1000 + 128) / 256)

/* CLOCKS, datasheet 2.15.7. */
#define CLOCKS_BASE 0x40008000u
#define CLK_REF_CTRL (CLOCKS_BASE + 0x30)
#define CLK_REF_DIV (CLOCKS_BASE + 0x34)
#define CLK_REF_SELECTED (CLOCKS_BASE + 0x38)
#define CLK_SYS_CTRL (CLOCKS_BASE + 0x3c)
#define CLK_SYS_DIV (CLOCKS_BASE + 0x40)
#define CLK_SYS_SELECTED (CLOCKS_BASE + 0x44)
#define CLK_PERI_CTRL (CLOCKS_BASE + 0x48)
#define CLK_REF_SRC_XOSC 2u
#define CLK_SYS_SRC_AUX 1u            /* glitchless mux: take the auxiliary source ... */
#define CLK_SYS_AUXSRC_PLL_SYS (0u << 5) /* ... which is PLL_SYS */
#define CLK_PERI_ENABLE (1u << 11)
#define CLK_PERI_AUXSRC_CLK_SYS (0u << 5)
#define CLK_DIV_ONE (1u << 8)          /* integer divisor 1, no fraction */

/* PLL_SYS, datasheet 2.18.4: 12 MHz / REFDIV 1 * FBDIV 125 = VCO 1500 MHz; / 6 / 2 = 125 MHz. */
#define PLL_SYS_BASE 0x40028000u
#define PLL_CS (PLL_SYS_BASE + 0x0)
#define PLL_PWR (PLL_SYS_BASE + 0x4)
#define PLL_FBDIV_INT (PLL_SYS_BASE + 0x8)
#define PLL_PRIM (PLL_SYS_BASE + 0xc)
#define PLL_CS_LOCK (1u << 31)
#define PLL_PWR_PD (1u << 0)
#define PLL_PWR_POSTDIVPD (1u << 3)
#define PLL_PWR_VCOPD (1u << 5)
#define PLL_FBDIV 125u
#define PLL_POSTDIV1 6u
#define PLL_POSTDIV2 2u
#define CLK_SYS_HZ 125000000u

/* IO_BANK0, datasheet 2.19.6: GPIO0 = UART0 TX, GPIO1 = UART0 RX with FUNCSEL 2. */
#define IO_BANK0_BASE 0x40014000u
#define GPIO0_CTRL (IO_BANK0_BASE + 0x04)
#define GPIO1_CTRL (IO_BANK0_BASE + 0x0c)
#define GPIO_FUNC_UART 2u

/* UART0 (a PL011), datasheet 4.2.8. */
#define UART0_BASE 0x40034000u
#define UART_DR (UART0_BASE + 0x00)
#define UART_FR (UART0_BASE + 0x18)
#define UART_IBRD (UART0_BASE + 0x24)
#define UART_FBRD (UART0_BASE + 0x28)
#define UART_LCR_H (UART0_BASE + 0x2c)
#define UART_CR (UART0_BASE + 0x30)
#define UART_FR_TXFF (1u << 5)
#define UART_FR_BUSY (1u << 3)
#define UART_FR_TXFE (1u << 7)
#define UART_LCR_H_8N1_FIFO ((3u << 5) | (1u << 4)) /* WLEN 8 bits, FEN: FIFOs on */
#define UART_CR_ENABLE ((1u << 9) | (1u << 8) | 1u)  /* RXE, TXE, UARTEN */
#define BAUD 115200u

static void unreset(uint32_t bits) {
    REG(RESETS_RESET + ATOMIC_CLEAR) = bits;
    while ((REG(RESETS_RESET_DONE) & bits) != bits) {
    }
}

static void clocks_init(void) {
    /* Crystal on, then clk_ref from it; clk_sys stays on clk_ref while PLL_SYS starts. */
    REG(XOSC_CTRL) = XOSC_CTRL_FREQ_RANGE_1_15MHZ;
    REG(XOSC_STARTUP) = XOSC_STARTUP_DELAY;
    REG(XOSC_CTRL + ATOMIC_SET) = XOSC_CTRL_ENABLE;
    while ((REG(XOSC_STATUS) & XOSC_STATUS_STABLE) == 0) {
    }
    REG(CLK_REF_CTRL) = CLK_REF_SRC_XOSC;
    while (REG(CLK_REF_SELECTED) != (1u << CLK_REF_SRC_XOSC)) {
    }
    REG(CLK_REF_DIV) = CLK_DIV_ONE;
    REG(CLK_SYS_CTRL) = 0; /* SRC = clk_ref */
    while (REG(CLK_SYS_SELECTED) != 1u) {
    }

    /* PLL_SYS: reset it, program the dividers, power up the VCO, wait for lock, then the post
       dividers (datasheet 2.18.2, the order given there). */
    REG(RESETS_RESET + ATOMIC_SET) = RESET_PLL_SYS;
    unreset(RESET_PLL_SYS);
    REG(PLL_CS) = 1; /* REFDIV */
    REG(PLL_FBDIV_INT) = PLL_FBDIV;
    REG(PLL_PWR + ATOMIC_CLEAR) = PLL_PWR_PD | PLL_PWR_VCOPD;
    while ((REG(PLL_CS) & PLL_CS_LOCK) == 0) {
    }
    REG(PLL_PRIM) = (PLL_POSTDIV1 << 16) | (PLL_POSTDIV2 << 12);
    REG(PLL_PWR + ATOMIC_CLEAR) = PLL_PWR_POSTDIVPD;

    /* clk_sys: select PLL_SYS on the aux mux while the glitchless mux is on clk_ref, then switch. */
    REG(CLK_SYS_DIV) = CLK_DIV_ONE;
    REG(CLK_SYS_CTRL) = CLK_SYS_AUXSRC_PLL_SYS;
    REG(CLK_SYS_CTRL) = CLK_SYS_AUXSRC_PLL_SYS | CLK_SYS_SRC_AUX;
    while (REG(CLK_SYS_SELECTED) != (1u << CLK_SYS_SRC_AUX)) {
    }
    /* clk_peri (UART's clock) = clk_sys. */
    REG(CLK_PERI_CTRL) = CLK_PERI_ENABLE | CLK_PERI_AUXSRC_CLK_SYS;
}

static void uart_init(void) {
    unreset(RESET_IO_BANK0 | RESET_PADS_BANK0 | RESET_UART0);
    /* Baud divisor in 1/64ths: 4 * clk_peri / baud, rounded (datasheet 4.2.7.1). */
    uint32_t divisor64 = (8 * CLK_SYS_HZ / BAUD + 1) / 2;
    REG(UART_IBRD) = divisor64 >> 6;
    REG(UART_FBRD) = divisor64 & 63;
    REG(UART_LCR_H) = UART_LCR_H_8N1_FIFO; /* also latches IBRD/FBRD */
    REG(UART_CR) = UART_CR_ENABLE;
    REG(GPIO0_CTRL) = GPIO_FUNC_UART;
    REG(GPIO1_CTRL) = GPIO_FUNC_UART;
}

static void uart_putc(char c) {
    while ((REG(UART_FR) & UART_FR_TXFF) != 0) {
    }
    REG(UART_DR) = (uint8_t) c;
}

static void uart_puts(const char *s) {
    while (*s != 0) {
        uart_putc(*s++);
    }
}

/* Signed decimal, as Java's println(int) prints it; negation through uint32_t covers INT32_MIN. */
static void uart_put_int(int32_t value) {
    char digits[10];
    int n = 0;
    uint32_t magnitude = (uint32_t) value;
    if (value < 0) {
        uart_putc('-');
        magnitude = 0u - magnitude;
    }
    do {
        digits[n++] = (char) ('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    while (n > 0) {
        uart_putc(digits[--n]);
    }
}

static void uart_put_hex(uint32_t value) {
    uart_puts("0x");
    for (int shift = 28; shift >= 0; shift -= 4) {
        uint32_t digit = (value >> shift) & 15;
        uart_putc((char) (digit < 10 ? '0' + digit : 'a' - 10 + digit));
    }
}

void bench_begin(void) {
    uart_puts("BEGIN\n");
}

void bench_end(uint32_t checksum) {
    /* "END " first: the line's first byte marks the end of the timed region. */
    uart_puts("END ");
    uart_put_int((int32_t) checksum);
    uart_putc('\n');
}

/* The ABI's exit protocol (docs/abi.md): status in r0, then bkpt #0. */
static __attribute__((noreturn)) void bench_exit(int32_t status) {
    while ((REG(UART_FR) & (UART_FR_TXFE | UART_FR_BUSY)) != UART_FR_TXFE) {
    }
    register int32_t r0 __asm__("r0") = status;
    __asm__ volatile("bkpt #0" : : "r"(r0));
    for (;;) {
        __asm__ volatile("wfi");
    }
}

/* Called by crt0 after .data and .bss are ready. */
/*
 * newlib's malloc grows its arena with _sbrk: here over the same heap rtgo's runtime uses, between
 * the linker script's __heap_start and __heap_end (rtgo.ld puts the stack above __heap_end).
 */
extern char __heap_start[];
extern char __heap_end[];
static char *heap_top = __heap_start;

void *_sbrk(intptr_t increment) {
    if (increment > __heap_end - heap_top || -increment > heap_top - __heap_start) {
        return (void *) -1;
    }
    char *old = heap_top;
    heap_top += increment;
    return old;
}

void rtgo_start(void) {
    clocks_init();
    uart_init();
    bench_exit(main());
}

/*
 * HardFault, with the exception frame (r0-r3, r12, lr, pc, xPSR) as crt0 passes it. On a board
 * without a debugger the exit's bkpt #0 itself escalates to HardFault: then the program is over
 * and we park, as the Java runtime does (docs/abi.md, "Exit protocol").
 */
void rtgo_hardfault_java(const uint32_t *frame) {
    uint32_t pc = frame[6];
    if (*(const volatile uint16_t *) pc != 0xbe00) {
        uart_puts("\nHardFault at pc ");
        uart_put_hex(pc);
        uart_putc('\n');
    }
    for (;;) {
        __asm__ volatile("wfi");
    }
}

/* Any exception or interrupt nobody enabled: report its number and stop. */
void rtgo_unexpected_java(uint32_t exception) {
    uart_puts("\nunexpected exception ");
    uart_put_int((int32_t) exception);
    uart_putc('\n');
    bench_exit(2);
}
