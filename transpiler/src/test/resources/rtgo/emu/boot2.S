@ Stand-in boot2 for the emulator harness's test fixtures. The harness enters it at 0x20041f00 in
@ SRAM, where the bootrom would have copied it (RP2040 datasheet 2.8.1), so it must be position
@ independent: it loads the fixture's absolute entry address from its literal pool (a PC-relative
@ load, valid in the SRAM copy) and branches there. No SSI set-up is needed: rp2040js reads flash
@ directly. The last word is boot2's CRC-32/MPEG-2, patched in by the test's image builder.

    .syntax unified
    .cpu cortex-m0plus
    .thumb

    .section .boot2, "ax"
    .global fixture_boot2
    .thumb_func
fixture_boot2:
    ldr r0, =fixture_main       @ Thumb function address, bit 0 set by the linker
    bx r0
    .ltorg

    .org 252
    .word 0                     @ CRC-32/MPEG-2 of bytes 0..251, filled in after linking
