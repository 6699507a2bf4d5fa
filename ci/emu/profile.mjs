#!/usr/bin/env node
// Reads a profile written by `run.mjs --profile FILE` (executed instructions and cycles per pc in
// the timed region: from the end of the BEGIN line to the end of the END line) and the ELF it
// came from, and prints where the cycles went: per function (the ELF's symbols), then the
// hottest instructions with their disassembly, then, for each function named with --function,
// every instruction of it that ran, and with --hot, the whole disassembly of every function that
// took at least the given share, each instruction annotated with its counts (the listing to read
// when looking for waste: check stubs, copies, reloads). Needs arm-none-eabi-nm and
// arm-none-eabi-objdump. With --patterns, it first sorts every executed instruction into what it
// is for (null and bounds checks, class-initialisation checks, literal-pool and static-field loads,
// call overhead, register copies, the rest), a first answer to "where is the waste".
//
//   node ci/emu/profile.mjs <image.elf> <profile> [--top N] [--per N] [--function TEXT]... [--hot PCT] [--patterns]
//
//   --top N          functions and instructions listed (default 25)
//   --per N          divide counts and cycles by N (the iterations of the timed loop), to read
//                    them per operation
//   --function TEXT  also list every executed instruction of the functions whose name contains TEXT
//   --hot PCT        also list every instruction (executed or not, in address order) of each
//                    function with at least PCT percent of the cycles, with its counts and share
//   --patterns       also the cycles per instruction pattern (see patternOf below)

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    top: { type: 'string', default: '25' },
    per: { type: 'string', default: '1' },
    function: { type: 'string', multiple: true, default: [] },
    hot: { type: 'string' },
    patterns: { type: 'boolean', default: false },
  },
});
if (positionals.length !== 2) {
  process.stderr.write('usage: node profile.mjs <image.elf> <profile> [--top N] [--per N] [--function TEXT]... [--hot PCT] [--patterns]\n');
  process.exit(2);
}
const [elf, profileFile] = positionals;
const top = Number(values.top);
const per = Number(values.per);

// the profile
const lines = readFileSync(profileFile, 'utf8').trim().split('\n');
if (lines[0] !== 'rtgo-emu-profile 1') throw new Error(`${profileFile}: not a profile`);
const [, start, end] = lines[1].split(' ').map(Number);
const samples = lines.slice(2).map((l) => {
  const [pc, n, c] = l.split(' ');
  // rp2040js may leave the Thumb bit in pc right after an exception entry
  return { pc: parseInt(pc, 16) & ~1, n: Number(n), c: Number(c) };
});

// functions: the text symbols, sorted by address (a pc belongs to the last symbol at or below it)
const symbols = execFileSync('arm-none-eabi-nm', ['-n', '--defined-only', elf], { encoding: 'utf8', maxBuffer: 1 << 28 })
  .split('\n')
  .map((l) => /^([0-9a-f]{8}) [tTwW] (.*)$/.exec(l))
  .filter((m) => m && !m[2].startsWith('$'))
  .map((m) => ({ address: parseInt(m[1], 16) & ~1, name: m[2] }))
  // several names at one address (a label that ends one range and a function that starts there):
  // the function's (J: methods, IC: class initialisation checks) wins, being sorted last
  .sort((x, y) => x.address - y.address || isFunction(x.name) - isFunction(y.name));
function isFunction(name) {
  return name.startsWith('J:') || name.startsWith('IC:') ? 1 : 0;
}
function functionOf(pc) {
  const i = symbolIndexOf(pc);
  return i < 0 ? '?' : symbols[i].name;
}
function symbolIndexOf(pc) {
  let lo = 0;
  let hi = symbols.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (symbols[mid].address <= pc) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

// the disassembly, for the instructions that ran
const disassembly = new Map();
for (const l of execFileSync('arm-none-eabi-objdump', ['-d', '--no-show-raw-insn', elf], { encoding: 'utf8', maxBuffer: 1 << 28 }).split('\n')) {
  const m = /^\s*([0-9a-f]+):\s+(.*)$/.exec(l);
  if (m) disassembly.set(parseInt(m[1], 16), m[2].replace(/\s+/g, ' ').trim());
}

const window = end - start;
const total = samples.reduce((s, x) => s + x.c, 0);
const fmt = (x) => (per === 1 ? String(x) : (x / per).toFixed(1));
const pct = (c) => ((100 * c) / total).toFixed(1) + '%';
console.log(`window: ${window} cycles, ${total} of them executing instructions (the rest asleep)` +
  (per === 1 ? '' : `; figures below divided by ${per}`));

const byFunction = new Map();
for (const s of samples) {
  const f = functionOf(s.pc);
  const e = byFunction.get(f) ?? { n: 0, c: 0 };
  e.n += s.n;
  e.c += s.c;
  byFunction.set(f, e);
}
if (values.patterns) {
  const byPattern = new Map();
  for (const s of samples) {
    const p = patternOf(s.pc);
    byPattern.set(p, (byPattern.get(p) ?? 0) + s.c);
  }
  console.log('\n| instruction pattern | cycles | share |\n|---|---:|---:|');
  for (const [p, c] of [...byPattern.entries()].sort((x, y) => y[1] - x[1])) {
    console.log(`| ${p} | ${fmt(c)} | ${pct(c)} |`);
  }
}

console.log('\n| function | instructions | cycles | share |\n|---|---:|---:|---:|');
for (const [f, e] of [...byFunction.entries()].sort((x, y) => y[1].c - x[1].c).slice(0, top)) {
  console.log(`| \`${f}\` | ${fmt(e.n)} | ${fmt(e.c)} | ${pct(e.c)} |`);
}

console.log('\n| pc | function | instruction | executed | cycles | share |\n|---|---|---|---:|---:|---:|');
for (const s of samples.slice(0, top)) {
  console.log(`| ${s.pc.toString(16)} | \`${functionOf(s.pc)}\` | \`${disassembly.get(s.pc) ?? '?'}\` | ${fmt(s.n)} | ${fmt(s.c)} | ${pct(s.c)} |`);
}

for (const text of values.function) {
  const rows = samples.filter((s) => functionOf(s.pc).includes(text)).sort((x, y) => x.pc - y.pc);
  const names = [...new Set(rows.map((s) => functionOf(s.pc)))];
  for (const name of names) {
    const mine = rows.filter((s) => functionOf(s.pc) === name);
    const sum = mine.reduce((a, s) => a + s.c, 0);
    console.log(`\n\`${name}\`: ${fmt(sum)} cycles (${pct(sum)})\n\n| pc | instruction | executed | cycles |\n|---|---|---:|---:|`);
    for (const s of mine) {
      console.log(`| ${s.pc.toString(16)} | \`${disassembly.get(s.pc) ?? '?'}\` | ${fmt(s.n)} | ${fmt(s.c)} |`);
    }
  }
}

// --hot: a function's range runs from its symbol to the next symbol with a higher address (a
// method's local labels are `$`-prefixed or not text symbols, so they do not cut it short).
if (values.hot !== undefined) {
  const threshold = Number(values.hot);
  const byPc = new Map(samples.map((s) => [s.pc, s]));
  const addresses = [...disassembly.keys()].sort((x, y) => x - y);
  for (const [name, e] of [...byFunction.entries()].sort((x, y) => y[1].c - x[1].c)) {
    if ((100 * e.c) / total < threshold || name === '?') continue;
    const first = samples.find((s) => functionOf(s.pc) === name).pc;
    const index = symbolIndexOf(first);
    const from = symbols[index].address;
    let to = Infinity;
    for (let j = index + 1; j < symbols.length; j++) {
      if (symbols[j].address > from) {
        to = symbols[j].address;
        break;
      }
    }
    console.log(`\n\`${name}\`: ${fmt(e.c)} cycles (${pct(e.c)}), every instruction\n\n` +
      '| pc | instruction | executed | cycles | share |\n|---|---|---:|---:|---:|');
    for (const pc of addresses) {
      if (pc < from || pc >= to) continue;
      const s = byPc.get(pc);
      console.log(`| ${pc.toString(16)} | \`${disassembly.get(pc)}\` | ${s ? fmt(s.n) : ''} | ${s ? fmt(s.c) : ''} | ${s ? pct(s.c) : ''} |`);
    }
  }
}

// --patterns: what an instruction is for, from its text and its neighbours. A conditional branch
// to a stub that calls Throw.nullPointerAt (or arrayIndex, divideByZero, ...) and the compare
// before it are that check; for a bounds check also the length load (ldr rX, [rY, #4]) feeding the
// compare. A literal-pool load (ldr rX, [pc, #n]) followed by a load or store through rX is a static
// field access. bl/push/pop/bx lr and sp adjustments are call overhead; mov between registers
// (not from an immediate) is a copy. Everything else is "work" (which still includes redundant
// address arithmetic, rematerialised constants and sign extensions: read the --hot listings).
function patternOf(pc) {
  patternCache ??= classify();
  return patternCache.get(pc) ?? 'work';
}
var patternCache; // var: hoisted, since the tables above run before this line
function classify() {
  const out = new Map();
  const addresses = [...disassembly.keys()].sort((x, y) => x - y);
  const index = new Map(addresses.map((a, i) => [a, i]));
  const text = (i) => (i >= 0 && i < addresses.length ? disassembly.get(addresses[i]) : '');
  const stubKind = (target) => {
    let i = index.get(target);
    for (let k = 0; i !== undefined && k < 5; k++, i++) {
      const m = /^bl\s+[0-9a-f]+ <J:rtgo\.runtime\.Throw\.(\w+)/.exec(text(i));
      if (m) return m[1];
      if (/^(b|bl|bx|pop)\b/.test(text(i))) return null;
    }
    return null;
  };
  for (let i = 0; i < addresses.length; i++) {
    const t = text(i);
    const at = addresses[i];
    let m = /^b(eq|ne|cs|cc|hs|lo|hi|ls|ge|lt|gt|le|mi|pl)(\.n|\.w)?\s+([0-9a-f]+)/.exec(t);
    if (m) {
      const kind = stubKind(parseInt(m[3], 16));
      if (kind) {
        const label = kind.startsWith('nullPointer') ? 'null check (cmp #0, branch)'
          : kind === 'arrayIndex' ? 'bounds check (length load, cmp, branch)'
          : `${kind} check`;
        out.set(at, label);
        if (/^cmp/.test(text(i - 1))) out.set(addresses[i - 1], label);
        const length = /^ldr\s+(r\d+), \[r\d+, #4\]$/.exec(text(i - 2));
        if (kind === 'arrayIndex' && length && text(i - 1).includes(length[1])) out.set(addresses[i - 2], label);
        continue;
      }
    }
    if (/^bl\s+[0-9a-f]+ <IC:/.test(t)) {
      out.set(at, 'class-initialisation check (bl IC:...)');
      continue;
    }
    m = /^ldr\s+(r\d+), \[pc, #\d+\]/.exec(t);
    if (m) {
      const next = text(i + 1);
      if (new RegExp(`^(ldr|str)[bhs]*\\s+r\\d+, \\[${m[1]}(, #\\d+)?\\]`).test(next)) {
        out.set(at, 'static field access (literal-pool address, then ldr/str)');
        out.set(addresses[i + 1], 'static field access (literal-pool address, then ldr/str)');
        i++;
      } else {
        out.set(at, 'literal-pool load (constant or address)');
      }
      continue;
    }
    if (/^(bl|blx)\s/.test(t) || /^(push|pop)\s/.test(t) || t === 'bx lr' || /^(add|sub)\s+sp, #/.test(t)) {
      out.set(at, 'call overhead (bl, push, pop, bx lr, sp)');
      continue;
    }
    if (/^movs?\s+r\d+, r\d+$/.test(t) || /^mov\s+(r\d+|sl|fp|ip|sb), (r\d+|sl|fp|ip|sb)$/.test(t)) {
      out.set(at, 'register copy (mov)');
    }
  }
  return out;
}
