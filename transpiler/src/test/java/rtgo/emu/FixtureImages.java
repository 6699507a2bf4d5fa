package rtgo.emu;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Builds the emulator tests' images from the hand-written assembly in src/test/resources/rtgo/emu:
 * the fixture and the stand-in boot2 are assembled and linked with GNU binutils, boot2's CRC-32 is
 * written into the ELF (as rtgo's linker step must do, or the bootrom would refuse the image), and the
 * same flash contents are written as .bin (objcopy) and .uf2 (here). Missing binutils fail the test
 * with an installation hint: the tests must not pass by not running.
 */
final class FixtureImages {
    static final int FLASH_BASE = 0x10000000;
    private static final int UF2_FAMILY_RP2040 = 0xe48bff56;

    /** One program in the three formats the harness reads. */
    record Image(Path elf, Path bin, Path uf2) {}

    private FixtureImages() {}

    /** Builds fixture {@code name} ({@code name.S}) in {@code dir}. */
    static Image build(String name, Path dir) throws IOException {
        for (String file : List.of("boot2.S", "fixture.ld", name + ".S")) {
            try (InputStream in = FixtureImages.class.getResourceAsStream("/rtgo/emu/" + file)) {
                if (in == null) {
                    throw new IOException("missing test resource rtgo/emu/" + file);
                }
                Files.copy(in, dir.resolve(file));
            }
        }
        Path elf = dir.resolve(name + ".elf");
        Path bin = dir.resolve(name + ".bin");
        Path uf2 = dir.resolve(name + ".uf2");
        tool(dir, "arm-none-eabi-as", "-o", "boot2.o", "boot2.S");
        tool(dir, "arm-none-eabi-as", "-o", name + ".o", name + ".S");
        tool(dir, "arm-none-eabi-ld", "-T", "fixture.ld", "-o", elf.toString(), "boot2.o", name + ".o");
        writeBoot2Crc(elf);
        tool(dir, "arm-none-eabi-objcopy", "-O", "binary", elf.toString(), bin.toString());
        Files.write(uf2, uf2(Files.readAllBytes(bin)));
        return new Image(elf, bin, uf2);
    }

    private static void tool(Path dir, String... command) throws IOException {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException(command[0] + " is not on the PATH. The emulator tests assemble their "
                    + "fixtures with GNU binutils for arm-none-eabi; install them (Debian/Ubuntu: "
                    + "apt-get install binutils-arm-none-eabi)", e);
        }
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            process.destroyForcibly();
        }
    }

    /** Finds the ELF's load segment at the start of flash and stores the CRC of its first 252 bytes. */
    private static void writeBoot2Crc(Path elf) throws IOException {
        byte[] file = Files.readAllBytes(elf);
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        int phoff = b.getInt(28);
        int phentsize = Short.toUnsignedInt(b.getShort(42));
        int phnum = Short.toUnsignedInt(b.getShort(44));
        for (int i = 0; i < phnum; i++) {
            int ph = phoff + i * phentsize;
            if (b.getInt(ph) == 1 && b.getInt(ph + 12) == FLASH_BASE && b.getInt(ph + 16) >= 256) {
                int offset = b.getInt(ph + 4);
                b.putInt(offset + 252, crc32Mpeg2(file, offset, 252));
                Files.write(elf, file);
                return;
            }
        }
        throw new IOException(elf + " has no load segment at 0x10000000 holding boot2");
    }

    /** CRC-32/MPEG-2: polynomial 0x04c11db7, initial value all ones, not reflected, no final xor. */
    static int crc32Mpeg2(byte[] data, int offset, int length) {
        int crc = 0xffffffff;
        for (int i = offset; i < offset + length; i++) {
            crc ^= (data[i] & 0xff) << 24;
            for (int bit = 0; bit < 8; bit++) {
                crc = crc < 0 ? (crc << 1) ^ 0x04c11db7 : crc << 1;
            }
        }
        return crc;
    }

    /** UF2 for a flash image at 0x10000000: 256-byte payloads, RP2040 family (datasheet 2.8.4.2). */
    static byte[] uf2(byte[] flash) {
        int blocks = (flash.length + 255) / 256;
        ByteBuffer out = ByteBuffer.allocate(blocks * 512).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < blocks; i++) {
            int at = i * 512;
            out.putInt(at, 0x0a324655).putInt(at + 4, 0x9e5d5157);
            out.putInt(at + 8, 0x00002000); // flags: family id present
            out.putInt(at + 12, FLASH_BASE + i * 256);
            out.putInt(at + 16, 256);
            out.putInt(at + 20, i).putInt(at + 24, blocks);
            out.putInt(at + 28, UF2_FAMILY_RP2040);
            out.put(at + 32, flash, i * 256, Math.min(256, flash.length - i * 256));
            out.putInt(at + 508, 0x0ab16f30);
        }
        return out.array();
    }
}
