// Extra: calling-convention stress: many mixed long/double/int/float/Object args (static, virtual, interface, lambda, ctor), many live values across calls, big switch tables
import java.util.*;
public class X03ManyArgs {
    interface Mixer { long mix(int a, long b, double c, float d, int e, long f, Object g, double h, char i, long j); }
    static long sMix(int a, long b, double c, float d, int e, long f, Object g, double h, char i, long j) {
        return a + b * 3 + (long) (c * 7) + (long) (d * 11) + e * 13L + f * 17 + g.hashCode() + (long) (h * 19) + i * 23 + j * 29;
    }
    long bias = 5;
    long vMix(int a, long b, double c, float d, int e, long f, Object g, double h, char i, long j) { return sMix(a, b, c, d, e, f, g, h, i, j) ^ bias; }
    record R(int a, long b, double c, float d, int e, long f, String g, double h, char i, long j) {}
    static double dchain(double a, double b, double c, double d, double e, double f, double g, double h) { return ((a - b) * (c + d) - (e / f)) * (g - h) + a * h - b * g; }
    static long lchain(long a, long b, long c, long d, long e, long f, long g, long h) { return ((a - b) * (c + d) - (e / (f | 1))) * (g - h) + (a ^ h) - (b >>> (g & 63)); }
    static String big(int k) {
        switch (k) {
            case 0: return "zero"; case 1: return "one"; case 2: return "two"; case 3: return "three"; case 5: return "five"; case 8: return "eight";
            case 13: return "thirteen"; case 21: return "21"; case 34: return "34"; case 55: return "55"; case 89: return "89"; case 1000: return "k";
            case -1: return "minus one"; case Integer.MIN_VALUE: return "min"; case Integer.MAX_VALUE: return "max"; default: return "?";
        }
    }
    static int dense(int k) { return switch (k) { case 10 -> 1; case 11 -> 4; case 12 -> 9; case 13 -> 16; case 14 -> 25; case 15 -> 36; case 16 -> 49; case 17 -> 64; default -> -k; }; }
    public static void main(String[] args) {
        X03ManyArgs self = new X03ManyArgs();
        Mixer lam = (a, b, c, d, e, f, g, h, i, j) -> sMix(a, b, c, d, e, f, g, h, i, j) + 1;
        Mixer ref = X03ManyArgs::sMix;
        Mixer vref = self::vMix;
        long acc = 0;
        for (int n = 0; n < 30; n++) {
            long b = (long) n << 35, f = -b / 3, j = Long.MAX_VALUE / (n + 1);
            double c = n * 0.37, h = -n / 3.0; float d = n * 1.25f; char ch = (char) ('A' + n);
            String g = "s" + n;
            long r1 = sMix(n, b, c, d, n * n, f, g, h, ch, j), r2 = self.vMix(n, b, c, d, n * n, f, g, h, ch, j), r3 = lam.mix(n, b, c, d, n * n, f, g, h, ch, j);
            long r4 = ref.mix(n, b, c, d, n * n, f, g, h, ch, j), r5 = vref.mix(n, b, c, d, n * n, f, g, h, ch, j);
            R rec = new R(n, b, c, d, n * n, f, g, h, ch, j);
            long r6 = sMix(rec.a(), rec.b(), rec.c(), rec.d(), rec.e(), rec.f(), rec.g(), rec.h(), rec.i(), rec.j());
            if (r1 != r4 || r1 != r6 || r3 != r1 + 1 || r2 != (r1 ^ 5) || r5 != r2) System.out.println("MISMATCH at " + n);
            acc = acc * 31 + r1 + r2 + r3;
            if (n % 10 == 0) System.out.println(n + ": " + r1 + " " + r2 + " " + rec);
        }
        System.out.println("acc " + acc);
        double da = 0; long la = 0;
        for (int n = 1; n < 40; n++) {
            da += dchain(n, n * 0.5, n * 1.5, -n, n * n, n + 1, n / 7.0, 3.25);
            la += lchain(n, (long) n << 20, n * 7L, -n, (long) n * n * n, n, n * 13L, 77);
        }
        System.out.println(da + " " + la);
        int i0 = 1, i1 = 2, i2 = 3, i3 = 4, i4 = 5, i5 = 6, i6 = 7, i7 = 8, i8 = 9, i9 = 10;
        long l0 = 11, l1 = 12, l2 = 13, l3 = 14, l4 = 15;
        double d0 = 0.5, d1 = 1.5, d2 = 2.5;
        for (int n = 0; n < 100; n++) {
            int t = i0; i0 = i1 + n; i1 = i2 ^ i3; i2 = i3 * 3; i3 = i4 - i5; i4 = i5 + i6; i5 = i6 | i7; i6 = i7 & i8; i7 = i8 + i9; i8 = i9 - t; i9 = t * 7 + 1;
            long u = l0; l0 = l1 * 31 + i0; l1 = l2 ^ (l3 >>> 3); l2 = l3 + l4; l3 = l4 - u; l4 = u * 6364136223846793005L + i9;
            double w = d0; d0 = d1 * 0.5 + i1; d1 = d2 - w / 3; d2 = w + l0 % 100;
        }
        System.out.println(i0 + " " + i1 + " " + i2 + " " + i3 + " " + i4 + " " + i5 + " " + i6 + " " + i7 + " " + i8 + " " + i9);
        System.out.println(l0 + " " + l1 + " " + l2 + " " + l3 + " " + l4 + " " + d0 + " " + d1 + " " + d2);
        StringBuilder sb = new StringBuilder();
        for (int k : new int[] { 0, 1, 2, 3, 4, 5, 8, 13, 21, 34, 55, 89, 1000, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 999 }) sb.append(big(k)).append(',');
        for (int k = 8; k <= 18; k++) sb.append(dense(k)).append(',');
        System.out.println(sb);
    }
}
