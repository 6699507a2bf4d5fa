package rtgo.link;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import rtgo.vm.abi.MemoryMap;

/**
 * Writes UF2, the format the RP2040 bootrom's USB mass-storage mode accepts (RP2040 datasheet
 * 2.8.4.2; the format is Microsoft's, github.com/microsoft/uf2): the flash image cut into 512-byte
 * blocks, each carrying 256 bytes for one flash page with its target address.
 *
 * <p>Block layout (all words little-endian): magic 0x0A324655, magic 0x9E5D5157, flags, target
 * address, payload size, block number, number of blocks, family ID; then 476 data bytes of which
 * the first 256 are the payload and the rest zero; then the end magic 0x0AB16F30. rtgo always sets
 * the "family ID present" flag with the RP2040 family, as the bootrom ignores blocks for other
 * chips, and always sends whole 256-byte pages (the last one padded with zeros), as the bootrom
 * requires.
 */
public final class Uf2 {
    public static final int BLOCK_SIZE = 512;
    public static final int PAYLOAD_SIZE = 256;
    public static final int DATA_AREA_SIZE = 476;
    public static final int MAGIC_START0 = 0x0A324655;
    public static final int MAGIC_START1 = 0x9E5D5157;
    public static final int MAGIC_END = 0x0AB16F30;
    public static final int FLAG_FAMILY_ID_PRESENT = 0x00002000;
    public static final int FAMILY_RP2040 = 0xE48BFF56;
    /** Where the flat rtgo image starts: the beginning of XIP flash. */
    public static final int FLASH_BASE = MemoryMap.FLASH_BASE;

    private Uf2() {}

    /** The UF2 file for a flat image {@code binary} that starts at {@code baseAddress}. */
    public static byte[] fromBinary(byte[] binary, int baseAddress) {
        if (baseAddress % PAYLOAD_SIZE != 0) {
            throw new IllegalArgumentException("UF2 base address must be page aligned: " + Integer.toHexString(baseAddress));
        }
        int blocks = Math.max(1, (binary.length + PAYLOAD_SIZE - 1) / PAYLOAD_SIZE);
        ByteBuffer out = ByteBuffer.allocate(blocks * BLOCK_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        for (int block = 0; block < blocks; block++) {
            int offset = block * PAYLOAD_SIZE;
            int start = block * BLOCK_SIZE;
            out.putInt(start, MAGIC_START0);
            out.putInt(start + 4, MAGIC_START1);
            out.putInt(start + 8, FLAG_FAMILY_ID_PRESENT);
            out.putInt(start + 12, baseAddress + offset);
            out.putInt(start + 16, PAYLOAD_SIZE);
            out.putInt(start + 20, block);
            out.putInt(start + 24, blocks);
            out.putInt(start + 28, FAMILY_RP2040);
            int length = Math.min(PAYLOAD_SIZE, Math.max(0, binary.length - offset));
            out.put(start + 32, binary, offset, length);   // the rest of the data area stays zero
            out.putInt(start + 32 + DATA_AREA_SIZE, MAGIC_END);
        }
        return out.array();
    }
}
