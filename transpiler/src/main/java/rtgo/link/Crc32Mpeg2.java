package rtgo.link;

/**
 * CRC-32/MPEG-2, the checksum the RP2040 bootrom verifies over boot2's first 252 bytes
 * (RP2040 datasheet 2.8.1.3): polynomial 0x04C11DB7, initial value 0xFFFFFFFF, bits processed most
 * significant first (no reflection of input or output), no final XOR. Check value of the ASCII
 * string "123456789": 0x0376E6E7.
 *
 * <p>Bitwise rather than table-driven: it runs over 252 bytes once per link.
 */
public final class Crc32Mpeg2 {
    private static final int POLYNOMIAL = 0x04C11DB7;
    private static final int INITIAL = 0xFFFFFFFF;

    private Crc32Mpeg2() {}

    /** The CRC of {@code data[offset .. offset + length)}. */
    public static int of(byte[] data, int offset, int length) {
        int crc = INITIAL;
        for (int i = offset; i < offset + length; i++) {
            crc ^= (data[i] & 0xFF) << 24;
            for (int bit = 0; bit < 8; bit++) {
                crc = crc < 0 ? (crc << 1) ^ POLYNOMIAL : crc << 1;
            }
        }
        return crc;
    }

    /** The CRC of all of {@code data}. */
    public static int of(byte[] data) {
        return of(data, 0, data.length);
    }
}
