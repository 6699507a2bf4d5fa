@ Reads from 0x30000000, where the RP2040 has nothing mapped (datasheet 2.2): rp2040js warns and
@ returns 0xffffffff, and the harness must stop the run with EMULATOR_WARNING.

    .syntax unified
    .cpu cortex-m0plus
    .thumb

    .text
    .global fixture_main
    .thumb_func
fixture_main:
    ldr r1, =0x30000000
    ldr r0, [r1]
    movs r0, #0
    bkpt #0                     @ must not be reached as an exit
