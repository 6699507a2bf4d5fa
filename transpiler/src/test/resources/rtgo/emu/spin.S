@ Spins forever: only the cycle limit (or the timeout) can end this run.

    .syntax unified
    .cpu cortex-m0plus
    .thumb

    .text
    .global fixture_main
    .thumb_func
fixture_main:
    b fixture_main
