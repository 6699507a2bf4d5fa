/*
 * Benchmark kernel: table-driven CRC-32 (reflected polynomial 0xEDB88320) as it is usually
 * written: a static final int[256] table built by the class's static initialiser, the running CRC
 * in a static field updated by a small helper per byte, the data in a static byte[].
 * Twin of bench/c/crc32table.c.
 *
 * What it stresses: a static int field read and written once per byte (kept in a register only if
 * the compiler proves nothing else reads it in the loop), a table lookup with a masked index
 * (bounds check provable from & 0xff against the table's constant length), byte loads, a
 * one-line static helper called per byte. The table is built before BEGIN on both sides (the
 * Java side in <clinit>, the C side in main), so only the lookups are timed.
 */
public class Crc32Table {
    static final int SIZE = 8192;
    static final int PASSES = 8;
    static final int[] TABLE = makeTable();

    static byte[] data = new byte[SIZE];
    static int crc;

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

    static int[] makeTable() {
        int[] table = new int[256];
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int bit = 0; bit < 8; bit++) {
                c = (c & 1) != 0 ? (c >>> 1) ^ 0xEDB88320 : c >>> 1;
            }
            table[n] = c;
        }
        return table;
    }

    /** Feeds one byte into the static CRC. */
    static void update(byte b) {
        crc = TABLE[(crc ^ b) & 0xff] ^ (crc >>> 8);
    }

    /** PASSES chained CRC-32s of the static data; the result is left in crc. */
    static void run() {
        crc = 0;
        for (int pass = 0; pass < PASSES; pass++) {
            crc = ~crc;
            for (int i = 0; i < data.length; i++) {
                update(data[i]);
            }
            crc = ~crc;
        }
    }

    public static void main(String[] args) {
        rng = 0x2545F491;
        for (int i = 0; i < SIZE; i++) {
            data[i] = (byte) nextRandom();
        }
        System.out.println("BEGIN");
        run();
        System.out.print("END ");
        System.out.println(crc);
    }
}
