@ Arms TIMER alarm 0 for 1000 us, sleeps in WFI until its interrupt (TIMER_IRQ_0, IRQ 0) and exits
@ with the elapsed microseconds. The harness must jump the clock to the alarm while the core sleeps
@ and count the slept cycles.

    .syntax unified
    .cpu cortex-m0plus
    .thumb

    .equ TIMER_ALARM0, 0x40054010 @ datasheet 4.6.5
    .equ TIMER_INTR, 0x40054034
    .equ TIMER_INTE, 0x40054038
    .equ TIMERAWL, 0x40054028
    .equ PPB_VTOR, 0xe000ed08     @ Cortex-M0+ vector table offset (datasheet 2.4.8)
    .equ NVIC_ISER, 0xe000e100
    .equ WOKEN, 0x20000000        @ set to 1 by the interrupt handler

    .section .vectors, "a"
    .balign 256
vectors:
    .word 0x20042000            @ initial SP
    .word fixture_main          @ reset
    .space 14 * 4               @ NMI .. SysTick: unused
    .word timer_irq             @ IRQ 0: TIMER_IRQ_0

    .text
    .global fixture_main
    .thumb_func
fixture_main:
    ldr r0, =PPB_VTOR
    ldr r1, =vectors
    str r1, [r0]
    ldr r0, =WOKEN
    movs r1, #0
    str r1, [r0]

    ldr r3, =TIMERAWL
    ldr r4, [r3]                @ start time
    ldr r1, =1000
    adds r1, r1, r4
    ldr r0, =TIMER_ALARM0       @ writing the alarm arms it
    str r1, [r0]
    ldr r0, =TIMER_INTE
    movs r1, #1
    str r1, [r0]
    ldr r0, =NVIC_ISER
    str r1, [r0]

    ldr r0, =WOKEN
1:  wfi
    ldr r1, [r0]
    cmp r1, #0
    beq 1b

    ldr r0, [r3]
    subs r0, r0, r4             @ exit status: elapsed microseconds
    bkpt #0

    .thumb_func
timer_irq:
    ldr r0, =TIMER_INTR         @ acknowledge alarm 0 (write 1 to clear)
    movs r1, #1
    str r1, [r0]
    ldr r0, =WOKEN
    str r1, [r0]
    bx lr
