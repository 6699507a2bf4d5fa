// Turns the raw bytes of rtgo's assembled boot2 (boot2.S linked at 0x20041f00, objcopy -O binary)
// into the 256-byte block the RP2040 bootrom expects at the start of flash: the code padded with
// zeros to 252 bytes, then its CRC-32/MPEG-2 as a little-endian word (datasheet 2.8.1.3). ci/bench
// links the C twins with it; the emulator harness checks the CRC just as the bootrom does.
//
//   node bench/tools/boot2.mjs <boot2.bin> <out.bin>

import { readFileSync, writeFileSync } from 'node:fs';

const CODE_SIZE = 252;

/** CRC-32/MPEG-2: polynomial 0x04C11DB7, initial value all ones, not reflected, no final xor. */
function crc32Mpeg2(bytes) {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b << 24;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x80000000 ? (crc << 1) ^ 0x04c11db7 : crc << 1;
    }
  }
  return crc >>> 0;
}

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  process.stderr.write('usage: node boot2.mjs <boot2.bin> <out.bin>\n');
  process.exit(2);
}
const code = readFileSync(input);
if (code.length > CODE_SIZE) {
  process.stderr.write(`boot2.mjs: ${input} is ${code.length} bytes, boot2 code must fit in ${CODE_SIZE}\n`);
  process.exit(1);
}
const block = Buffer.alloc(CODE_SIZE + 4);
code.copy(block);
block.writeUInt32LE(crc32Mpeg2(block.subarray(0, CODE_SIZE)), CODE_SIZE);
writeFileSync(output, block);
