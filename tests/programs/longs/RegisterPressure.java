// Eleven longs and three ints live across a loop with calls; counters crossing the 32-bit boundary both ways.
public class RegisterPressure {
    static long sink;
    static long id(long v) { return v; }
    static int ii(int v) { return v; }

    public static void main(String[] args) {
        long a = 1, b = -2, c = 0x1_0000_0003L, d = -0x7FFF_FFFF_FFFFL, e = 5, f = 0xFFFF_FFFFL, g = Long.MIN_VALUE, h = Long.MAX_VALUE;
        long i0 = 11, j0 = 13, k0 = -17;
        int x = 3, y = -4, z = 99;
        for (int it = 0; it < 40; it++) {
            long na = a + b * 3 + (c ^ d);
            long nb = b - c + (e << 7) + x;
            long nc = c + d - (f >>> 3) + y;
            long nd = d ^ (e + f) ^ g;
            long ne = e * 31 + (h >> 11) - z;
            long nf = f + g + h + i0;
            long ng = g - a + j0 * it;
            long nh = h ^ (na + nb) ^ k0;
            i0 += na; j0 -= nb; k0 ^= nc << (it & 63);
            x += (int) nd; y ^= (int) (ne >>> 32); z = z * 7 + (int) nf;
            a = na; b = nb; c = nc; d = nd; e = ne; f = nf; g = ng; h = nh;
            if ((it & 7) == 0) {
                sink = id(a) + id(b) + id(c);
                x = ii(x);
            }
            System.out.println(it + ": " + a + " " + b + " " + c + " " + d + " " + e + " " + f + " " + g + " " + h + " | " + i0 + " " + j0 + " " + k0 + " | " + x + " " + y + " " + z + " sink=" + sink);
        }
        // comparisons of many live longs
        int cnt = 0;
        long[] all = {a, b, c, d, e, f, g, h, i0, j0, k0};
        for (int p = 0; p < all.length; p++)
            for (int q = 0; q < all.length; q++) {
                if (all[p] < all[q]) cnt += 1;
                if (all[p] <= all[q]) cnt += 10;
                if (all[p] == all[q]) cnt += 100;
                if (all[p] != all[q]) cnt += 1000;
                cnt += all[p] > all[q] ? 10000 : 0;
                cnt += all[p] >= all[q] ? 100000 : 0;
            }
        System.out.println("cnt " + cnt);
        // while loops with long counters and bounds
        long lo = -5_000_000_000L, hi = -4_999_999_990L; long steps = 0;
        for (long v = lo; v < hi; v++) steps += v;
        System.out.println("steps " + steps);
        long down = 0x1_0000_0005L; int n = 0;
        while (down >= 0xFFFF_FFFEL) { down--; n++; }
        System.out.println("down " + down + " n=" + n);
        long w = 1; int m = 0;
        do { w <<= 1; m++; } while (w != Long.MIN_VALUE);
        System.out.println("w " + w + " m=" + m);
        long u = Long.MAX_VALUE - 3; int o = 0;
        while (u > 0) { u++; o++; }
        System.out.println("u " + u + " o=" + o);
        for (long t = 10; t != -10; t -= 2) System.out.print(t + ",");
        System.out.println();
        long cross = 0xFFFF_FFF0L;
        for (int q = 0; q < 40; q++) { cross++; if (q % 8 == 0) System.out.print(cross + " "); }
        System.out.println();
        long brw = 0x1_0000_0008L;
        for (int q = 0; q < 20; q++) { brw -= 1; }
        System.out.println("brw " + brw);
    }
}
