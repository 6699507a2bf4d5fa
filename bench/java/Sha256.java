/*
 * Benchmark kernel: the SHA-256 compression function (FIPS 180-4) as it is usually written in
 * Java: the round constants in a static final int[] K, the message schedule W and the state H in
 * static int[] fields, and one small static helper per operation of the standard (rotr, the four
 * sigma functions, ch, maj). Twin of bench/c/sha256.c (global arrays, static helper functions).
 *
 * What it stresses: the schedule's W[t-2], W[t-7], W[t-15], W[t-16] (bounds checks that follow
 * from t >= 16 and t < 64), rotates built from shifts, many calls to tiny helpers (inlining), and
 * the eight working variables live across the round loop (register pressure on 8 low registers).
 * The message is compressed block by block without the final padding block: the kernel is the
 * compression function, the checksum hashes the resulting state words.
 */
public class Sha256 {
    static final int SIZE = 4096;
    static final int PASSES = 2;

    static final int[] K = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    };

    static byte[] message = new byte[SIZE];
    static int[] W = new int[64];
    static int[] H = new int[8];
    static int checksum;

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

    static int rotr(int x, int n) {
        return (x >>> n) | (x << (32 - n));
    }

    static int sigma0(int x) {
        return rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3);
    }

    static int sigma1(int x) {
        return rotr(x, 17) ^ rotr(x, 19) ^ (x >>> 10);
    }

    static int bigSigma0(int x) {
        return rotr(x, 2) ^ rotr(x, 13) ^ rotr(x, 22);
    }

    static int bigSigma1(int x) {
        return rotr(x, 6) ^ rotr(x, 11) ^ rotr(x, 25);
    }

    static int ch(int x, int y, int z) {
        return (x & y) ^ (~x & z);
    }

    static int maj(int x, int y, int z) {
        return (x & y) ^ (x & z) ^ (y & z);
    }

    /** Sets H to the standard's initial hash value. */
    static void reset() {
        H[0] = 0x6a09e667;
        H[1] = 0xbb67ae85;
        H[2] = 0x3c6ef372;
        H[3] = 0xa54ff53a;
        H[4] = 0x510e527f;
        H[5] = 0x9b05688c;
        H[6] = 0x1f83d9ab;
        H[7] = 0x5be0cd19;
    }

    /** Compresses the 64-byte block of the static message at {@code offset} into H. */
    static void compress(int offset) {
        for (int t = 0; t < 16; t++) {
            int i = offset + 4 * t;
            W[t] = (message[i] & 0xff) << 24 | (message[i + 1] & 0xff) << 16
                    | (message[i + 2] & 0xff) << 8 | (message[i + 3] & 0xff);
        }
        for (int t = 16; t < 64; t++) {
            W[t] = sigma1(W[t - 2]) + W[t - 7] + sigma0(W[t - 15]) + W[t - 16];
        }
        int a = H[0];
        int b = H[1];
        int c = H[2];
        int d = H[3];
        int e = H[4];
        int f = H[5];
        int g = H[6];
        int h = H[7];
        for (int t = 0; t < 64; t++) {
            int t1 = h + bigSigma1(e) + ch(e, f, g) + K[t] + W[t];
            int t2 = bigSigma0(a) + maj(a, b, c);
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        H[0] += a;
        H[1] += b;
        H[2] += c;
        H[3] += d;
        H[4] += e;
        H[5] += f;
        H[6] += g;
        H[7] += h;
    }

    /** Compresses the whole message PASSES times, chaining the state, and hashes the state. */
    static void run() {
        reset();
        for (int pass = 0; pass < PASSES; pass++) {
            for (int offset = 0; offset < SIZE; offset += 64) {
                compress(offset);
            }
        }
        checksum = 0;
        for (int i = 0; i < 8; i++) {
            checksum = checksum * 31 + H[i];
        }
    }

    public static void main(String[] args) {
        rng = 0x5DEECE66;
        for (int i = 0; i < SIZE; i++) {
            message[i] = (byte) nextRandom();
        }
        System.out.println("BEGIN");
        run();
        System.out.print("END ");
        System.out.println(checksum);
    }
}
