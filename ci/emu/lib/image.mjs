// Reads an RP2040 program image (ELF, UF2 or raw BIN) into a list of {address, bytes} segments and
// places them into the emulated flash and SRAM. The format is chosen by content (ELF and UF2 magic
// numbers), not by file name, so a misnamed file is still read correctly; anything else is raw BIN.
//
// Formats:
//   ELF  PT_LOAD segments with file bytes, placed at their *physical* (load) address, so `.data`
//        (VMA in RAM, LMA in flash) lands in flash where crt0 copies it from, as on a real board.
//   UF2  512-byte blocks (https://github.com/microsoft/uf2): two start magics, an end magic, a target
//        address and up to 476 payload bytes per block; the RP2040 family id is 0xe48bff56 and the
//        RP2040 bootrom ignores blocks of other families (datasheet 2.8.4.2).
//   BIN  the flash contents from 0x10000000.

import { readFileSync } from 'node:fs';

export const FLASH_BASE = 0x10000000;
export const FLASH_SIZE = 16 * 1024 * 1024; // rp2040js models a 16 MiB flash chip
export const SRAM_BASE = 0x20000000;
export const SRAM_SIZE = 264 * 1024;

const UF2_MAGIC_START0 = 0x0a324655;
const UF2_MAGIC_START1 = 0x9e5d5157;
const UF2_MAGIC_END = 0x0ab16f30;
const UF2_FLAG_NOT_MAIN_FLASH = 0x00000001;
const UF2_FLAG_FAMILY_ID_PRESENT = 0x00002000;
const UF2_FAMILY_RP2040 = 0xe48bff56;

const ELF_MACHINE_ARM = 40;
const PT_LOAD = 1;

/** A problem with the image file itself (the harness exits with status 2). */
export class ImageError extends Error {}

/** Reads `path` and returns {format, segments: [{address, bytes}]}. */
export function readImage(path) {
  let data;
  try {
    data = readFileSync(path);
  } catch (e) {
    throw new ImageError(`cannot read image ${path}: ${e.message}`);
  }
  if (data.length >= 4 && data.readUInt32BE(0) === 0x7f454c46) {
    return { format: 'elf', segments: elfSegments(data, path) };
  }
  if (data.length >= 8 && data.readUInt32LE(0) === UF2_MAGIC_START0 && data.readUInt32LE(4) === UF2_MAGIC_START1) {
    return { format: 'uf2', segments: uf2Segments(data, path) };
  }
  if (data.length === 0) {
    throw new ImageError(`image ${path} is empty`);
  }
  return { format: 'bin', segments: [{ address: FLASH_BASE, bytes: data }] };
}

function elfSegments(data, path) {
  const need = (ok, what) => {
    if (!ok) throw new ImageError(`${path}: not a usable RP2040 ELF: ${what}`);
  };
  need(data.length >= 52, 'file shorter than an ELF32 header');
  need(data[4] === 1, 'not ELFCLASS32');
  need(data[5] === 1, 'not little-endian');
  need(data.readUInt16LE(18) === ELF_MACHINE_ARM, `e_machine ${data.readUInt16LE(18)} is not ARM (40)`);
  const phoff = data.readUInt32LE(28);
  const phentsize = data.readUInt16LE(42);
  const phnum = data.readUInt16LE(44);
  need(phnum > 0 && phentsize >= 32, 'no program headers');
  need(phoff + phnum * phentsize <= data.length, 'program headers past the end of the file');
  const segments = [];
  for (let i = 0; i < phnum; i++) {
    const ph = phoff + i * phentsize;
    const type = data.readUInt32LE(ph);
    const offset = data.readUInt32LE(ph + 4);
    const paddr = data.readUInt32LE(ph + 12);
    const filesz = data.readUInt32LE(ph + 16);
    if (type !== PT_LOAD || filesz === 0) continue;
    need(offset + filesz <= data.length, `segment ${i} extends past the end of the file`);
    segments.push({ address: paddr, bytes: data.subarray(offset, offset + filesz) });
  }
  need(segments.length > 0, 'no PT_LOAD segment with file bytes');
  return segments;
}

function uf2Segments(data, path) {
  if (data.length % 512 !== 0) {
    throw new ImageError(`${path}: UF2 size ${data.length} is not a multiple of 512`);
  }
  const segments = [];
  const seen = new Set();
  let expectedBlocks = -1;
  for (let at = 0; at < data.length; at += 512) {
    const block = at / 512;
    const bad = (what) => new ImageError(`${path}: UF2 block ${block}: ${what}`);
    if (data.readUInt32LE(at) !== UF2_MAGIC_START0 || data.readUInt32LE(at + 4) !== UF2_MAGIC_START1 ||
        data.readUInt32LE(at + 508) !== UF2_MAGIC_END) {
      throw bad('bad magic number');
    }
    const flags = data.readUInt32LE(at + 8);
    const target = data.readUInt32LE(at + 12);
    const size = data.readUInt32LE(at + 16);
    const blockNo = data.readUInt32LE(at + 20);
    const numBlocks = data.readUInt32LE(at + 24);
    const family = data.readUInt32LE(at + 28);
    if (flags & UF2_FLAG_NOT_MAIN_FLASH) continue;
    if (!(flags & UF2_FLAG_FAMILY_ID_PRESENT) || family !== UF2_FAMILY_RP2040) {
      throw bad(`family 0x${family.toString(16)} (flags 0x${flags.toString(16)}) is not RP2040 0xe48bff56`);
    }
    if (size > 476) throw bad(`payload size ${size} exceeds 476`);
    if (expectedBlocks < 0) expectedBlocks = numBlocks;
    if (numBlocks !== expectedBlocks || blockNo >= numBlocks) {
      throw bad(`block ${blockNo} of ${numBlocks} does not fit a file of ${expectedBlocks} blocks`);
    }
    seen.add(blockNo);
    segments.push({ address: target, bytes: data.subarray(at + 32, at + 32 + size) });
  }
  if (segments.length === 0) throw new ImageError(`${path}: no RP2040 UF2 blocks`);
  if (seen.size !== expectedBlocks) {
    throw new ImageError(`${path}: UF2 has ${seen.size} of its ${expectedBlocks} blocks`);
  }
  return segments;
}

/** Copies each segment into rp2040js's flash or SRAM array; anything else is an ImageError. */
export function placeSegments(rp2040, segments) {
  for (const { address, bytes } of segments) {
    const end = address + bytes.length;
    if (address >= FLASH_BASE && end <= FLASH_BASE + FLASH_SIZE) {
      rp2040.flash.set(bytes, address - FLASH_BASE);
    } else if (address >= SRAM_BASE && end <= SRAM_BASE + SRAM_SIZE) {
      rp2040.sram.set(bytes, address - SRAM_BASE);
    } else {
      throw new ImageError(`segment 0x${hex(address)}..0x${hex(end)} is neither in flash nor in SRAM`);
    }
  }
}

export function hex(n) {
  return (n >>> 0).toString(16).padStart(8, '0');
}
