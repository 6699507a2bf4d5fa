@ startup_check.s: a hand-written "program" that checks, from the device side, what boot2 and
@ crt0 promise, and reports each check on UART0 as "ok <name>" or "FAIL <name>".
@
@ It stands in for the compiled runtime: it defines the three symbols crt0 references
@ (rtgo_start, rtgo_hardfault_java, rtgo_unexpected_java). It writes straight into UART0's data
@ register without setting the UART up, which is enough for the emulator harness (which collects
@ every byte written there) but not for a real board. Exit status = number of failed checks.
@ The expected transcript is in LinkerTest / StartupEmulatorTest.

    .syntax unified                       @ unified syntax, so "movs"/"adds" spell the flags they set
    .cpu cortex-m0plus                    @ the RP2040's core
    .thumb                                @ Thumb code

    .equ UART0_DR,     0x40034000         @ UART0 data register (datasheet 4.2.8)
    .equ PPB_VTOR,     0xe000ed08         @ vector table offset register
    .equ NVIC_ISER,    0xe000e100         @ interrupt set-enable
    .equ NVIC_ICER,    0xe000e180         @ interrupt clear-enable
    .equ NVIC_ISPR,    0xe000e200         @ interrupt set-pending
    .equ SSI_BASE,     0x18000000         @ XIP_SSI registers (datasheet 4.10.13)
    .equ DATA_MAGIC,   0x5eed1234         @ the value the .data word is initialised with
    .equ FAKE_PSP,     0x20020000         @ a distinctive process stack pointer value

@ ---- statics -------------------------------------------------------------------------------
    .data                                 @ initialised: crt0 must copy this from flash
    .align 2                              @ word aligned
    .global initialised                   @ visible so the host test can find its load address
initialised:
    .word DATA_MAGIC                      @ the copied value

    .bss                                  @ zeroed by crt0
    .align 2                              @ word aligned
zeroed:      .space 4                     @ must read 0
failures:    .space 4                     @ number of failed checks
last_exc:    .space 4                     @ what rtgo_unexpected_java was called with
hf_frame:    .space 4                     @ what rtgo_hardfault_java was called with
hf_resume:   .space 4                     @ where rtgo_hardfault_java continues (Thumb address)
entry_sp:    .space 4                     @ SP on entry to rtgo_start

@ ---- strings -------------------------------------------------------------------------------
    .section .rodata                      @ read-only, in flash
s_ok:    .asciz "ok "                     @ prefix of a passed check
s_fail:  .asciz "FAIL "                   @ prefix of a failed check
s_nl:    .asciz "\n"                      @ line end
n_data:  .asciz "data"                    @ .data copied from flash
n_bss:   .asciz "bss"                     @ .bss zeroed
n_sp:    .asciz "sp"                      @ MSP = __stack_top on entry
n_vtor:  .asciz "vtor"                    @ VTOR = 0x10000100
n_ssi:   .asciz "ssi"                     @ SSI configured for 03h XIP
n_svc:   .asciz "svc"                     @ SVCall reaches rtgo_unexpected_java with 11
n_irq0:  .asciz "irq0"                    @ IRQ 0 reaches it with 16
n_irq25: .asciz "irq25"                   @ IRQ 25, the last vector, reaches it with 41
n_hfm:   .asciz "hardfault-msp"           @ stub passes MSP when EXC_RETURN bit 2 is 0
n_hfp:   .asciz "hardfault-psp"           @ stub passes PSP when EXC_RETURN bit 2 is 1

    .text                                 @ code
@ ---- rtgo_start: run the checks, exit with the failure count ---------------------------------
    .global rtgo_start                    @ called by crt0's reset handler
    .type rtgo_start, %function           @ Thumb function
rtgo_start:
    mov r0, sp                            @ SP as boot2 loaded it (crt0 pushes nothing before the call)
    ldr r1, =entry_sp                     @ remember it ...
    str r0, [r1]                          @ ... for the "sp" check

    ldr r0, =initialised                  @ data: the word must hold its initial value
    ldr r0, [r0]                          @ value in RAM
    ldr r1, =DATA_MAGIC                   @ expected
    ldr r2, =n_data                       @ name
    bl check_eq                           @ report

    ldr r0, =zeroed                       @ bss: the word must be 0
    ldr r0, [r0]                          @ value in RAM
    movs r1, #0                           @ expected
    ldr r2, =n_bss                        @ name
    bl check_eq                           @ report

    ldr r0, =entry_sp                     @ sp: entry SP must be the table's initial SP
    ldr r0, [r0]                          @ recorded SP
    ldr r1, =__stack_top                  @ expected
    ldr r2, =n_sp                         @ name
    bl check_eq                           @ report

    ldr r0, =PPB_VTOR                     @ vtor: boot2 must point VTOR at the table
    ldr r0, [r0]                          @ VTOR
    ldr r1, =0x10000100                   @ expected
    ldr r2, =n_vtor                       @ name
    bl check_eq                           @ report

    bl ssi_signature                      @ ssi: r0 = sum of the four registers boot2 sets
    ldr r1, =0x001f0300 + 0x03000218 + 4 + 1  @ CTRLR0 + SPI_CTRLR0 + BAUDR + SSIENR expected
    ldr r2, =n_ssi                        @ name
    bl check_eq                           @ report

    svc #0                                @ svc: SVCall goes through the default handler
    ldr r0, =last_exc                     @ what the handler recorded
    ldr r0, [r0]                          @ exception number
    movs r1, #11                          @ SVCall is exception 11
    ldr r2, =n_svc                        @ name
    bl check_eq                           @ report

    movs r0, #1                           @ irq0: bit for IRQ 0
    bl raise_irq                          @ enable, pend, wait, disable
    movs r1, #16                          @ IRQ 0 is exception 16
    ldr r2, =n_irq0                       @ name
    bl check_eq                           @ report

    movs r0, #1                           @ irq25: bit for IRQ 25 ...
    lsls r0, r0, #25                      @ ... is 1 << 25
    bl raise_irq                          @ enable, pend, wait, disable
    movs r1, #41                          @ IRQ 25 is exception 41, the last vector
    ldr r2, =n_irq25                      @ name
    bl check_eq                           @ report

    ldr r0, =hf_back_msp                  @ hardfault-msp: resume address for the fake fault
    ldr r1, =hf_resume                    @ stored where rtgo_hardfault_java finds it
    str r0, [r1]                          @ save
    ldr r0, =0xfffffff9                   @ EXC_RETURN "thread mode, main stack"
    mov lr, r0                            @ as the core would set LR on exception entry
    ldr r1, =rtgo_hardfault               @ call crt0's stub the way the vector would
    bx r1                                 @ it passes MSP on and rtgo_hardfault_java jumps back
    .thumb_func                           @ the label below is a Thumb code address
hf_back_msp:
    ldr r0, =hf_frame                     @ the address the stub passed
    ldr r0, [r0]                          @ frame pointer
    mov r1, sp                            @ expected: the current MSP (the stub does not move SP)
    ldr r2, =n_hfm                        @ name
    bl check_eq                           @ report

    ldr r0, =FAKE_PSP                     @ hardfault-psp: a recognisable PSP value
    msr psp, r0                           @ set it (thread mode still runs on MSP)
    ldr r0, =hf_back_psp                  @ resume address for the second fake fault
    ldr r1, =hf_resume                    @ stored where rtgo_hardfault_java finds it
    str r0, [r1]                          @ save
    ldr r0, =0xfffffffd                   @ EXC_RETURN "thread mode, process stack"
    mov lr, r0                            @ as the core would set LR on exception entry
    ldr r1, =rtgo_hardfault               @ call the stub again
    bx r1                                 @ it must pass PSP this time
    .thumb_func                           @ the label below is a Thumb code address
hf_back_psp:
    ldr r0, =hf_frame                     @ the address the stub passed
    ldr r0, [r0]                          @ frame pointer
    ldr r1, =FAKE_PSP                     @ expected: the PSP set above
    ldr r2, =n_hfp                        @ name
    bl check_eq                           @ report

    ldr r0, =failures                     @ exit status = number of failed checks
    ldr r0, [r0]                          @ r0 = status
    bkpt #0                               @ exit protocol: status in r0, then bkpt #0
    b .                                   @ never resumed

@ ---- check_eq(r0 = actual, r1 = expected, r2 = name): print the result line ------------------
    .type check_eq, %function             @ Thumb function
check_eq:
    push {r4, lr}                         @ keep the caller's r4 and return address
    mov r4, r2                            @ r4 = name, survives the puts calls
    ldr r2, =s_ok                         @ assume pass
    cmp r0, r1                            @ actual == expected?
    beq 1f                                @ yes: print "ok "
    ldr r0, =failures                     @ no: count the failure
    ldr r1, [r0]                          @ failures ...
    adds r1, r1, #1                       @ ... + 1
    str r1, [r0]                          @ store
    ldr r2, =s_fail                       @ and print "FAIL "
1:  mov r0, r2                            @ prefix
    bl puts                               @ print it
    mov r0, r4                            @ the check's name
    bl puts                               @ print it
    ldr r0, =s_nl                         @ newline
    bl puts                               @ print it
    pop {r4, pc}                          @ return

@ ---- puts(r0 = NUL-terminated string): write it to UART0 -----------------------------------
    .type puts, %function                 @ Thumb function
puts:
    ldr r1, =UART0_DR                     @ r1 = data register
1:  ldrb r2, [r0]                         @ next byte
    cmp r2, #0                            @ end of string?
    beq 2f                                @ yes: done
    str r2, [r1]                          @ send it
    adds r0, r0, #1                       @ advance
    b 1b                                  @ loop
2:  bx lr                                 @ return

@ ---- ssi_signature(): r0 = CTRLR0 + SPI_CTRLR0 + BAUDR + SSIENR ------------------------------
    .type ssi_signature, %function        @ Thumb function
ssi_signature:
    ldr r3, =SSI_BASE                     @ SSI registers
    ldr r0, [r3, #0x00]                   @ CTRLR0
    movs r1, #0xf4                        @ SPI_CTRLR0 offset
    ldr r1, [r3, r1]                      @ SPI_CTRLR0
    adds r0, r0, r1                       @ sum
    ldr r1, [r3, #0x14]                   @ BAUDR
    adds r0, r0, r1                       @ sum
    ldr r1, [r3, #0x08]                   @ SSIENR
    adds r0, r0, r1                       @ sum
    bx lr                                 @ return

@ ---- raise_irq(r0 = NVIC bit): take that IRQ once; r0 = exception number seen ---------------
    .type raise_irq, %function            @ Thumb function
raise_irq:
    ldr r1, =last_exc                     @ clear the record ...
    movs r2, #0                           @ ... with 0
    str r2, [r1]                          @ store
    ldr r2, =NVIC_ISER                    @ enable the IRQ
    str r0, [r2]                          @ write its bit
    ldr r2, =NVIC_ISPR                    @ make it pending
    str r0, [r2]                          @ write its bit: taken at once (priority 0, PRIMASK 0)
    nop                                   @ give the core an instruction boundary to take it
    nop                                   @ and one more (the handler masks the IRQ again)
    ldr r0, [r1]                          @ r0 = what the handler recorded
    bx lr                                 @ return

@ ---- the handlers crt0 calls ---------------------------------------------------------------
    .global rtgo_unexpected_java          @ default handler target: r0 = exception number
    .type rtgo_unexpected_java, %function @ Thumb function
rtgo_unexpected_java:
    ldr r1, =last_exc                     @ record the number
    str r0, [r1]                          @ store
    subs r0, r0, #16                      @ r0 = IRQ number, negative for system exceptions
    bmi 1f                                @ system exception: nothing to silence
    movs r1, #1                           @ an IRQ: silence it like a real handler silences its source,
    lsls r1, r1, r0                       @ here by masking it (rp2040js keeps a software-pended
    ldr r2, =NVIC_ICER                    @ IRQ 0..25 pending as if the peripheral held the line,
    str r1, [r2]                          @ so without this the handler would be re-entered forever)
1:  bx lr                                 @ LR = EXC_RETURN: a normal exception return

    .global rtgo_hardfault_java           @ HardFault stub target: r0 = stack frame address
    .type rtgo_hardfault_java, %function  @ Thumb function
rtgo_hardfault_java:
    ldr r1, =hf_frame                     @ record the frame address
    str r0, [r1]                          @ store
    ldr r1, =hf_resume                    @ continue where the check asked
    ldr r1, [r1]                          @ Thumb address
    bx r1                                 @ jump back into rtgo_start

    .ltorg                                @ literal pool
