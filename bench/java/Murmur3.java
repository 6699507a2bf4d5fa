/*
 * Benchmark kernel: MurmurHash3 (x86, 32-bit; Austin Appleby's public-domain algorithm) over many
 * overlapping windows of an int buffer. Twin of bench/c/murmur3.c: same data, same loops, same
 * checksum (see bench/README.md).
 *
 * What it stresses: 32-bit multiplies by large constants, rotates (Integer.rotateLeft here, the
 * (x << r) | (x >> (32 - r)) idiom in C; both can become one ROR), xor and shift mixing, one int
 * load per block. Blocks are whole ints taken from the array, so byte order does not enter.
 */
public class Murmur3 {
    static final int SIZE = 3072;
    static final int WINDOW = 64;
    static final int STEP = 4;

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

    /** MurmurHash3_x86_32 of the {@code length} ints data[offset ..], seeded with {@code seed}. */
    static int murmur3(int[] data, int offset, int length, int seed) {
        int h = seed;
        for (int i = offset; i < offset + length; i++) {
            int k = data[i];
            k *= 0xCC9E2D51;
            k = Integer.rotateLeft(k, 15);
            k *= 0x1B873593;
            h ^= k;
            h = Integer.rotateLeft(h, 13);
            h = h * 5 + 0xE6546B64;
        }
        h ^= length * 4;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }

    static int run(int[] data) {
        int hash = 0;
        for (int offset = 0; offset + WINDOW <= data.length; offset += STEP) {
            hash = hash * 31 + murmur3(data, offset, WINDOW, offset);
        }
        return hash;
    }

    public static void main(String[] args) {
        rng = 0x3C6EF372;
        int[] data = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            data[i] = nextRandom();
        }
        System.out.println("BEGIN");
        int checksum = run(data);
        System.out.print("END ");
        System.out.println(checksum);
    }
}
