// Twelve longs permuted in nested loops (register and spill-slot move cycles); longs rebuilt from int halves.
public class MoveCycles {
    static int ticks;
    static void tick() { ticks++; }
    public static void main(String[] args) {
        long a = 1, b = 2, c = 3, d = 4, e = 5, f = 6, g = 7, h = 8, i = -1L << 33, j = 0x1_0000_0001L, k = Long.MIN_VALUE, l = Long.MAX_VALUE;
        int x = 1, y = 2;
        for (int o = 0; o < 3; o++) {
            for (int p = 0; p < 4; p++) {
                for (int q = 0; q < 3; q++) {
                    long t = a; a = l; l = b; b = k; k = c; c = j; j = d; d = i; i = e; e = h; h = f; f = g; g = t;
                    int ti = x; x = y; y = ti;
                    if (((o + p + q) & 1) == 0) { long s = a; a = b; b = s; s = c; c = d; d = s; }
                    else { long s = e; e = f; f = s; tick(); }
                    a += x;
                }
                l ^= p;
            }
            System.out.println(o + " " + a + " " + b + " " + c + " " + d + " " + e + " " + f + " " + g + " " + h + " " + i + " " + j + " " + k + " " + l + " " + x + " " + y);
        }
        // swap words within a long via variables repeatedly with int temporaries
        long w = 0x0123_4567_89AB_CDEFL; long u = ~w;
        for (int r = 0; r < 9; r++) {
            int lo = (int) w, hi = (int) (w >>> 32);
            int lo2 = (int) u, hi2 = (int) (u >>> 32);
            w = ((long) lo2 << 32) | (hi & 0xFFFFFFFFL);
            u = ((long) lo << 32) | (hi2 & 0xFFFFFFFFL);
            if (r % 3 == 0) { long s = w; w = u; u = s; }
        }
        System.out.println(w + " " + u + " ticks=" + ticks);
    }
}
