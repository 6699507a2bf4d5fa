// MurmurHash3 x86_32: the body mixing (rotl 15, rotl 13, * 5 + 0xe6546b64), the tail and the
// 32-bit finaliser fmix32 (xor-shift 16, * 0x85ebca6b, 13, * 0xc2b2ae35, 16). Known answers from
// the reference implementation are printed next to the results.
public class Murmur3Mix {
    static int fmix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    static int murmur3(byte[] d, int len, int seed) {
        int c1 = 0xcc9e2d51, c2 = 0x1b873593;
        int h = seed;
        int blocks = len / 4;
        for (int i = 0; i < blocks; i++) {
            int k = (d[4 * i] & 0xff) | (d[4 * i + 1] & 0xff) << 8 | (d[4 * i + 2] & 0xff) << 16 | (d[4 * i + 3] & 0xff) << 24;
            k *= c1;
            k = Integer.rotateLeft(k, 15);
            k *= c2;
            h ^= k;
            h = Integer.rotateLeft(h, 13);
            h = h * 5 + 0xe6546b64;
        }
        int k = 0;
        int tail = blocks * 4;
        switch (len & 3) {
            case 3: k ^= (d[tail + 2] & 0xff) << 16;
            case 2: k ^= (d[tail + 1] & 0xff) << 8;
            case 1:
                k ^= d[tail] & 0xff;
                k *= c1;
                k = Integer.rotateLeft(k, 15);
                k *= c2;
                h ^= k;
        }
        h ^= len;
        return fmix(h);
    }

    public static void main(String[] a) {
        int[] inputs = { 0, 1, -1, 0x12345678, 0x7fffffff, Integer.MIN_VALUE, 42 };
        for (int x : inputs) System.out.println("fmix32(" + x + ") = " + fmix(x));
        byte[] empty = {};
        System.out.println("murmur3(\"\", 0) = " + murmur3(empty, 0, 0) + " (expect 0)");
        System.out.println("murmur3(\"\", 1) = " + murmur3(empty, 0, 1) + " (expect 1364076727)");
        System.out.println("murmur3(\"\", -1) = " + murmur3(empty, 0, -1) + " (expect -2114883783)");
        byte[] ff = { (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff };
        System.out.println("murmur3(ffffffff, 0) = " + murmur3(ff, 4, 0) + " (expect 1982413648)");
        byte[] t = { 0x21, 0x43, 0x65, (byte) 0x87 };
        for (int len = 0; len <= 4; len++) {
            System.out.println("murmur3(21436587[0.." + len + "], 0x5082edee) = " + murmur3(t, len, 0x5082edee));
        }
        byte[] hello = { 'H', 'e', 'l', 'l', 'o', ',', ' ', 'w', 'o', 'r', 'l', 'd', '!' };
        System.out.println("murmur3(\"Hello, world!\", 1234) = " + murmur3(hello, hello.length, 1234));
        // Bucket distribution of fmix over a sequence of keys.
        int[] buckets = new int[8];
        for (int i = 0; i < 800; i++) buckets[fmix(i) >>> 29]++;
        for (int i = 0; i < 8; i++) System.out.print(buckets[i] + " ");
        System.out.println();
    }
}
