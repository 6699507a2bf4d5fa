package rtgo.emu;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import rtgo.link.Crc32Mpeg2;
import rtgo.link.Uf2;

/**
 * Decides whether a file is a plausible RP2040 image before the emulator is started, so that an
 * empty, truncated or random file is reported as bad input (naming the file and what is wrong)
 * instead of as a failed emulator set-up or an emulator warning.
 *
 * <p>The format is recognised by content as ci/emu/lib/image.mjs does (ELF and UF2 magic numbers,
 * anything else a raw flash image from 0x10000000), and the same structural rules are checked. On
 * top, the first 256 bytes of flash must be a boot2 block whose CRC-32/MPEG-2 in bytes 252..255
 * matches bytes 0..251: the RP2040's bootrom refuses to boot anything else (datasheet 2.8.1.3), and
 * random bytes never pass it.
 */
public final class ImageCheck {
    private ImageCheck() {}

    static final int FLASH_BASE = Uf2.FLASH_BASE;
    /** rp2040js models a 16 MiB flash chip. */
    static final int FLASH_SIZE = 16 * 1024 * 1024;
    static final int SRAM_BASE = 0x20000000;
    static final int SRAM_SIZE = 264 * 1024;
    static final int BOOT2_SIZE = 256;
    /** A UF2 of a full 16 MiB flash is twice that (256 payload bytes per 512-byte block), plus room for an ELF's symbols. */
    static final long MAX_FILE = 64L * 1024 * 1024;

    /** Throws BadImageException unless {@code image} is a readable ELF, UF2 or BIN with a valid boot2. */
    public static void check(Path image) throws BadImageException {
        byte[] data;
        try {
            if (Files.size(image) > MAX_FILE) {
                throw new BadImageException(image + " is " + Files.size(image) + " bytes, too large for any "
                        + "RP2040 image (16 MiB of flash)");
            }
            data = Files.readAllBytes(image);
        } catch (BadImageException e) {
            throw e;
        } catch (IOException e) {
            throw new BadImageException("cannot read the image " + image + ": " + e.getMessage());
        }
        String name = image.toString();
        if (data.length == 0) {
            throw new BadImageException(name + " is empty, not an image");
        }
        ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        byte[] boot2 = new byte[BOOT2_SIZE];
        boolean[] have = new boolean[BOOT2_SIZE];
        if (data.length >= 4 && b.getInt(0) == 0x464C457F) {
            elf(b, name, boot2, have);
        } else if (data.length >= 8 && b.getInt(0) == Uf2.MAGIC_START0 && b.getInt(4) == Uf2.MAGIC_START1) {
            uf2(b, name, boot2, have);
        } else {
            if (data.length > FLASH_SIZE) {
                throw new BadImageException(name + " is not an ELF or UF2 image, and at " + data.length
                        + " bytes too large for a flash image (16 MiB)");
            }
            place(FLASH_BASE, data, 0, data.length, boot2, have);
        }
        for (boolean h : have) {
            if (!h) {
                throw new BadImageException(name + " does not fill the first 256 bytes of flash (boot2): "
                        + "it is cut short or not an RP2040 image");
            }
        }
        int stored = ByteBuffer.wrap(boot2, 252, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        if (Crc32Mpeg2.of(boot2, 0, 252) != stored) {
            throw new BadImageException(name + " does not start with a valid boot2 block (the CRC in flash "
                    + "bytes 252..255 does not match), so an RP2040 would not boot it: it is damaged or not "
                    + "an RP2040 image");
        }
    }

    private static void elf(ByteBuffer b, String name, byte[] boot2, boolean[] have) throws BadImageException {
        int length = b.capacity();
        need(length >= 52, name, "the file is shorter than an ELF32 header");
        need(b.get(4) == 1 && b.get(5) == 1, name, "not a 32-bit little-endian ELF");
        need(Short.toUnsignedInt(b.getShort(18)) == 40, name, "not an ARM ELF (e_machine "
                + Short.toUnsignedInt(b.getShort(18)) + ")");
        long phoff = Integer.toUnsignedLong(b.getInt(28));
        int phentsize = Short.toUnsignedInt(b.getShort(42));
        int phnum = Short.toUnsignedInt(b.getShort(44));
        need(phnum > 0 && phentsize >= 32, name, "no program headers");
        need(phoff + (long) phnum * phentsize <= length, name, "program headers past the end of the file (cut short?)");
        int loads = 0;
        for (int i = 0; i < phnum; i++) {
            int ph = (int) (phoff + (long) i * phentsize);
            long offset = Integer.toUnsignedLong(b.getInt(ph + 4));
            long paddr = Integer.toUnsignedLong(b.getInt(ph + 12));
            long filesz = Integer.toUnsignedLong(b.getInt(ph + 16));
            if (b.getInt(ph) != 1 || filesz == 0) {
                continue;
            }
            need(offset + filesz <= length, name, "segment " + i + " extends past the end of the file (cut short?)");
            inMemory(paddr, filesz, name);
            place(paddr, b.array(), (int) offset, (int) filesz, boot2, have);
            loads++;
        }
        need(loads > 0, name, "no loadable segment");
    }

    private static void uf2(ByteBuffer b, String name, byte[] boot2, boolean[] have) throws BadImageException {
        int length = b.capacity();
        need(length % Uf2.BLOCK_SIZE == 0, name, "its size " + length + " is not a multiple of 512 (cut short?)");
        int expected = -1;
        java.util.BitSet seen = new java.util.BitSet();
        for (int at = 0; at < length; at += Uf2.BLOCK_SIZE) {
            String block = "UF2 block " + at / Uf2.BLOCK_SIZE + ": ";
            need(b.getInt(at) == Uf2.MAGIC_START0 && b.getInt(at + 4) == Uf2.MAGIC_START1
                    && b.getInt(at + 508) == Uf2.MAGIC_END, name, block + "bad magic number");
            int flags = b.getInt(at + 8);
            long target = Integer.toUnsignedLong(b.getInt(at + 12));
            int size = b.getInt(at + 16);
            int number = b.getInt(at + 20);
            int count = b.getInt(at + 24);
            if ((flags & 1) != 0) { // "not main flash": the bootrom skips it
                continue;
            }
            need((flags & Uf2.FLAG_FAMILY_ID_PRESENT) != 0 && b.getInt(at + 28) == Uf2.FAMILY_RP2040, name,
                    block + "not for the RP2040 (family id)");
            need(size >= 0 && size <= Uf2.DATA_AREA_SIZE, name, block + "payload size " + size + " exceeds 476");
            if (expected < 0) {
                expected = count;
            }
            need(count == expected && number >= 0 && number < count, name,
                    block + "block " + number + " of " + count + " does not fit a file of " + expected + " blocks");
            seen.set(number);
            inMemory(target, size, name);
            place(target, b.array(), at + 32, size, boot2, have);
        }
        need(expected > 0, name, "no RP2040 UF2 blocks");
        need(seen.cardinality() == expected, name, "it has " + seen.cardinality() + " of its " + expected
                + " UF2 blocks (cut short?)");
    }

    private static void inMemory(long address, long size, String name) throws BadImageException {
        long end = address + size;
        boolean flash = address >= FLASH_BASE && end <= (long) FLASH_BASE + FLASH_SIZE;
        boolean sram = address >= SRAM_BASE && end <= (long) SRAM_BASE + SRAM_SIZE;
        need(flash || sram, name, String.format("data at 0x%08x..0x%08x is neither in flash nor in SRAM", address, end));
    }

    /** Copies what falls into the boot2 area (the first 256 bytes of flash) and notes it as present. */
    private static void place(long address, byte[] data, int offset, int length, byte[] boot2, boolean[] have) {
        for (int i = 0; i < length; i++) {
            long a = address + i - FLASH_BASE;
            if (a >= BOOT2_SIZE) {
                break;
            }
            if (a >= 0) {
                boot2[(int) a] = data[offset + i];
                have[(int) a] = true;
            }
        }
    }

    private static void need(boolean ok, String name, String what) throws BadImageException {
        if (!ok) {
            throw new BadImageException(name + " is not a usable RP2040 image: " + what);
        }
    }
}
