// One emulated Pico for one run: rp2040js's RP2040 plus the harness's own boot, run loop and hooks.
//
// Design notes
// - Time. rp2040js peripherals (TIMER, PWM, SysTick, ADC) schedule alarms on a SimulationClock that
//   only moves when somebody ticks it. We tick it after every instruction by the cycles the core
//   spent, converted at the *current* clk_sys (firmware reprograms PLL_SYS/CLOCKS, rp2040js tells us
//   through addClockListener), so the 1 MHz TIMER runs at the right rate relative to the code.
//   Asleep in WFI/WFE we jump straight to the next alarm and count the skipped cycles as slept
//   cycles: `cycles` is elapsed clk_sys cycles, awake or asleep, which keeps GPIO and UART timings
//   meaningful for programs that wait on the timer. Asleep with no alarm and no input change
//   pending, nothing can ever wake the core, so the run stops as SLEEPING, unless UART input may
//   still come (--uart-in and stdin open): then the machine goes idle and the run loop waits for it.
// - UART input. Bytes from outside (stdin with --uart-in) queue here and enter UART0's 32-byte RX
//   FIFO as it has room, checked at every slice, so a program that reads slowly loses nothing.
// - GPIO input. The outside world is a list of scheduled pin levels (--gpio-in), applied with
//   rp2040js's setInputValue as soon as the elapsed cycles reach each one's cycle: checked after
//   every instruction (one comparison against the next change), and a sleep never jumps past the
//   next change, so a core waiting in WFI for an edge interrupt wakes at the edge, not at the next
//   alarm. rp2040js does not model pad pulls (an input reads low unless driven), so the harness does:
//   a pin that no scheduled change has driven yet reads the level of its pull-up or pull-down
//   whenever the firmware changes its pad, as a floating pin on the chip would; a button wired to
//   ground on a pulled-up pin then reads high until its first scheduled press.
// - Strictness. rp2040js never faults: for what it cannot emulate it logs and carries on (invalid
//   address, unimplemented instruction or register) and returns made-up values. A test run that
//   carries on from there proves nothing, so any warning or error stops the run (EMULATOR_WARNING).
//   Some messages bypass the logger and go straight to console.warn/error; we catch those too.
//   No bootrom is loaded (the harness boots the image itself), so any access to 0x0000..0x3fff
//   (a null pointer, an exception before boot2 set VTOR) is reported instead of reading zeros.
// - Exit. `bkpt #0` ends the program with status r0; any other bkpt number is a BREAKPOINT. rp2040js
//   reports `udf` through the same callback; that is an undefined instruction (a HardFault on the
//   chip) and a warning here.

import { GPIOPinState, RP2040 } from 'rp2040js';
import { FLASH_BASE, hex, placeSegments } from './image.mjs';

export const Outcome = Object.freeze({
  EXITED: 'EXITED',
  CYCLE_LIMIT: 'CYCLE_LIMIT',
  TIMEOUT: 'TIMEOUT',
  EMULATOR_WARNING: 'EMULATOR_WARNING',
  BREAKPOINT: 'BREAKPOINT',
  SLEEPING: 'SLEEPING',
});

// RP2040 datasheet 2.8.1: the bootrom copies 256 bytes of boot2 to the top 256 bytes of SRAM5 and
// enters it with the stack just above. It checks the CRC-32 in bytes 252..255 first (2.8.1.3).
const BOOT2_SIZE = 256;
const BOOT2_RUN_ADDRESS = 0x20041f00;
const INITIAL_SP = 0x20042000;
const SRAM_BASE = 0x20000000;
const BOOTROM_END = 0x4000; // 16 KiB ROM at address 0 (datasheet 2.2)

const OPCODE_BKPT = 0xbe; // high byte of the 16-bit bkpt encoding
const NEWLINE = 0x0a;

export class Machine {
  /**
   * @param {object} o
   * @param {number} o.maxCycles   stop with CYCLE_LIMIT once this many cycles have elapsed
   * @param {boolean} o.recordGpio record pin output changes
   * @param {(byte:number)=>void} o.uartOut called with each UART0 byte as it is written
   * @param {{pin:number, cycle:number, high:boolean}[]} [o.gpioIn] input levels to apply, at their cycles
   */
  constructor({ maxCycles, recordGpio, uartOut, gpioIn = [], profile = false }) {
    this.maxCycles = maxCycles;
    this.uartOut = uartOut;
    this.rp2040 = new RP2040();
    this.outcome = null; // set once, by stop()
    this.message = '';
    this.exitStatus = 0;
    this.breakpoint = -1;
    this.pc = 0; // address of the instruction being executed
    this.sleptCycles = 0;
    this.instructions = 0;
    this.warnings = [];
    this.uartLines = []; // {cycle, bytes, terminated}
    this.lineBytes = [];
    this.lineCycle = 0;
    this.lineSlept = 0; // sleptCycles at the current line's first byte
    this.gpio = []; // {pin, high, cycle}
    // scheduled input levels, earliest first (a stable sort keeps the given order within a cycle)
    this.gpioIn = [...gpioIn].sort((a, b) => a.cycle - b.cycle);
    this.nextInput = 0; // index of the next change to apply
    this.nextInputCycle = this.gpioIn.length > 0 ? this.gpioIn[0].cycle : Infinity;
    this.driven = new Set(); // pins a scheduled change has driven: their pulls no longer matter
    this.nanosPerCycle = 1e9 / this.rp2040.clkSys;
    // --profile: executed instructions and their cycles per pc, counted only from the end of a
    // "BEGIN" line to the end of the next "END ..." line (the timed region of bench programs)
    this.profiling = profile;
    this.profileOn = false;
    this.profileDone = false;
    this.profileStart = 0;
    this.profileEnd = 0;
    this.profileCounts = new Map(); // pc -> [instructions, cycles]
    this.uartInQueue = []; // bytes waiting for room in UART0's RX FIFO
    this.uartInputOpen = false; // more UART input may come: sleeping with nothing pending is idling
    this.idle = false; // asleep waiting for UART input; the run loop waits, then clears it
    this.installHooks(recordGpio);
  }

  /** Queues bytes for UART0's receiver; they enter its RX FIFO as it has room. */
  queueUartInput(bytes) {
    for (const b of bytes) this.uartInQueue.push(b);
    this.feedUart();
  }

  feedUart() {
    const uart = this.rp2040.uart[0];
    let n = 0;
    while (n < this.uartInQueue.length && !uart.rxFIFO.full) uart.feedByte(this.uartInQueue[n++]);
    if (n > 0) this.uartInQueue.splice(0, n);
  }

  /** Elapsed clk_sys cycles: executed plus slept. */
  get cycles() {
    return this.rp2040.core.cycles + this.sleptCycles;
  }

  installHooks(recordGpio) {
    const rp = this.rp2040;
    const report = (component, message) => this.warn(component, message);
    rp.logger = { debug() {}, info() {}, warn: report, error: report };
    console.warn = (...args) => report('console', args.join(' '));
    console.error = (...args) => report('console', args.join(' '));

    rp.addClockListener((hz) => {
      this.nanosPerCycle = 1e9 / hz;
    });
    rp.onBreak = (code) => this.onBreak(code);
    rp.uart[0].onByte = (byte) => this.onUartByte(byte);

    const read32 = RP2040.prototype.readUint32;
    rp.readUint32 = (address) => {
      if (address >>> 0 < BOOTROM_END) this.bootromAccess('read from', address);
      return read32.call(rp, address);
    };
    const write32 = RP2040.prototype.writeUint32;
    rp.writeUint32 = (address, value) => {
      if (address >>> 0 < BOOTROM_END) this.bootromAccess('write to', address);
      write32.call(rp, address, value);
    };

    rp.gpio.forEach((pin, index) => pin.addListener((state) => {
      if (this.driven.has(index)) return;
      if (state === GPIOPinState.InputPullUp && !pin.rawInputValue) pin.setInputValue(true);
      if (state === GPIOPinState.InputPullDown && pin.rawInputValue) pin.setInputValue(false);
    }));

    if (recordGpio) {
      rp.gpio.forEach((pin, index) => pin.addListener((state) => {
        if (state === GPIOPinState.High || state === GPIOPinState.Low) {
          this.gpio.push({ pin: index, high: state === GPIOPinState.High, cycle: this.cycles });
        }
      }));
    }
  }

  /** Places the image and enters boot2 the way the bootrom does. */
  boot(segments) {
    const rp = this.rp2040;
    placeSegments(rp, segments);
    const boot2 = rp.flash.subarray(0, BOOT2_SIZE);
    const stored = new DataView(boot2.buffer, boot2.byteOffset + 252, 4).getUint32(0, true);
    const computed = crc32Mpeg2(boot2.subarray(0, 252));
    if (stored !== computed) {
      this.warn('bootrom', `boot2 CRC-32 at 0x${hex(FLASH_BASE + 252)} is 0x${hex(stored)}, its bytes give ` +
        `0x${hex(computed)}: the RP2040 bootrom would not boot this image`);
      return;
    }
    rp.sram.set(boot2, BOOT2_RUN_ADDRESS - SRAM_BASE);
    const core = rp.core;
    core.SP = INITIAL_SP;
    core.LR = 0;
    core.PC = BOOT2_RUN_ADDRESS;
    this.pc = BOOT2_RUN_ADDRESS;
  }

  /** Runs at most `budget` instructions (or sleeps); returns early once the run has stopped. */
  runSlice(budget) {
    const rp = this.rp2040;
    const core = rp.core;
    const clock = rp.clock;
    const registers = core.registers;
    const maxCycles = this.maxCycles;
    let done = 0;
    let last = core.cycles;
    if (this.uartInQueue.length > 0) this.feedUart();
    while (done < budget && this.outcome === null && !this.idle) {
      if (core.waiting) {
        this.sleep();
        budget--; // a sleep counts against the slice so the loop still yields
      } else {
        this.pc = registers[15];
        core.executeInstruction();
        done++;
        const now = core.cycles;
        if (this.profileOn) this.countProfile(this.pc, now - last);
        clock.tick((now - last) * this.nanosPerCycle);
        last = now;
      }
      const elapsed = core.cycles + this.sleptCycles;
      if (elapsed >= this.nextInputCycle) this.applyInputs(elapsed);
      if (elapsed >= maxCycles && this.outcome === null) {
        this.stop(Outcome.CYCLE_LIMIT, `cycle limit of ${maxCycles} reached`);
      }
    }
    this.instructions += done;
  }

  /** Applies the scheduled input changes due at or before `elapsed` cycles. */
  applyInputs(elapsed) {
    const pins = this.rp2040.gpio;
    while (this.nextInput < this.gpioIn.length && this.gpioIn[this.nextInput].cycle <= elapsed) {
      const { pin, high } = this.gpioIn[this.nextInput++];
      this.driven.add(pin);
      pins[pin].setInputValue(high);
    }
    this.nextInputCycle = this.nextInput < this.gpioIn.length ? this.gpioIn[this.nextInput].cycle : Infinity;
  }

  /** Adds one executed instruction at `pc` that took `cycles` to the profile. */
  countProfile(pc, cycles) {
    const entry = this.profileCounts.get(pc);
    if (entry === undefined) {
      this.profileCounts.set(pc, [1, cycles]);
    } else {
      entry[0]++;
      entry[1] += cycles;
    }
  }

  /** The profile as text: a header, then "pc instructions cycles" lines, most cycles first. */
  profileText() {
    const rows = [...this.profileCounts.entries()].sort((x, y) => y[1][1] - x[1][1] || x[0] - y[0]);
    const end = this.profileOn ? this.cycles : this.profileEnd;
    const lines = [`rtgo-emu-profile 1`, `window ${this.profileStart} ${end}`];
    for (const [pc, [n, c]] of rows) lines.push(`0x${hex(pc)} ${n} ${c}`);
    return lines.join('\n') + '\n';
  }

  /**
   * Core in WFI/WFE: wake on a pending interrupt, else jump the clock to the next alarm or scheduled
   * input change, whichever comes first.
   */
  sleep() {
    const core = this.rp2040.core;
    const clock = this.rp2040.clock;
    // An interrupt that became pending while PRIMASK masked it still ends a WFI (ARMv6-M B1.5.19):
    // rp2040js only looks when its interruptsUpdated flag is set, which the masked check before
    // the WFI cleared, so look every time.
    if (core.checkForInterrupts()) {
      core.waiting = false;
      return;
    }
    const toInput = this.nextInputCycle - this.cycles; // Infinity when none is left
    if (!clock.nextAlarm && toInput === Infinity && this.uartInputOpen) {
      this.idle = true; // only UART input can wake it: the run loop waits for some
      return;
    }
    if (!clock.nextAlarm && toInput === Infinity) {
      this.stop(Outcome.SLEEPING, 'core sleeps forever: it waits for an interrupt (WFI/WFE) and no timer ' +
        'alarm, scheduled input change or other event is pending that could wake it');
      return;
    }
    // sleep until the alarm or the input change, but not past the cycle limit, so a long sleep
    // stops right at the limit
    const toAlarm = clock.nextAlarm ? Math.ceil(Math.max(0, clock.nanosToNextAlarm) / this.nanosPerCycle) : Infinity;
    const cycles = Math.min(toAlarm, Math.max(0, toInput), Math.max(0, this.maxCycles - this.cycles));
    this.sleptCycles += cycles;
    clock.tick(cycles * this.nanosPerCycle);
  }

  onBreak(code) {
    const core = this.rp2040.core;
    const opcode = this.rp2040.readUint16(this.pc);
    if (opcode >> 8 !== OPCODE_BKPT) {
      this.warn('CortexM0Core', `udf #${code}: undefined instruction (a HardFault on the RP2040)`);
    } else if (code === 0) {
      this.exitStatus = core.registers[0] | 0;
      this.stop(Outcome.EXITED, `exited with status ${this.exitStatus}`);
    } else {
      this.breakpoint = code;
      this.stop(Outcome.BREAKPOINT, `bkpt #${code}`);
    }
  }

  onUartByte(byte) {
    if (this.lineBytes.length === 0) {
      this.lineCycle = this.cycles;
      this.lineSlept = this.sleptCycles;
    }
    if (byte === NEWLINE) {
      if (this.profiling) this.profileWindow(Buffer.from(this.lineBytes).toString('latin1'));
      this.uartLines.push({ cycle: this.lineCycle, slept: this.lineSlept, bytes: Buffer.from(this.lineBytes), terminated: true });
      this.lineBytes = [];
    } else {
      this.lineBytes.push(byte);
    }
    this.uartOut(byte);
  }

  /** Opens the profile window at the end of the first BEGIN line, closes it at the end of END's. */
  profileWindow(line) {
    if (!this.profileOn && !this.profileDone && line === 'BEGIN') {
      this.profileOn = true;
      this.profileStart = this.cycles;
    } else if (this.profileOn && line.startsWith('END')) {
      this.profileOn = false;
      this.profileDone = true;
      this.profileEnd = this.cycles;
    }
  }

  bootromAccess(what, address) {
    this.warn('harness', `${what} 0x${hex(address)} in the bootrom, which this harness does not load ` +
      '(a null pointer, or an exception taken before boot2 set VTOR?)');
  }

  /** Records an emulator warning; the first one stops the run. */
  warn(component, message) {
    const text = `[${component}] ${message} (pc 0x${hex(this.pc)})`;
    this.warnings.push(text);
    this.stop(Outcome.EMULATOR_WARNING, text);
  }

  stop(outcome, message) {
    if (this.outcome !== null) return;
    this.outcome = outcome;
    this.message = message;
  }

  /** Result of the run so far; ends an unterminated UART line. */
  finish() {
    if (this.lineBytes.length > 0) {
      this.uartLines.push({ cycle: this.lineCycle, slept: this.lineSlept, bytes: Buffer.from(this.lineBytes), terminated: false });
      this.lineBytes = [];
    }
    return {
      outcome: this.outcome,
      message: this.message,
      exitStatus: this.exitStatus,
      breakpoint: this.breakpoint,
      pc: this.pc,
      cycles: this.cycles,
      sleptCycles: this.sleptCycles,
      instructions: this.instructions,
      uartLines: this.uartLines,
      gpio: this.gpio,
      warnings: this.warnings,
    };
  }
}

/** CRC-32/MPEG-2 (poly 0x04c11db7, init all ones, not reflected, no final xor): boot2's checksum. */
export function crc32Mpeg2(bytes) {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b << 24;
    for (let i = 0; i < 8; i++) {
      crc = crc & 0x80000000 ? (crc << 1) ^ 0x04c11db7 : crc << 1;
    }
  }
  return crc >>> 0;
}
