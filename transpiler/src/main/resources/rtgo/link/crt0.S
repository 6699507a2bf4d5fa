@ rtgo start-up code: the vector table, the reset handler and the fault/default exception stubs.
@
@ Design note (RP2040 datasheet 2.3.2 interrupts, 2.8 bootrom; ARMv6-M exception model):
@ boot2 points VTOR at the table below (0x10000100), loads MSP from its word 0 and jumps to its
@ word 1, so this is where every rtgo image starts. Everything interesting is written in Java and
@ compiled by rtgo; this file only does what Java cannot: run before any static field exists
@ (copy .data, zero .bss) and adapt the exception entry to the Java calling convention.
@
@ - rtgo_start, rtgo_hardfault_java and rtgo_unexpected_java are @Export-ed Java methods of the
@   runtime; this file only references them.
@ - Exception stubs reach Java with "ldr; bx" rather than "b" or "bl": a Thumb-1 "b" reaches only
@   +-2 KiB, and "bl" would overwrite LR, which holds EXC_RETURN. With LR intact a Java handler that
@   returns performs a correct exception return.
@ - Each IRQ vector points at a weak alias of the default handler (rtgo_isr_<name>, names from
@   datasheet 2.3.2), so a later runtime can take over one interrupt by exporting that symbol.
@ - Reserved vector slots hold 0: the core never fetches them.

    .syntax unified                       @ unified syntax, so "movs"/"adds" spell the flags they set
    .cpu cortex-m0plus                    @ ARMv6-M: Thumb-1 only, no IT blocks, no CBZ
    .thumb                                @ all code here is Thumb

@ ---------------------------------------------------------------------------------------------
@ Vector table: 16 system entries, then the RP2040's 26 external interrupts (IRQ 0..25).
@ ---------------------------------------------------------------------------------------------

    @ One IRQ vector: a weak symbol rtgo_isr_<name> that defaults to rtgo_default_handler.
    .macro irq name
    .weak rtgo_isr_\name                  @ a strong definition elsewhere replaces the default
    .thumb_set rtgo_isr_\name, rtgo_default_handler  @ alias with the Thumb bit, like a function
    .word rtgo_isr_\name                  @ the vector itself
    .endm

    .section .vectors, "a"                @ placed at 0x10000100 by rtgo.ld
    .align 2                              @ word aligned (rtgo.ld also pins the address)
    .global rtgo_vector_table             @ visible to tests, gdb and objdump
rtgo_vector_table:
    .word __stack_top                     @  0: initial MSP, top of RAM (rtgo.ld)
    .word rtgo_reset                      @  1: Reset
    .word rtgo_default_handler            @  2: NMI
    .word rtgo_hardfault                  @  3: HardFault
    .word 0, 0, 0, 0, 0, 0, 0             @  4..10: reserved on ARMv6-M
    .word rtgo_default_handler            @ 11: SVCall
    .word 0, 0                            @ 12..13: reserved on ARMv6-M
    .word rtgo_default_handler            @ 14: PendSV
    .word rtgo_default_handler            @ 15: SysTick
    irq timer_irq_0                       @ 16: IRQ 0  TIMER_IRQ_0
    irq timer_irq_1                       @ 17: IRQ 1  TIMER_IRQ_1
    .word rtgo_timer_irq_2                @ 18: IRQ 2  TIMER_IRQ_2: alarm 2 is the scheduler's (time slices)
    .word rtgo_timer_irq_3                @ 19: IRQ 3  TIMER_IRQ_3: alarm 3 is the scheduler's (sleep, timeouts)
    irq pwm_irq_wrap                      @ 20: IRQ 4  PWM_IRQ_WRAP
    irq usbctrl_irq                       @ 21: IRQ 5  USBCTRL_IRQ
    irq xip_irq                           @ 22: IRQ 6  XIP_IRQ
    irq pio0_irq_0                        @ 23: IRQ 7  PIO0_IRQ_0
    irq pio0_irq_1                        @ 24: IRQ 8  PIO0_IRQ_1
    irq pio1_irq_0                        @ 25: IRQ 9  PIO1_IRQ_0
    irq pio1_irq_1                        @ 26: IRQ 10 PIO1_IRQ_1
    irq dma_irq_0                         @ 27: IRQ 11 DMA_IRQ_0
    irq dma_irq_1                         @ 28: IRQ 12 DMA_IRQ_1
    irq io_irq_bank0                      @ 29: IRQ 13 IO_IRQ_BANK0
    irq io_irq_qspi                       @ 30: IRQ 14 IO_IRQ_QSPI
    irq sio_irq_proc0                     @ 31: IRQ 15 SIO_IRQ_PROC0
    irq sio_irq_proc1                     @ 32: IRQ 16 SIO_IRQ_PROC1
    irq clocks_irq                        @ 33: IRQ 17 CLOCKS_IRQ
    irq spi0_irq                          @ 34: IRQ 18 SPI0_IRQ
    irq spi1_irq                          @ 35: IRQ 19 SPI1_IRQ
    irq uart0_irq                         @ 36: IRQ 20 UART0_IRQ
    irq uart1_irq                         @ 37: IRQ 21 UART1_IRQ
    irq adc_irq_fifo                      @ 38: IRQ 22 ADC_IRQ_FIFO
    irq i2c0_irq                          @ 39: IRQ 23 I2C0_IRQ
    irq i2c1_irq                          @ 40: IRQ 24 I2C1_IRQ
    irq rtc_irq                           @ 41: IRQ 25 RTC_IRQ

@ ---------------------------------------------------------------------------------------------
@ Reset: make the Java statics exist, then run the runtime.
@ ---------------------------------------------------------------------------------------------

    .section .text.rtgo_crt0, "ax"        @ code; rtgo.ld puts it first in .text
    .global rtgo_reset                    @ named in the vector table and used as the ELF entry
    .type rtgo_reset, %function           @ Thumb function: its address carries bit 0
rtgo_reset:
    ldr r0, =__data_start                 @ r0 = destination: .data in RAM
    ldr r1, =__data_end                   @ r1 = end of .data in RAM
    ldr r2, =__data_load                  @ r2 = source: the initialisers stored in flash
    b 2f                                  @ test the bound first: .data may be empty
1:  ldmia r2!, {r3}                       @ r3 = next initialiser word, advance the source
    stmia r0!, {r3}                       @ store it in RAM, advance the destination
2:  cmp r0, r1                            @ reached the end of .data?
    blo 1b                                @ no: copy the next word (rtgo.ld keeps the bounds word aligned)

    ldr r0, =__bss_start                  @ r0 = start of .bss
    ldr r1, =__bss_end                    @ r1 = end of .bss
    movs r2, #0                           @ r2 = the zero to store
    b 4f                                  @ test the bound first: .bss may be empty
3:  stmia r0!, {r2}                       @ zero one word, advance
4:  cmp r0, r1                            @ reached the end of .bss?
    blo 3b                                @ no: zero the next word

    @ One division 0 / 1 on the SIO divider, so that DIV_CSR reads READY before any Java code
    @ divides: the handlers and the preemption path wait for READY before they save the divider.
    @ The RP2040 leaves reset READY; rp2040js starts with DIV_CSR = 0 until the first division.
    ldr r3, =0xd0000000                   @ SIO base
    str r2, [r3, #0x60]                   @ DIV_UDIVIDEND = 0 (r2 is still 0)
    movs r0, #1
    str r0, [r3, #0x64]                   @ DIV_UDIVISOR = 1: starts the division
    ldr r0, [r3, #0x70]                   @ DIV_QUOTIENT clears DIRTY (its value is not used)

    bl rtgo_start                         @ the runtime: clocks, UART, main; exits itself normally
    movs r0, #0                           @ if it ever returns, report exit status 0 ...
5:  bkpt #0                               @ ... through the exit protocol (docs/abi.md)
    b 5b                                  @ a debugger that resumes lands on the breakpoint again
    .size rtgo_reset, . - rtgo_reset      @ symbol size for objdump/nm

@ ---------------------------------------------------------------------------------------------
@ HardFault: hand the Java handler the exception stack frame (r0-r3, r12, lr, pc, xPSR).
@ ---------------------------------------------------------------------------------------------

    .global rtgo_hardfault                @ named in the vector table; tests call it directly
    .type rtgo_hardfault, %function       @ Thumb function: its address carries bit 0
rtgo_hardfault:
    movs r0, #4                           @ EXC_RETURN bit 2: 0 = frame on MSP, 1 = frame on PSP
    mov r1, lr                            @ LR holds EXC_RETURN; tst needs a low register
    tst r1, r0                            @ which stack did the core push the frame on?
    bne 1f                                @ bit set: the process stack
    mrs r0, msp                           @ bit clear: r0 = frame address on the main stack
    b 2f                                  @ join
1:  mrs r0, psp                           @ r0 = frame address on the process stack
2:  ldr r1, =rtgo_hardfault_java          @ the runtime's handler (Java, first argument in r0)
    bx r1                                 @ tail call: LR still holds EXC_RETURN
    .size rtgo_hardfault, . - rtgo_hardfault  @ symbol size for objdump/nm

@ ---------------------------------------------------------------------------------------------
@ Every other exception and IRQ: tell the Java handler which one it was.
@ ---------------------------------------------------------------------------------------------

    .global rtgo_default_handler          @ named in the vector table and the IRQ aliases
    .type rtgo_default_handler, %function @ Thumb function: its address carries bit 0
rtgo_default_handler:
    mrs r0, ipsr                          @ r0 = exception number (IRQ n is 16 + n); other bits are 0
    ldr r1, =rtgo_unexpected_java         @ the runtime's handler (Java, first argument in r0)
    bx r1                                 @ tail call: LR still holds EXC_RETURN
    .size rtgo_default_handler, . - rtgo_default_handler  @ symbol size for objdump/nm

@ ---------------------------------------------------------------------------------------------
@ Exceptions (docs/abi.md, "Exceptions"): athrow calls rtgo_throw with the exception in r0. It
@ saves the thrower's callee-saved registers in a block on the stack and hands the block to the
@ Java unwinder, which walks the frames with the frame table, restoring in the block the
@ registers each frame saved, and returns the handler's landing pad, with the handler frame's sp
@ in the block's pad word; then the registers are loaded from the block and the pad runs.
@ Block (10 words, keeps sp 8-byte aligned): r8, r9, r10, r11, pad/sp, r4, r5, r6, r7, lr.
@ ---------------------------------------------------------------------------------------------

    @ rtgo_throw is the native method rtgo.runtime.Throw.raise(Throwable): compiled code calls it
    @ by that method's symbol. rtgo_unwind is weak so that hand-written test programs without a
    @ runtime still link; every compiled program defines it.
    .weak rtgo_unwind
    .global rtgo_throw
    .global "J:rtgo.runtime.Throw.raise(Ljava/lang/Throwable;)V"
    .type rtgo_throw, %function           @ Thumb function: its address carries bit 0
    .thumb_func
"J:rtgo.runtime.Throw.raise(Ljava/lang/Throwable;)V":
rtgo_throw:
    push {r3, r4, r5, r6, r7, lr}         @ r4-r7 and the return address into the thrower; r3 pads
    mov r4, r8                            @ push cannot name r8-r11: copy them to r4-r7 ...
    mov r5, r9
    mov r6, r10
    mov r7, r11
    push {r4, r5, r6, r7}                 @ ... and save them below: the block is complete at sp
    mov r1, sp                            @ second argument: the block; r0 is still the exception
    bl rtgo_unwind                        @ Throw.unwind: returns the landing pad (or exits)
    mov r2, r0                            @ r2 = the landing pad's address, Thumb bit set
    mov r0, sp                            @ the block, now holding the handler frame's registers
    ldr r1, [r0, #16]                     @ and, in the pad word, the handler frame's sp
    ldr r3, [r0, #0]                      @ the handler frame's r8 ...
    mov r8, r3
    ldr r3, [r0, #4]                      @ ... r9 ...
    mov r9, r3
    ldr r3, [r0, #8]                      @ ... r10 ...
    mov r10, r3
    ldr r3, [r0, #12]                     @ ... and r11
    mov r11, r3
    ldr r4, [r0, #20]                     @ its r4-r7: what they held at the throwing call
    ldr r5, [r0, #24]
    ldr r6, [r0, #28]
    ldr r7, [r0, #32]
    mov sp, r1                            @ drop every frame above the handler's (the block too)
    bx r2                                 @ the landing pad; r0-r3 are dead there
    .size rtgo_throw, . - rtgo_throw      @ symbol size for objdump/nm

@ ---------------------------------------------------------------------------------------------
@ Garbage collection (docs/abi.md, "Garbage collection"): rtgo.runtime.Gc.collect() saves r4-r11
@ in a block like rtgo_throw's, so that the collector finds the references that callee-saved
@ registers hold, and calls the Java collector rtgo_gc with the block. The collector moves
@ nothing, so the registers are still right afterwards; compiled code restores whatever of
@ r4-r11 it uses itself, so only the block is dropped.
@ ---------------------------------------------------------------------------------------------

    .weak rtgo_gc                         @ (test programs without a runtime still link)
    .global "J:rtgo.runtime.Gc.collect()V"
    .type "J:rtgo.runtime.Gc.collect()V", %function
    .thumb_func
"J:rtgo.runtime.Gc.collect()V":
    push {r3, r4, r5, r6, r7, lr}         @ r4-r7 and the return address; r3 pads to 8 bytes
    mov r4, r8                            @ r8-r11 through r4-r7 ...
    mov r5, r9
    mov r6, r10
    mov r7, r11
    push {r4, r5, r6, r7}                 @ ... below them: the block is complete at sp
    mov r0, sp                            @ the block
    bl rtgo_gc                            @ Gc.collectFrom(block)
    add sp, #16                           @ drop the copies of r8-r11 (unchanged)
    pop {r3, r4, r5, r6, r7, pc}          @ r4-r7 as they were, and return

@ ---------------------------------------------------------------------------------------------
@ Threads (rtgo.runtime.Sched, docs/abi.md "Threads"). Only the register save/restore is here; the
@ scheduler's decisions are Java. A suspended thread's stack ends in a block of the same layout as
@ rtgo_throw's (r8, r9, r10, r11, pad, r4, r5, r6, r7, lr), so the collector walks it from there.
@ ---------------------------------------------------------------------------------------------

    @ Sched.swap(saveAt, loadFrom): saves this thread's callee-saved registers in a block on its
    @ stack and the block's address at [saveAt], then continues the thread whose block address is
    @ at [loadFrom]. The caller holds the scheduler's critical section (interrupts masked).
    .global "J:rtgo.runtime.Sched.swap(II)V"
    .type "J:rtgo.runtime.Sched.swap(II)V", %function
    .thumb_func
"J:rtgo.runtime.Sched.swap(II)V":
    push {r3, r4, r5, r6, r7, lr}         @ r4-r7 and the return address; r3 pads to 8 bytes
    mov r4, r8                            @ r8-r11 through r4-r7 (push cannot name them) ...
    mov r5, r9
    mov r6, r10
    mov r7, r11
    push {r4, r5, r6, r7}                 @ ... below: the block is complete at sp
    mov r2, sp                            @ the block's address ...
    str r2, [r0]                          @ ... is where this thread resumes
    ldr r2, [r1]                          @ the other thread's block
    mov sp, r2                            @ its stack from now on
    pop {r4, r5, r6, r7}                  @ its r8-r11 ...
    mov r8, r4
    mov r9, r5
    mov r10, r6
    mov r11, r7
    pop {r3, r4, r5, r6, r7, pc}          @ ... its r4-r7, and into its own swap's caller
    .size "J:rtgo.runtime.Sched.swap(II)V", . - "J:rtgo.runtime.Sched.swap(II)V"

    @ The first instructions of a new thread: Sched.start made its stack hold a block whose
    @ return address is this label, so its first swap lands here with sp at the stack's top.
    .weak rtgo_thread_main                @ Sched.threadMain (linked with the scheduler)
    .global rtgo_thread_entry
    .type rtgo_thread_entry, %function
    .thumb_func
rtgo_thread_entry:
    cpsie i                               @ the swap ran in the scheduler's critical section
    bl rtgo_thread_main                   @ run(), the uncaught report, the thread's end: never returns
    bkpt #1                               @ unreachable

    @ Sched.usePsp(mspTop): thread mode moves to the process stack (PSP) with the same sp, so the
    @ running code does not notice; exceptions get the main stack (MSP), set to mspTop.
    .global "J:rtgo.runtime.Sched.usePsp(I)V"
    .type "J:rtgo.runtime.Sched.usePsp(I)V", %function
    .thumb_func
"J:rtgo.runtime.Sched.usePsp(I)V":
    mov r1, sp                            @ the current stack pointer (MSP) ...
    msr psp, r1                           @ ... becomes the process stack pointer
    movs r1, #2                           @ CONTROL.SPSEL = 1: thread mode uses PSP
    msr control, r1
    isb                                   @ the new stack pointer takes effect before the next instruction
    msr msp, r0                           @ handlers from now on run on their own stack
    bx lr
    .size "J:rtgo.runtime.Sched.usePsp(I)V", . - "J:rtgo.runtime.Sched.usePsp(I)V"

    @ Preemption (Sched.tick): the time-slice alarm's handler found the thread at a backward
    @ branch of preemptible code, saved that pc in rtgo_resume_pc and made the exception return
    @ land here. Every register but pc is the interrupted code's: save r0-r3, r12, lr, the flags
    @ and the SIO divider (the code may be inside a divide sequence: the wait loop of a divide is
    @ a backward branch), switch threads like a call would, restore them all and go on at the pc.
    @ Frame (12 words, lowest first): UDIVIDEND, UDIVISOR, REMAINDER, QUOTIENT, lr, r12, apsr,
    @ r0, r1, r2, r3, resume pc (docs/abi.md "Threads"; Gc reads it).
    .weak rtgo_sched_preempted            @ Sched.preempted (linked with the scheduler)
    .global rtgo_preempt
    .type rtgo_preempt, %function
    .thumb_func
rtgo_preempt:
    sub sp, #4                            @ the slot for the resume pc, on top
    push {r0, r1, r2, r3}                 @ argument registers of the interrupted code
    mov r0, r12                           @ r12 (push cannot name it)
    mrs r1, apsr                          @ the condition flags
    push {r0, r1}
    mov r0, lr                            @ lr: a leaf method's return address lives there
    push {r0}
    ldr r0, =rtgo_resume_pc               @ where the interrupted code goes on ...
    ldr r0, [r0]
    str r0, [sp, #28]                     @ ... into its slot (Thumb bit set by Sched.tick)
    ldr r3, =0xd0000000                   @ SIO base
1:  ldr r0, [r3, #0x78]                   @ DIV_CSR
    lsrs r0, r0, #1                       @ READY into the carry
    bcc 1b                                @ (the handler's restore left it ready; be sure)
    ldr r0, [r3, #0x60]                   @ DIV_UDIVIDEND
    ldr r1, [r3, #0x64]                   @ DIV_UDIVISOR
    ldr r2, [r3, #0x74]                   @ DIV_REMAINDER (before QUOTIENT)
    ldr r3, [r3, #0x70]                   @ DIV_QUOTIENT
    push {r0, r1, r2, r3}                 @ the divider, lowest in the frame
    bl rtgo_sched_preempted               @ other threads run; returns when this one is chosen again
    .global rtgo_preempt_return
rtgo_preempt_return:                      @ (the collector recognises this frame by this address)
    pop {r0, r1, r2, r3}                  @ the divider as this thread left it ...
    mov r12, r3
    ldr r3, =0xd0000000
    str r0, [r3, #0x60]                   @ ... operands (starting a division) ...
    str r1, [r3, #0x64]
    str r2, [r3, #0x74]                   @ ... and results (ending it, READY)
    mov r0, r12
    str r0, [r3, #0x70]
    pop {r0}                              @ lr
    mov lr, r0
    pop {r0, r1}                          @ r12 and the flags
    mov r12, r0
    msr apsr_nzcvq, r1                    @ flags as they were; mov and pop below keep them
    pop {r0, r1, r2, r3}
    pop {pc}                              @ on at the interrupted instruction
    .size rtgo_preempt, . - rtgo_preempt

    .section .bss.rtgo_resume_pc, "aw", %nobits
    .align 2
    .global rtgo_resume_pc
rtgo_resume_pc:                           @ written by Sched.tick, read by rtgo_preempt at once
    .space 4
    .global rtgo_handler_region_end
rtgo_handler_region_end:                      @ the allocator's region end when a Java handler was entered
    .space 4
    .section .text.rtgo_crt0, "ax"

@ ---------------------------------------------------------------------------------------------
@ Exceptions handled in Java (alarms 2 and 3 for the scheduler; IRQs a program takes over):
@ rtgo_java_isr calls the Java handler in r2 with r0 = the interrupted thread's exception frame
@ if it ran on the process stack, else 0. The SIO divider is one per core and the compiled
@ division is a write, wait, read sequence: the handler may divide, so the divider's state is
@ saved and restored around it (RP2040 datasheet 2.3.1.5: wait for READY, read both operands,
@ then REMAINDER and QUOTIENT; writing the results back restores them). The recursion checks of
@ the handler's methods compare against the handler stack's limit (rtgo_handler_stack_limit) while
@ it runs, the interrupted code's limit is put back after.
@ ---------------------------------------------------------------------------------------------

    .weak rtgo_tick                       @ Sched.tick
    .weak rtgo_stack_limit                @ words of the compiled program (test programs lack them)
    .weak rtgo_handler_stack_limit
    .weak "S:rtgo.runtime.Heap.regionEnd" @ Heap's bump region (Heap.take)
    .weak "S:rtgo.runtime.Heap.next"
    .weak rtgo_alarm                      @ Sched.alarm
    .global rtgo_timer_irq_2
    .type rtgo_timer_irq_2, %function
    .thumb_func
rtgo_timer_irq_2:
    ldr r2, =rtgo_tick                    @ the Java handler
    b rtgo_java_isr
    .size rtgo_timer_irq_2, . - rtgo_timer_irq_2

    .global rtgo_timer_irq_3
    .type rtgo_timer_irq_3, %function
    .thumb_func
rtgo_timer_irq_3:
    ldr r2, =rtgo_alarm                   @ the Java handler
    b rtgo_java_isr
    .size rtgo_timer_irq_3, . - rtgo_timer_irq_3

    .global rtgo_java_isr
    .type rtgo_java_isr, %function
    .thumb_func
rtgo_java_isr:
    push {r4, r5, r6, r7, lr}             @ the handler keeps r4-r7; lr holds EXC_RETURN
    ldr r4, =rtgo_stack_limit             @ the interrupted code's stack limit ...
    ldr r5, [r4]
    push {r5}                             @ ... kept for the return
    ldr r5, =rtgo_handler_stack_limit         @ the handler stack's, for recursive methods' checks
    ldr r5, [r5]
    str r5, [r4]
    ldr r4, ="S:rtgo.runtime.Heap.regionEnd" @ the allocator's region ...
    ldr r5, [r4]
    push {r5}                             @ ... kept for the return, and made empty meanwhile, so
    ldr r6, =rtgo_handler_region_end          @ (the slow path puts it back for the one allocation it
    str r5, [r6]                          @ allows, an exception's: Heap.takeSlow)
    ldr r5, ="S:rtgo.runtime.Heap.next"   @ that an allocation in the handler takes the slow path,
    ldr r5, [r5]                          @ which refuses it (the interrupted code may be inside
    str r5, [r4]                          @ the allocator): region end = next
    ldr r3, =0xd0000000                   @ SIO base
1:  ldr r4, [r3, #0x78]                   @ DIV_CSR
    lsrs r4, r4, #1                       @ READY into the carry
    bcc 1b                                @ a division is still running: wait (at most 8 cycles)
    ldr r4, [r3, #0x60]                   @ DIV_UDIVIDEND
    ldr r5, [r3, #0x64]                   @ DIV_UDIVISOR
    ldr r6, [r3, #0x74]                   @ DIV_REMAINDER (before QUOTIENT, which clears DIRTY)
    ldr r7, [r3, #0x70]                   @ DIV_QUOTIENT
    movs r0, #4                           @ EXC_RETURN bit 2: the frame is on the process stack
    mov r1, lr
    tst r1, r0
    beq 2f
    mrs r0, psp                           @ first argument: the interrupted thread's frame
    b 3f
2:  movs r0, #0                           @ not a thread on its own stack: no frame
3:  blx r2                                @ the Java handler (keeps r4-r7: the divider state)
    ldr r3, =0xd0000000                   @ SIO base
    ldr r0, [r3, #0x78]                   @ DIV_CSR: DIRTY (bit 1) is clear unless the handler
    lsrs r0, r0, #2                       @ wrote the divider (reading QUOTIENT above cleared it)
    bcc 4f                                @ untouched: nothing to restore
    str r4, [r3, #0x60]                   @ operands back (this starts a division ...)
    str r5, [r3, #0x64]
    str r6, [r3, #0x74]                   @ ... which writing the results ends, READY and DIRTY set
    str r7, [r3, #0x70]
4:
    pop {r0}                              @ the allocator's region back, unless the slow path
    ldr r1, ="S:rtgo.runtime.Heap.regionEnd" @ put it back and allocated (region end != next)
    ldr r2, [r1]
    ldr r3, ="S:rtgo.runtime.Heap.next"
    ldr r3, [r3]
    cmp r2, r3
    bne 5f
    str r0, [r1]
5:
    pop {r0}                              @ the interrupted code's stack limit back
    ldr r1, =rtgo_stack_limit
    str r0, [r1]
    pop {r4, r5, r6, r7, pc}              @ EXC_RETURN into pc: the exception returns
    .size rtgo_java_isr, . - rtgo_java_isr

    .ltorg                                @ literal pool for the "ldr rX, =symbol" loads above
