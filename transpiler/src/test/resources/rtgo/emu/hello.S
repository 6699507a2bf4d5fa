@ Writes "hi\n" to UART0 and exits with status 3. The message lives in .data, so it only reaches RAM
@ if the harness loaded .data's bytes at their flash (load) address and this code copies them, as
@ crt0 does for real programs.

    .syntax unified
    .cpu cortex-m0plus
    .thumb

    .equ UART0_DR, 0x40034000   @ UARTDR, RP2040 datasheet 4.2.8

    .data
message:
    .ascii "hi\n"
    .equ MESSAGE_LENGTH, . - message

    .text
    .global fixture_main
    .thumb_func
fixture_main:
    @ copy .data from flash to RAM, word by word
    ldr r0, =__data_load
    ldr r1, =__data_start
    ldr r2, =__data_end
1:  cmp r1, r2
    bhs 2f
    ldm r0!, {r3}
    stm r1!, {r3}
    b 1b

    @ print the message byte by byte
2:  ldr r0, =message
    movs r1, #MESSAGE_LENGTH
    ldr r2, =UART0_DR
3:  ldrb r3, [r0]
    strb r3, [r2]
    adds r0, #1
    subs r1, #1
    bne 3b

    movs r0, #3                 @ exit status
    bkpt #0                     @ the harness's exit
