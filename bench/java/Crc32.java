/*
 * Benchmark kernel: bitwise CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320) over a byte buffer.
 * Twin of bench/c/crc32.c: same data, same loops, same checksum (see bench/README.md).
 *
 * What it stresses: a tight inner loop of shifts, an xor and a data-dependent branch per bit, with
 * one byte-array load (and its bounds check) per eight bits. No table: both sides compute every bit.
 * The passes chain the CRC, so the checksum is the CRC-32 of the buffer repeated PASSES times.
 */
public class Crc32 {
    static final int SIZE = 4096;
    static final int PASSES = 2;
    static final int POLY = 0xEDB88320;

    static int rng;

    /** xorshift32 (Marsaglia 2003); the C twin runs the same generator. */
    static int nextRandom() {
        int x = rng;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        rng = x;
        return x;
    }

    /** Continues the CRC {@code crc} over {@code data}: crc32(a ++ b) == crc32(b, crc32(a, 0)). */
    static int crc32(byte[] data, int crc) {
        crc = ~crc;
        for (int i = 0; i < data.length; i++) {
            crc ^= data[i] & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                if ((crc & 1) != 0) {
                    crc = (crc >>> 1) ^ POLY;
                } else {
                    crc = crc >>> 1;
                }
            }
        }
        return ~crc;
    }

    static int run(byte[] data) {
        int crc = 0;
        for (int pass = 0; pass < PASSES; pass++) {
            crc = crc32(data, crc);
        }
        return crc;
    }

    public static void main(String[] args) {
        rng = 0x2545F491;
        byte[] data = new byte[SIZE];
        for (int i = 0; i < SIZE; i++) {
            data[i] = (byte) nextRandom();
        }
        System.out.println("BEGIN");
        int checksum = run(data);
        // "END " goes out before the number is formatted, so the formatting is not timed.
        System.out.print("END ");
        System.out.println(checksum);
    }
}
