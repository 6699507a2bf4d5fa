@ Waits for an interrupt that nothing can raise: no interrupt is enabled and no timer alarm is armed.

    .syntax unified
    .cpu cortex-m0plus
    .thumb

    .text
    .global fixture_main
    .thumb_func
fixture_main:
    wfi
    b fixture_main
