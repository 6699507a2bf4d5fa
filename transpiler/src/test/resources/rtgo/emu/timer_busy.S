@ Measures a busy loop with the 1 MHz TIMER and exits with the elapsed microseconds. The loop takes
@ 3 cycles per turn (subs 1, taken bne 2), 25000 turns = 75000 cycles = 600 us at the default 125 MHz
@ clk_sys; the harness must advance the timer with executed cycles for this to come out right.

    .syntax unified
    .cpu cortex-m0plus
    .thumb

    .equ TIMERAWL, 0x40054028   @ TIMER raw low word, no latching (datasheet 4.6.5)

    .text
    .global fixture_main
    .thumb_func
fixture_main:
    ldr r3, =TIMERAWL
    ldr r4, [r3]                @ start time
    ldr r2, =25000
1:  subs r2, #1
    bne 1b
    ldr r0, [r3]
    subs r0, r0, r4             @ exit status: elapsed microseconds
    bkpt #0
