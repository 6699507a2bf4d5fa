@ Drives GP25 (the Pico's LED) through SIO and toggles it four times with a short busy wait between
@ toggles, then exits with status 0. The harness must record low, high, low, high, low.

    .syntax unified
    .cpu cortex-m0plus
    .thumb

    .equ RESETS_CLR, 0x4000c000 + 0x3000 @ RESETS.RESET, atomic clear alias (datasheet 2.1.2, 2.14.3)
    .equ RESETS_DONE, 0x4000c008         @ RESETS.RESET_DONE
    .equ RESET_IO_PADS, (1 << 5) | (1 << 8) @ IO_BANK0 and PADS_BANK0
    .equ GPIO25_CTRL, 0x40014004 + 8 * 25 @ IO_BANK0 GPIOn_CTRL (datasheet 2.19.6.1)
    .equ FUNC_SIO, 5
    .equ SIO_GPIO_OE_SET, 0xd0000024     @ datasheet 2.3.1.7
    .equ SIO_GPIO_OUT_XOR, 0xd000001c
    .equ PIN_MASK, 1 << 25

    .text
    .global fixture_main
    .thumb_func
fixture_main:
    @ take IO_BANK0 and PADS_BANK0 out of reset and wait until they are
    ldr r0, =RESETS_CLR
    ldr r1, =RESET_IO_PADS
    str r1, [r0]
    ldr r0, =RESETS_DONE
1:  ldr r2, [r0]
    ands r2, r1
    cmp r2, r1
    bne 1b

    @ GP25 to SIO, then enable its output (drives the initial OUT level, low)
    ldr r0, =GPIO25_CTRL
    movs r1, #FUNC_SIO
    str r1, [r0]
    ldr r0, =SIO_GPIO_OE_SET
    ldr r1, =PIN_MASK
    str r1, [r0]

    ldr r0, =SIO_GPIO_OUT_XOR
    movs r4, #4                 @ toggles left
2:  str r1, [r0]
    movs r2, #100               @ busy wait so consecutive changes are well apart
3:  subs r2, #1
    bne 3b
    subs r4, #1
    bne 2b

    movs r0, #0
    bkpt #0
