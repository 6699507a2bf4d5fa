package rtgo.ir;

/** The instructions behind {@link Op#CPU}, one per rtgo.vm.Cpu intrinsic. */
public enum CpuOp {
    NOP(0, false, "nop"), WFI(0, false, "wfi"), WFE(0, false, "wfe"), SEV(0, false, "sev"),
    DMB(0, false, "dmb"), DSB(0, false, "dsb"), ISB(0, false, "isb"),
    CPSID(0, false, "cpsid i"), CPSIE(0, false, "cpsie i"),
    PRIMASK(0, true, "mrs %d, primask"), IPSR(0, true, "mrs %d, ipsr"),
    /** The current stack pointer (MSP in handlers and before threads, PSP in threads). */
    SP(0, true, "mov %d, sp"),
    /** Exit protocol: status in r0, {@code bkpt #0}. */
    EXIT(1, false, "bkpt #0");

    public final int arity;
    public final boolean hasResult;
    /** Assembly template; {@code %d} stands for the result register. */
    public final String asm;

    CpuOp(int arity, boolean hasResult, String asm) {
        this.arity = arity;
        this.hasResult = hasResult;
        this.asm = asm;
    }
}
