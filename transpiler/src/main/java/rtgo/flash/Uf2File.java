package rtgo.flash;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import rtgo.link.Uf2;

/**
 * A UF2 file read back into the flash pages it carries, checked the way the RP2040 bootrom checks
 * it (RP2040 datasheet 2.8.4.2): every 512-byte block has the three magic numbers, a 256-byte
 * payload for a page-aligned address in flash, and, when it names a family, the RP2040's. Blocks
 * marked "not main flash" are skipped, as the bootrom skips them.
 *
 * <p>Design note. The bootrom quietly ignores blocks it does not like; a tool that did the same
 * would "flash" a board and leave the old program running. Here every defect is an error naming the
 * block and what is wrong, before anything touches the board.
 */
public record Uf2File(List<Page> pages) {

    /** One 256-byte flash page to program: its absolute address and its contents. */
    public record Page(int address, byte[] data) {
        public Page {
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Page p && p.address == address && Arrays.equals(p.data, data);
        }

        @Override
        public int hashCode() {
            return address * 31 + Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "Page[0x" + Integer.toHexString(address) + "]";
        }
    }

    /** UF2 flag: the block is for something other than main flash (a file container, say). */
    public static final int FLAG_NOT_MAIN_FLASH = 0x00000001;
    /** The RP2040's external flash as the XIP window maps it: 16 MiB from 0x10000000. */
    public static final int FLASH_START = 0x10000000;
    public static final int FLASH_END = 0x11000000;

    public Uf2File {
        pages = List.copyOf(pages);
    }

    /** Reads and checks {@code file}. */
    public static Uf2File read(Path file) throws FlashException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new FlashException("'" + file + "' does not exist");
        } catch (IOException e) {
            throw new FlashException("cannot read '" + file + "': " + e.getMessage(), e);
        }
        return parse(bytes, file.toString());
    }

    /** Checks {@code bytes} as a UF2 file for the RP2040's flash; {@code name} is for messages. */
    public static Uf2File parse(byte[] bytes, String name) throws FlashException {
        if (bytes.length == 0 || bytes.length % Uf2.BLOCK_SIZE != 0) {
            throw new FlashException("'" + name + "' is not a UF2 file: its " + bytes.length
                    + " bytes are not a whole number of 512-byte blocks");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        List<Page> pages = new ArrayList<>();
        java.util.Map<Integer, Integer> blockOfPage = new java.util.HashMap<>();
        for (int block = 0; block < bytes.length / Uf2.BLOCK_SIZE; block++) {
            int at = block * Uf2.BLOCK_SIZE;
            String where = "'" + name + "' block " + block + ": ";
            if (in.getInt(at) != Uf2.MAGIC_START0 || in.getInt(at + 4) != Uf2.MAGIC_START1
                    || in.getInt(at + 32 + Uf2.DATA_AREA_SIZE) != Uf2.MAGIC_END) {
                throw new FlashException(where + "bad magic numbers: this is not a UF2 file"
                        + (block == 0 ? " (rtgo flash takes the .uf2 that rtgo build wrote)" : " (is it cut short or corrupt?)"));
            }
            int flags = in.getInt(at + 8);
            int address = in.getInt(at + 12);
            int size = in.getInt(at + 16);
            if ((flags & FLAG_NOT_MAIN_FLASH) != 0) {
                continue;
            }
            if ((flags & Uf2.FLAG_FAMILY_ID_PRESENT) != 0 && in.getInt(at + 28) != Uf2.FAMILY_RP2040) {
                throw new FlashException(where + "made for another chip (family ID 0x"
                        + Integer.toHexString(in.getInt(at + 28)) + ", the RP2040's is 0x"
                        + Integer.toHexString(Uf2.FAMILY_RP2040) + ")");
            }
            if (size != Uf2.PAYLOAD_SIZE) {
                throw new FlashException(where + "carries " + size + " bytes; the RP2040 bootrom takes only "
                        + "256-byte pages");
            }
            if (address % Uf2.PAYLOAD_SIZE != 0) {
                throw new FlashException(where + "address 0x" + Integer.toHexString(address)
                        + " is not at the start of a 256-byte flash page");
            }
            if (Integer.compareUnsigned(address, FLASH_START) < 0 || Integer.compareUnsigned(address, FLASH_END) >= 0) {
                throw new FlashException(where + "address 0x" + Integer.toHexString(address)
                        + " is not in flash (0x10000000..0x10ffffff); rtgo flash writes flash images only");
            }
            Integer earlier = blockOfPage.putIfAbsent(address, block);
            if (earlier != null) {
                throw new FlashException(where + "writes the page at 0x" + Integer.toHexString(address)
                        + " that block " + earlier + " writes already");
            }
            pages.add(new Page(address, Arrays.copyOfRange(bytes, at + 32, at + 32 + Uf2.PAYLOAD_SIZE)));
        }
        if (pages.isEmpty()) {
            throw new FlashException("'" + name + "' holds no blocks for the RP2040's flash");
        }
        pages.sort(java.util.Comparator.comparingInt(p -> p.address() - Integer.MIN_VALUE));
        return new Uf2File(pages);
    }
}
