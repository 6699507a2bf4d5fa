package rtgo.hal;

import rtgo.hal.regs.PPB;

/**
 * The NVIC side of the RP2040's 26 interrupts (datasheet 2.3.2): numbers, enabling, pending.
 * A program's handler is a method marked {@link Interrupt}; this class switches the line on.
 *
 * <p>Design note. The NVIC's set/clear-enable and set/clear-pending registers take one bit per
 * line and ignore zeros, so each operation is a single store, safe against interrupts and the
 * other core without a read-modify-write.
 */
public final class Irq {
    private Irq() {}

    public static final int TIMER_IRQ_0 = 0;
    public static final int TIMER_IRQ_1 = 1;
    public static final int PWM_IRQ_WRAP = 4;
    public static final int DMA_IRQ_0 = 11;
    public static final int DMA_IRQ_1 = 12;
    public static final int IO_IRQ_BANK0 = 13;
    public static final int SIO_IRQ_PROC0 = 15;
    public static final int UART0_IRQ = 20;
    public static final int UART1_IRQ = 21;
    public static final int ADC_IRQ_FIFO = 22;
    public static final int I2C0_IRQ = 23;
    public static final int I2C1_IRQ = 24;
    public static final int RTC_IRQ = 25;

    /** Lets interrupt {@code irq} reach its handler (clears a stale pending request first). */
    public static void enable(int irq) {
        Reg.write(PPB.NVIC_ICPR, 1 << irq);
        Reg.write(PPB.NVIC_ISER, 1 << irq);
    }

    /** Stops interrupt {@code irq} from reaching its handler. */
    public static void disable(int irq) {
        Reg.write(PPB.NVIC_ICER, 1 << irq);
    }

    /** Requests interrupt {@code irq} from software, as if its peripheral had. */
    public static void pend(int irq) {
        Reg.write(PPB.NVIC_ISPR, 1 << irq);
    }
}
