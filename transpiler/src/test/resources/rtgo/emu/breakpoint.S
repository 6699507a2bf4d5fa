@ Stops at `bkpt #7`: any breakpoint number other than 0 is not an exit.

    .syntax unified
    .cpu cortex-m0plus
    .thumb

    .text
    .global fixture_main
    .thumb_func
fixture_main:
    movs r0, #0
    bkpt #7
