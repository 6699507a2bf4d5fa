#!/usr/bin/env node
// rtgo's emulator harness: boots an RP2040 image on rp2040js and runs it until it exits (bkpt #0),
// hits a limit, or rp2040js says it cannot emulate something. See README.md for the options, the
// report format and the exit codes; rtgo.emu.Rp2040jsEmulator is the Java client.
//
//   node ci/emu/run.mjs <image.elf|.uf2|.bin> [--max-cycles N] [--timeout-ms N] [--gpio] [--gpio-in PIN@CYCLE=LEVEL,...] [--report FILE] [--profile FILE] [--uart-in] [--gdb-port N]
//
// stdout carries exactly the bytes the program writes to UART0, nothing else. They are flushed at
// every newline and at least every slice (a few milliseconds of emulation), so a reader sees each
// line as soon as it is written. Everything the harness itself says goes to stderr.

import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { ImageError, hex, readImage } from './lib/image.mjs';
import { Machine, Outcome } from './lib/machine.mjs';
import { formatReport } from './lib/report.mjs';
import { serveGdb } from './lib/gdb.mjs';

const USAGE = 'usage: node run.mjs <image.elf|.uf2|.bin> [--max-cycles N] [--timeout-ms N] [--gpio] [--gpio-in PIN@CYCLE=LEVEL,...] [--report FILE] [--profile FILE] [--uart-in] [--gdb-port N]';
const DEFAULT_MAX_CYCLES = 2_000_000_000;
const DEFAULT_TIMEOUT_MS = 120_000;
const SLICE_INSTRUCTIONS = 200_000; // ~20 ms: the wall clock is checked and the event loop runs between slices

const EXIT_LIMIT = 124;
const EXIT_WARNING = 125;
const EXIT_BREAKPOINT = 126;
const EXIT_USAGE = 2;

// rp2040js must never write to stdout: it is reserved for UART0.
console.log = console.info = console.debug = (...args) => process.stderr.write(args.join(' ') + '\n');

class UartStdout {
  constructor() {
    this.pending = [];
  }

  write(byte) {
    this.pending.push(byte);
    if (byte === 0x0a) this.flush();
  }

  flush() {
    if (this.pending.length === 0) return;
    process.stdout.write(Buffer.from(this.pending));
    this.pending = [];
  }
}

function parseCommandLine(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'max-cycles': { type: 'string' },
      'timeout-ms': { type: 'string' },
      gpio: { type: 'boolean', default: false },
      'gpio-in': { type: 'string', multiple: true, default: [] },
      report: { type: 'string' },
      profile: { type: 'string' },
      'uart-in': { type: 'boolean', default: false },
      'gdb-port': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) usage('');
  if (positionals.length !== 1) usage('expected exactly one image file');
  return {
    image: positionals[0],
    maxCycles: positiveInteger(values['max-cycles'], '--max-cycles', DEFAULT_MAX_CYCLES),
    timeoutMs: positiveInteger(values['timeout-ms'], '--timeout-ms', DEFAULT_TIMEOUT_MS),
    gpio: values.gpio,
    gpioIn: values['gpio-in'].flatMap(parseGpioIn),
    report: values.report,
    profile: values.profile,
    uartIn: values['uart-in'],
    gdbPort: values['gdb-port'] === undefined ? undefined : positiveInteger(values['gdb-port'], '--gdb-port', 0),
  };
}

/**
 * `14@2000000=1,14@3000000=0`: pin 14 goes high at cycle 2,000,000 and low at 3,000,000. Pins
 * 0..29, levels 0 or 1, cycles counted like the report's (elapsed clk_sys cycles, asleep included).
 */
function parseGpioIn(text) {
  return text.split(',').filter((item) => item !== '').map((item) => {
    const m = /^([0-9]+)@([0-9]+)=([01])$/.exec(item);
    if (!m || Number(m[1]) > 29 || !Number.isSafeInteger(Number(m[2]))) {
      usage(`--gpio-in wants PIN@CYCLE=LEVEL items (pin 0..29, level 0 or 1) separated by commas, got '${item}'`);
    }
    return { pin: Number(m[1]), cycle: Number(m[2]), high: m[3] === '1' };
  });
}

function positiveInteger(text, name, fallback) {
  if (text === undefined) return fallback;
  if (!/^[0-9]+$/.test(text) || Number(text) <= 0 || !Number.isSafeInteger(Number(text))) {
    usage(`${name} wants a positive integer, got '${text}'`);
  }
  return Number(text);
}

function usage(problem) {
  if (problem) process.stderr.write(`run.mjs: ${problem}\n`);
  process.stderr.write(USAGE + '\n');
  process.exit(problem ? EXIT_USAGE : 0);
}

async function emulate(options, segments) {
  const uart = new UartStdout();
  const machine = new Machine({ maxCycles: options.maxCycles, recordGpio: options.gpio, gpioIn: options.gpioIn, uartOut: (b) => uart.write(b),
    profile: options.profile !== undefined });
  const started = performance.now();
  const deadline = started + options.timeoutMs;
  const input = options.uartIn ? uartInput(machine) : null;
  if (options.gdbPort !== undefined) {
    machine.boot(segments);
    const result = await serveGdb(machine, options.gdbPort, (m) => process.stderr.write(`rp2040js: ${m}\n`),
      () => uart.flush());
    input?.close();
    return { result, wallMillis: performance.now() - started, profile: null };
  }
  try {
    machine.boot(segments);
    while (machine.outcome === null) {
      machine.runSlice(SLICE_INSTRUCTIONS);
      uart.flush();
      if (machine.idle) await input.wait(deadline);
      if (machine.outcome === null && performance.now() >= deadline) {
        machine.stop(Outcome.TIMEOUT, `wall-clock timeout of ${options.timeoutMs} ms reached`);
      }
      if (machine.outcome === null) await new Promise((resolve) => setImmediate(resolve));
    }
  } catch (e) {
    if (e instanceof ImageError) throw e;
    machine.warn('harness', `exception while emulating: ${e && e.stack ? e.stack : e}`);
  }
  uart.flush();
  input?.close();
  return { result: machine.finish(), wallMillis: performance.now() - started,
    profile: options.profile !== undefined ? machine.profileText() : null };
}

/**
 * --uart-in: stdin's bytes go to UART0's receiver as they arrive. wait() returns once more input
 * came, stdin ended or the deadline passed; after the end of stdin a sleeping core is SLEEPING again.
 */
function uartInput(machine) {
  machine.uartInputOpen = true;
  let wake = null;
  const woken = () => {
    machine.idle = false;
    if (wake) wake();
    wake = null;
  };
  const onData = (chunk) => {
    machine.queueUartInput(chunk);
    woken();
  };
  const onEnd = () => {
    machine.uartInputOpen = false;
    woken();
  };
  process.stdin.on('data', onData);
  process.stdin.on('end', onEnd);
  return {
    wait(deadline) {
      return new Promise((resolve) => {
        const timer = setTimeout(woken, Math.max(0, deadline - performance.now()));
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    },
    close() {
      process.stdin.off('data', onData);
      process.stdin.off('end', onEnd);
      process.stdin.pause();
      process.stdin.destroy();
    },
  };
}

function exitCode(result) {
  switch (result.outcome) {
    case null: return 0; // gdb went away before the program ended
    case Outcome.EXITED: return result.exitStatus & 0xff;
    case Outcome.CYCLE_LIMIT:
    case Outcome.TIMEOUT:
    case Outcome.SLEEPING: return EXIT_LIMIT;
    case Outcome.BREAKPOINT: return EXIT_BREAKPOINT;
    default: return EXIT_WARNING;
  }
}

async function main() {
  let options;
  try {
    options = parseCommandLine(process.argv.slice(2));
  } catch (e) {
    usage(e.message);
  }
  try {
    const { segments } = readImage(options.image);
    const { result, wallMillis, profile } = await emulate(options, segments);
    if (options.report) writeFileSync(options.report, formatReport(result, wallMillis));
    if (options.profile) writeFileSync(options.profile, profile);
    if (result.outcome !== null && result.outcome !== Outcome.EXITED) {
      const seconds = (wallMillis / 1000).toFixed(2);
      process.stderr.write(`rp2040js: ${result.outcome}: ${result.message}\n` +
        `rp2040js: stopped at pc 0x${hex(result.pc)} after ${result.cycles} cycles ` +
        `(${result.instructions} instructions in ${seconds} s)\n`);
    }
    process.exitCode = exitCode(result);
  } catch (e) {
    if (!(e instanceof ImageError)) throw e;
    process.stderr.write(`run.mjs: ${e.message}\n`);
    process.exitCode = EXIT_USAGE;
  }
}

await main();
