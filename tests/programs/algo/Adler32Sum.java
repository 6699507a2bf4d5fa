// Adler-32 (RFC 1950): two running sums modulo 65521, computed directly and with the deferred-modulo
// optimisation. zlib reduces every 5552 bytes, the most that cannot overflow an unsigned 32-bit sum;
// Java's int is signed, so the bound here is 3800 bytes (255*n(n+1)/2 + 65520(n+1) < 2^31).
public class Adler32Sum {
    static final int MOD = 65521;
    static final int NMAX = 3800;

    static int simple(byte[] d, int len) {
        int s1 = 1, s2 = 0;
        for (int i = 0; i < len; i++) {
            s1 = (s1 + (d[i] & 0xff)) % MOD;
            s2 = (s2 + s1) % MOD;
        }
        return s2 << 16 | s1;
    }

    static int fast(byte[] d, int len) {
        int s1 = 1, s2 = 0, i = 0;
        while (len > 0) {
            int n = Math.min(len, NMAX);
            len -= n;
            while (n-- > 0) {
                s1 += d[i++] & 0xff;
                s2 += s1;
            }
            s1 %= MOD;
            s2 %= MOD;
        }
        return (s2 << 16) | s1;
    }

    public static void main(String[] a) {
        byte[] wiki = { 'W', 'i', 'k', 'i', 'p', 'e', 'd', 'i', 'a' };
        System.out.println("adler32(Wikipedia) = " + simple(wiki, wiki.length) + " " + fast(wiki, wiki.length) + " (expect 300286872)");
        System.out.println("adler32(empty) = " + fast(wiki, 0));
        byte[] big = new byte[8000];
        for (int i = 0; i < big.length; i++) big[i] = (byte) (255 - i % 7);
        for (int len = 1000; len <= 8000; len += 3500) {
            int s = simple(big, len), f = fast(big, len);
            System.out.println("len " + len + ": " + s + " " + f + (s == f ? " same" : " DIFFERENT"));
        }
        // All 0xff bytes is the worst case for the deferred modulo.
        for (int i = 0; i < big.length; i++) big[i] = (byte) 0xff;
        System.out.println("0xff x 3800: " + simple(big, 3800) + " " + fast(big, 3800));
        System.out.println("0xff x 3801: " + simple(big, 3801) + " " + fast(big, 3801));
        System.out.println("0xff x 8000: " + simple(big, 8000) + " " + fast(big, 8000));
    }
}
