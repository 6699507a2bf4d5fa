package rtgo.vm;

/**
 * Cortex-M0+ instructions that Java cannot express. Each method is an intrinsic that the transpiler
 * replaces by the one instruction named (ARMv6-M Architecture Reference Manual, chapter A6).
 * On the desktop JVM they throw.
 */
public final class Cpu {
    private Cpu() {}

    /** {@code nop}. */
    public static void nop() { throw Intrinsic.hostCall("Cpu.nop"); }

    /** {@code wfi}: sleep until an interrupt is pending. */
    public static void wfi() { throw Intrinsic.hostCall("Cpu.wfi"); }

    /** {@code wfe}: sleep until an event. */
    public static void wfe() { throw Intrinsic.hostCall("Cpu.wfe"); }

    /** {@code sev}: signal an event to both cores. */
    public static void sev() { throw Intrinsic.hostCall("Cpu.sev"); }

    /** {@code dmb}: data memory barrier. */
    public static void dmb() { throw Intrinsic.hostCall("Cpu.dmb"); }

    /** {@code dsb}: data synchronisation barrier. */
    public static void dsb() { throw Intrinsic.hostCall("Cpu.dsb"); }

    /** {@code isb}: instruction synchronisation barrier. */
    public static void isb() { throw Intrinsic.hostCall("Cpu.isb"); }

    /** {@code cpsid i}: mask interrupts. */
    public static void disableInterrupts() { throw Intrinsic.hostCall("Cpu.disableInterrupts"); }

    /** {@code cpsie i}: unmask interrupts. */
    public static void enableInterrupts() { throw Intrinsic.hostCall("Cpu.enableInterrupts"); }

    /** {@code mrs rN, primask}: 1 when interrupts are masked. */
    public static int primask() { throw Intrinsic.hostCall("Cpu.primask"); }

    /** {@code mrs rN, msp}: the current main stack pointer. */
    /** The exception number being handled (IPSR): 0 in thread mode, 15 SysTick, 16 + n for IRQ n. */
    public static int ipsr() { throw Intrinsic.hostCall("Cpu.ipsr"); }

    public static int stackPointer() { throw Intrinsic.hostCall("Cpu.stackPointer"); }

    /**
     * The exit protocol: {@code status} goes to r0, then {@code bkpt #0}. A debugger or the
     * emulator halts there and reads r0. Without a debugger the M0+ escalates BKPT to HardFault;
     * the runtime's HardFault handler recognises the {@code bkpt #0} and parks the core in a
     * {@code wfi} loop. Never returns.
     */
    public static void exit(int status) { throw Intrinsic.hostCall("Cpu.exit"); }
}
