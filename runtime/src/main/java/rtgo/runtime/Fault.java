package rtgo.runtime;

import rtgo.vm.Address;
import rtgo.vm.Cpu;
import rtgo.vm.Export;
import rtgo.vm.Mem;
import rtgo.vm.abi.MemoryMap;
import rtgo.vm.abi.SymbolNames;

/*
 * Fault: processor exceptions that are not Java exceptions, and runtime panics.
 *
 * Design note. The hand-written exception stubs in the start-up code find the stack the faulting
 * code used and pass the address of the exception frame the M0+ pushed on entry: r0, r1, r2, r3,
 * r12, lr, pc, xPSR at offsets 0..28 (ARMv6-M ARM B1.5.6). We only read that frame; there is
 * nothing to return to, because a HardFault on the M0+ means a bug (a bad address, an unaligned
 * access, an undefined instruction) or the exit protocol below.
 *
 * The exit protocol is `bkpt #0` (docs/abi.md, "Exit protocol"). With a debugger or the emulator
 * attached the core halts there; on a board without one, BKPT escalates to HardFault, the stacked
 * PC points at the bkpt itself, and we park the core instead of reporting a crash. Before reading
 * the halfword at the stacked PC we check that PC is halfword aligned and inside XIP flash or
 * SRAM (RP2040 datasheet 2.2, address map): a fault caused by a jump to a wild address would
 * otherwise fault again here, and a fault inside the HardFault handler locks the core up.
 *
 * A panic prints one line starting with "panic: " and exits with status 1. Exiting from inside
 * the HardFault handler executes `bkpt` in handler mode: the emulator stops there as usual, and
 * a board without a debugger locks up, which is as good as parking. Panics before the console is
 * open print nothing (Console drops the bytes) but still end with status 1.
 */
public final class Fault {
    private Fault() {}

    /** The Thumb encoding of {@code bkpt #0}. */
    private static final int BKPT_0 = 0xBE00;

    /** Word offsets in the exception frame, in bytes. */
    private static final int FRAME_LR = 20;
    private static final int FRAME_PC = 24;

    /** HardFault, from the start-up code's stub with the address of the exception frame. */
    @Export(SymbolNames.HARDFAULT)
    public static void hardFault(int frame) {
        int lr = Mem.load32(frame + FRAME_LR);
        int pc = Mem.load32(frame + FRAME_PC);
        if (isReadableCode(pc) && Mem.load16(pc) == BKPT_0) {
            park();
            return;
        }
        panicBegin();
        Console.writeText(Address.cString("HardFault at pc="));
        Console.writeHex(pc);
        Console.writeText(Address.cString(" lr="));
        Console.writeHex(lr);
        panicEnd();
    }

    /** Any exception or interrupt without a handler of its own; {@code exceptionNumber} as in IPSR. */
    @Export(SymbolNames.UNEXPECTED)
    public static void unexpected(int exceptionNumber) {
        panicBegin();
        if (exceptionNumber >= 16) {
            Console.writeText(Address.cString("unexpected interrupt "));
            writeIrq(exceptionNumber - 16);
        } else {
            Console.writeText(Address.cString("unexpected exception "));
            Console.writeInt(exceptionNumber);
            Console.writeText(Address.cString(" ("));
            Console.writeText(systemExceptionName(exceptionNumber));
            Console.writeChar(')');
        }
        panicEnd();
    }

    /**
     * An interrupt handler did what only threads may ({@code what}: "allocation", "blocking"):
     * the panic names the interrupt and prints the handler's frames (the interrupted code may be
     * in the middle of the allocator or the scheduler: nothing can go on safely).
     */
    public static void inInterrupt(String what) {
        panicBegin();
        Console.writeString(what);
        Console.writeText(Address.cString(" in the interrupt handler of "));
        writeIrq(Cpu.ipsr() - 16);
        Console.writeText(Address.cString(": handlers must not block or allocate"));
        Console.newline();
        StackTrace.printFromHere();
        Start.exit(1);
    }

    /** Set while a panic in an interrupt handler prints a trace: allocation is allowed then. */
    static boolean reporting;

    /** An exception left an interrupt handler: the panic names the interrupt, then the exception's trace. */
    public static void uncaughtInInterrupt(Throwable t) {
        int irq = Cpu.ipsr() - 16;
        panicBegin();
        Console.writeText(Address.cString("uncaught exception in the interrupt handler of "));
        writeIrq(irq);
        Console.newline();
        reporting = true; // the report allocates; the program ends after it anyway
        Throw.report(Throw.fromCString(irqName(irq)), t);
        Start.exit(1);
    }

    /** "IRQ 13 (IO_IRQ_BANK0)", the datasheet's number and name of an interrupt. */
    private static void writeIrq(int irq) {
        Console.writeText(Address.cString("IRQ "));
        Console.writeInt(irq);
        Console.writeText(Address.cString(" ("));
        Console.writeText(irqName(irq));
        Console.writeChar(')');
    }

    /** Starts a panic line; the caller writes the reason and then calls panicEnd(). */
    public static void panicBegin() {
        Console.writeText(Address.cString("panic: "));
    }

    /** Ends the panic line and exits with status 1. Never returns. */
    public static void panicEnd() {
        Console.newline();
        Start.exit(1);
    }

    /** Whether a stacked PC can be read without faulting: aligned, in XIP flash or SRAM. */
    private static boolean isReadableCode(int pc) {
        if ((pc & 1) != 0) {
            return false;
        }
        boolean flash = pc >= MemoryMap.FLASH_BASE && pc < MemoryMap.XIP_END;
        boolean sram = pc >= MemoryMap.RAM_BASE && pc < MemoryMap.STACK_TOP;
        return flash || sram;
    }

    /** Sleeps forever; interrupts that wake the core find nothing to do. */
    private static void park() {
        while (true) {
            Cpu.wfi();
        }
    }

    /** ARMv6-M system exceptions (ARMv6-M ARM B1.5.2), as C strings. */
    private static int systemExceptionName(int number) {
        switch (number) {
            case 1: return Address.cString("Reset");
            case 2: return Address.cString("NMI");
            case 3: return Address.cString("HardFault");
            case 11: return Address.cString("SVCall");
            case 14: return Address.cString("PendSV");
            case 15: return Address.cString("SysTick");
            default: return Address.cString("reserved");
        }
    }

    /**
     * RP2040 IRQ numbers (RP2040 datasheet 2.3.2, "Interrupts"), as C strings: a byte a character
     * instead of a String literal's header and UTF-16, since they are only printed.
     */
    private static int irqName(int irq) {
        switch (irq) {
            case 0: return Address.cString("TIMER_IRQ_0");
            case 1: return Address.cString("TIMER_IRQ_1");
            case 2: return Address.cString("TIMER_IRQ_2");
            case 3: return Address.cString("TIMER_IRQ_3");
            case 4: return Address.cString("PWM_IRQ_WRAP");
            case 5: return Address.cString("USBCTRL_IRQ");
            case 6: return Address.cString("XIP_IRQ");
            case 7: return Address.cString("PIO0_IRQ_0");
            case 8: return Address.cString("PIO0_IRQ_1");
            case 9: return Address.cString("PIO1_IRQ_0");
            case 10: return Address.cString("PIO1_IRQ_1");
            case 11: return Address.cString("DMA_IRQ_0");
            case 12: return Address.cString("DMA_IRQ_1");
            case 13: return Address.cString("IO_IRQ_BANK0");
            case 14: return Address.cString("IO_IRQ_QSPI");
            case 15: return Address.cString("SIO_IRQ_PROC0");
            case 16: return Address.cString("SIO_IRQ_PROC1");
            case 17: return Address.cString("CLOCKS_IRQ");
            case 18: return Address.cString("SPI0_IRQ");
            case 19: return Address.cString("SPI1_IRQ");
            case 20: return Address.cString("UART0_IRQ");
            case 21: return Address.cString("UART1_IRQ");
            case 22: return Address.cString("ADC_IRQ_FIFO");
            case 23: return Address.cString("I2C0_IRQ");
            case 24: return Address.cString("I2C1_IRQ");
            case 25: return Address.cString("RTC_IRQ");
            default: return Address.cString("unused");
        }
    }
}
