@ rtgo second-stage boot loader ("boot2") for the RP2040 with any SPI NOR flash that answers 03h.
@
@ Design note (RP2040 datasheet 2.8.1, boot sequence; 4.10, SSI):
@ The bootrom reads the first 256 flash bytes with slow serial reads, checks the CRC-32 in bytes
@ 252..255, copies them to SRAM at 0x20041f00 and jumps here in Thumb state. At that point the
@ SSI is not yet set up for execute-in-place, so nothing in flash can be fetched; this code runs
@ from SRAM and must therefore be position independent: only PC-relative literal loads, no
@ absolute references to its own code. Its job is to put the SSI into XIP mode, after which the
@ XIP controller turns every bus read of 0x10xxxxxx into a flash read, then to enter the image's
@ vector table just like the core does at reset.
@
@ Why plain 03h (READ DATA) reads: every SPI NOR flash supports them with one data line, no mode
@ bits, no dummy cycles and no status-register writes, so this works on the Pico's W25Q16JV and
@ on any other board's flash, and the rp2040js emulator models exactly this path. Faster quad
@ modes need per-chip set-up (QE bit, continuous-read mode) and can come later.
@
@ Why SCK = clk_sys / 4: at boot clk_sys runs from the ring oscillator (a few MHz); later the
@ runtime raises clk_sys to 125 MHz, which gives 31.25 MHz, inside the 50 MHz limit that 03h
@ reads have on common parts. The divider must be even (4.10.13, BAUDR).
@
@ The code must stay within 252 bytes: the build appends the CRC-32/MPEG-2 in bytes 252..255.

    .syntax unified                       @ unified syntax, so "movs"/"adds" spell the flags they set
    .cpu cortex-m0plus                    @ the RP2040's cores: ARMv6-M, Thumb-1 plus a few 32-bit ops
    .thumb                                @ the bootrom enters boot2 in Thumb state

    .equ SSI_BASE,         0x18000000     @ XIP_SSI register block (datasheet 2.2, 4.10.13)
    .equ SSI_CTRLR0,       0x00           @ frame format, frame size, transfer mode
    .equ SSI_CTRLR1,       0x04           @ number of data frames per transfer, minus one
    .equ SSI_SSIENR,       0x08           @ SSI enable; most registers are writable only while 0
    .equ SSI_BAUDR,        0x14           @ SCK divider (even, >= 2)
    .equ SSI_SPI_CTRLR0,   0xf4           @ XIP command, instruction and address lengths

    @ CTRLR0: DFS_32 (bits 20:16) = 31 -> 32-bit data frames, so one XIP read returns a word;
    @ TMOD (bits 9:8) = 3 (EEPROM_READ) -> send the command and address, then receive;
    @ SPI_FRF (bits 22:21) = 0 -> standard one-bit SPI; FRF, SCPOL, SCPH = 0 -> Motorola mode 0.
    .equ CTRLR0_XIP,       (31 << 16) | (3 << 8)

    @ SPI_CTRLR0: XIP_CMD (bits 31:24) = 0x03, the READ DATA command sent before each address;
    @ INST_L (bits 9:8) = 2 -> 8-bit instruction; ADDR_L (bits 5:2) = 6 -> 6 x 4 = 24-bit address;
    @ WAIT_CYCLES (bits 15:11) = 0 -> 03h reads have no dummy cycles;
    @ TRANS_TYPE (bits 1:0) = 0 (1C1A) -> command and address both on one data line.
    .equ SPI_CTRLR0_XIP,   (0x03 << 24) | (2 << 8) | (6 << 2) | 0

    .equ SCK_DIVIDER,      4              @ SCK = clk_sys / 4 (see the note above)

    .equ PPB_VTOR,         0xe000ed08     @ Vector Table Offset Register (ARMv6-M, datasheet 2.4.8)
    .equ VECTOR_TABLE,     0x10000100     @ rtgo's vector table: flash right after boot2 (docs/abi.md)

    .text                                 @ one section; the build links it at 0x20041f00
    .global rtgo_boot2                    @ visible entry so the standalone link has an entry point
    .type rtgo_boot2, %function           @ a Thumb function symbol
rtgo_boot2:
    ldr r3, =SSI_BASE                     @ r3 = SSI base, kept for every register write below
    movs r0, #0                           @ value 0 ...
    str r0, [r3, #SSI_SSIENR]             @ ... disables the SSI so that it accepts a new configuration
    movs r0, #SCK_DIVIDER                 @ the SCK divider ...
    str r0, [r3, #SSI_BAUDR]              @ ... goes into BAUDR
    ldr r0, =CTRLR0_XIP                   @ 32-bit frames, EEPROM-read transfer mode, standard SPI
    str r0, [r3, #SSI_CTRLR0]             @ write CTRLR0
    movs r0, #0                           @ NDF = 0: one 32-bit data frame per XIP transfer
    str r0, [r3, #SSI_CTRLR1]             @ write CTRLR1
    ldr r0, =SPI_CTRLR0_XIP               @ command 03h, 8-bit instruction, 24-bit address, 1C1A
    movs r1, #SSI_SPI_CTRLR0              @ 0xf4 is beyond the 124-byte reach of "str rX, [rY, #imm]" ...
    str r0, [r3, r1]                      @ ... so write SPI_CTRLR0 with a register offset
    movs r0, #1                           @ value 1 ...
    str r0, [r3, #SSI_SSIENR]             @ ... enables the SSI: from now on flash is mapped at 0x10000000

    ldr r0, =VECTOR_TABLE                 @ r0 = address of the image's vector table (now readable via XIP)
    ldr r1, =PPB_VTOR                     @ r1 = address of VTOR
    str r0, [r1]                          @ exceptions and interrupts now use rtgo's table
    ldmia r0!, {r1, r2}                   @ r1 = word 0 (initial SP), r2 = word 1 (reset handler, Thumb bit set)
    msr msp, r1                           @ load the main stack pointer as the core would at reset
    bx r2                                 @ enter the reset handler; boot2 is never used again

    .ltorg                                @ literal pool here, inside the copied 252 bytes, read PC-relative
