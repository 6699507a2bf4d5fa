/*
 * Benchmark kernel: 64-bit hashing — SplitMix64 generates the data, a 64-bit FNV-1a-style multiply
 * hash and the MurmurHash3 fmix64 finalizer mix it, all on long. Twin of bench/c/hash64.c.
 *
 * What it stresses: long multiply (64x64->64: four 16x16 products on the Cortex-M0+ in rtgo's
 * LongOps, __aeabi_lmul in C), long xor and shifts by constants across the word boundary, a
 * long[] in a static field.
 */
public class Hash64 {
    static final int WORDS = 192;
    static final int ROUNDS = 6;
    static long state;
    static long[] data = new long[WORDS];

    static long splitMix() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xFF51AFD7ED558CCDL;
        k ^= k >>> 33;
        k *= 0xC4CEB9FE1A85EC53L;
        k ^= k >>> 33;
        return k;
    }

    static long run() {
        long h = 0xCBF29CE484222325L;
        for (int r = 0; r < ROUNDS; r++) {
            for (int i = 0; i < WORDS; i++) {
                h = (h ^ data[i]) * 0x100000001B3L;
                data[i] = fmix(data[i] + h);
            }
        }
        return h;
    }

    public static void main(String[] args) {
        state = 0x0123456789ABCDEFL;
        for (int i = 0; i < WORDS; i++) {
            data[i] = splitMix();
        }
        System.out.println("BEGIN");
        long h = run();
        System.out.print("END ");
        System.out.println((int) (h ^ (h >>> 32)));
    }
}
