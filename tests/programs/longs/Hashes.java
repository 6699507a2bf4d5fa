// 64-bit hashes and generators step by step: FNV-1a, xorshift64*, SplitMix64, xoshiro256**, an LCG, murmur mixing, CRC-64.
public class Hashes {
    static long fnv1a(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) { h ^= s.charAt(i); h *= 0x100000001b3L; }
        return h;
    }
    static long xs;
    static long xorshift64star() {
        long x = xs;
        x ^= x >>> 12; x ^= x << 25; x ^= x >>> 27;
        xs = x;
        return x * 0x2545F4914F6CDD1DL;
    }
    static long sm;
    static long splitmix64() {
        long z = (sm += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
    static long rotl(long x, int k) { return (x << k) | (x >>> (64 - k)); }
    static long[] s = new long[4];
    static long xoshiro256ss() {
        long result = rotl(s[1] * 5, 7) * 9;
        long t = s[1] << 17;
        s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3];
        s[2] ^= t;
        s[3] = rotl(s[3], 45);
        return result;
    }
    static long murmurMix(long k) {
        k ^= k >>> 33; k *= 0xff51afd7ed558ccdL; k ^= k >>> 33; k *= 0xc4ceb9fe1a85ec53L; k ^= k >>> 33;
        return k;
    }
    public static void main(String[] args) {
        String[] words = {"", "a", "foobar", "The quick brown fox jumps over the lazy dog", "\u00e9\u4e2d"};
        for (String w : words) System.out.println("fnv " + w + " " + fnv1a(w));
        xs = 88172645463325252L;
        for (int i = 0; i < 20; i++) System.out.println("xs " + i + " " + xorshift64star());
        sm = 1234567;
        for (int i = 0; i < 20; i++) System.out.println("sm " + i + " " + splitmix64());
        s[0] = 1; s[1] = 2; s[2] = 3; s[3] = 4;
        for (int i = 0; i < 20; i++) System.out.println("xo " + i + " " + xoshiro256ss());
        long lcg = 42;
        for (int i = 0; i < 20; i++) { lcg = lcg * 6364136223846793005L + 1442695040888963407L; System.out.println("lcg " + i + " " + lcg + " " + (int) (lcg >>> 33)); }
        long java = 0x5DEECE66DL ^ 42;
        for (int i = 0; i < 10; i++) { java = (java * 0x5DEECE66DL + 0xBL) & ((1L << 48) - 1); System.out.println("jur " + (int) (java >>> 16)); }
        for (long k = -3; k < 4; k++) System.out.println("mm " + k + " " + murmurMix(k));
        long crc = 0xFFFFFFFFFFFFFFFFL;
        for (int i = 0; i < 64; i++) { crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xC96C5795D7870F42L : crc >>> 1; }
        System.out.println("crc " + crc);
    }
}
