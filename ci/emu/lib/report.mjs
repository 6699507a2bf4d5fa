// Writes a run's result in the line-oriented report format documented in ../README.md, which the
// Java side (rtgo.emu.ReportParser) reads without a JSON library. One record per line: a keyword,
// then space-separated fields; free text is the last field and percent-escaped, so it never holds
// a space, a newline or a non-ASCII byte and the reader can split on single spaces.

import { hex } from './image.mjs';

export const REPORT_HEADER = 'rtgo-emu-report 1';

/** Escapes bytes (or a string, as UTF-8) so that only printable ASCII other than space and % stay. */
export function escapeText(value) {
  const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
  let out = '';
  for (const b of bytes) {
    if (b > 0x20 && b < 0x7f && b !== 0x25) {
      out += String.fromCharCode(b);
    } else {
      out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
    }
  }
  return out;
}

/** The report text for a Machine.finish() result plus the wall time it took. */
export function formatReport(result, wallMillis) {
  const lines = [REPORT_HEADER];
  lines.push(`outcome ${result.outcome}`);
  lines.push(`exit-status ${result.exitStatus}`);
  if (result.breakpoint >= 0) lines.push(`breakpoint ${result.breakpoint}`);
  lines.push(`pc 0x${hex(result.pc)}`);
  lines.push(`cycles ${result.cycles}`);
  lines.push(`slept-cycles ${result.sleptCycles}`);
  lines.push(`slept ${result.sleptCycles}`);
  lines.push(`instructions ${result.instructions}`);
  lines.push(`wall-ms ${Math.round(wallMillis)}`);
  lines.push(`message ${escapeText(result.message)}`);
  for (const line of result.uartLines) {
    const keyword = line.terminated ? 'uart-line' : 'uart-tail';
    lines.push(`${keyword} ${line.cycle} ${escapeText(line.bytes)}`);
  }
  for (const line of result.uartLines) {
    lines.push(`slept-at ${line.cycle} ${line.slept}`);
  }
  for (const change of result.gpio) {
    lines.push(`gpio ${change.pin} ${change.high ? 1 : 0} ${change.cycle}`);
  }
  for (const warning of result.warnings) {
    lines.push(`warning ${escapeText(warning)}`);
  }
  lines.push('end');
  return lines.join('\n') + '\n';
}
