// Records: records holding many long/double/float/char/byte components, accessors in deep arithmetic, hashCode/equals/toString over all primitive kinds
import java.util.*;
public class R10RecordsLongs {
    record Wide(long a, double b, int c, float d, long e, char f, byte g, short h, boolean i, double j) {
        long mix() { return a * 31 + (long) b * 17 + c * 13L + (long) d * 11 + e * 7 + f * 5 + g * 3 + h + (i ? 1 : 0) + (long) (j * 1000); }
        Wide next() { return new Wide(a * 3 + 1, b / 2 + 0.25, c ^ 0x55, d * 1.5f, e - a, (char) (f + 1), (byte) (g * 3), (short) (h + 1000), !i, Math.floor(j * 3.7)); }
    }
    record Stat(long n, double sum, double min, double max) {
        static Stat empty() { return new Stat(0, 0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY); }
        Stat add(double x) { return new Stat(n + 1, sum + x, Math.min(min, x), Math.max(max, x)); }
        Stat merge(Stat o) { return new Stat(n + o.n, sum + o.sum, Math.min(min, o.min), Math.max(max, o.max)); }
        double mean() { return n == 0 ? Double.NaN : sum / n; }
    }
    public static void main(String[] args) {
        Wide w = new Wide(Long.MAX_VALUE / 3, 1e10, -7, 3.25f, Long.MIN_VALUE + 9, 'a', (byte) -100, (short) 30000, true, 0.1);
        for (int k = 0; k < 6; k++) {
            System.out.println(w + " mix=" + w.mix() + " hash=" + w.hashCode());
            w = w.next();
        }
        Wide x1 = new Wide(1, -0.0, 0, Float.NaN, 2, 'z', (byte) 0, (short) 0, false, Double.NaN);
        Wide x2 = new Wide(1, -0.0, 0, Float.NaN, 2, 'z', (byte) 0, (short) 0, false, Double.NaN);
        Wide x3 = new Wide(1, 0.0, 0, Float.NaN, 2, 'z', (byte) 0, (short) 0, false, Double.NaN);
        System.out.println(x1.equals(x2) + " " + x1.equals(x3) + " " + (x1.hashCode() == x2.hashCode()) + " " + (x1.hashCode() == x3.hashCode()));
        Stat s1 = Stat.empty(), s2 = Stat.empty();
        Random r = new Random(99);
        for (int i = 0; i < 300; i++) { double v = r.nextDouble() * 100 - 50; if (i % 2 == 0) s1 = s1.add(v); else s2 = s2.add(v * v); }
        Stat all = s1.merge(s2);
        System.out.println(s1 + " mean " + s1.mean());
        System.out.println(s2 + " mean " + s2.mean());
        System.out.println(all.n() + " " + all.mean() + " " + Stat.empty() + " " + Stat.empty().mean());
        Map<Wide, Integer> m = new HashMap<>();
        Wide base = new Wide(0, 0, 0, 0, 0, '0', (byte) 0, (short) 0, false, 0);
        for (int i = 0; i < 40; i++) { m.merge(base, 1, Integer::sum); if (i % 4 == 3) base = base.next(); }
        List<Integer> counts = new ArrayList<>(m.values()); Collections.sort(counts);
        System.out.println(m.size() + " " + counts);
        long[] la = new long[8]; double[] da = new double[8];
        for (int i = 0; i < 8; i++) { la[i] = w.mix() * (i + 1); da[i] = w.b() * i - w.j(); }
        System.out.println(Arrays.toString(la) + " " + da[3] + " " + da[7]);
    }
}
