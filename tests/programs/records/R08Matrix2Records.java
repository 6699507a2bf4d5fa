// Records: immutable 2x2 long matrices and complex numbers as records with operator methods, fast exponentiation, Fibonacci via matrices, Gaussian integers
import java.util.*;
public class R08Matrix2Records {
    record M2(long a, long b, long c, long d) {
        static final M2 ID = new M2(1, 0, 0, 1);
        M2 mul(M2 o) { return new M2(a * o.a + b * o.c, a * o.b + b * o.d, c * o.a + d * o.c, c * o.b + d * o.d); }
        M2 mulMod(M2 o, long m) { return new M2((a * o.a + b * o.c) % m, (a * o.b + b * o.d) % m, (c * o.a + d * o.c) % m, (c * o.b + d * o.d) % m); }
        M2 pow(long n) { M2 r = ID, base = this; while (n > 0) { if ((n & 1) == 1) r = r.mul(base); base = base.mul(base); n >>= 1; } return r; }
        M2 powMod(long n, long m) { M2 r = ID, base = this; while (n > 0) { if ((n & 1) == 1) r = r.mulMod(base, m); base = base.mulMod(base, m); n >>= 1; } return r; }
        long det() { return a * d - b * c; }
    }
    record Cx(double re, double im) {
        Cx plus(Cx o) { return new Cx(re + o.re, im + o.im); }
        Cx times(Cx o) { return new Cx(re * o.re - im * o.im, re * o.im + im * o.re); }
        double abs2() { return re * re + im * im; }
        Cx conj() { return new Cx(re, -im); }
        Cx div(Cx o) { double den = o.abs2(); Cx n = times(o.conj()); return new Cx(n.re / den, n.im / den); }
    }
    record G(long re, long im) { G times(G o) { return new G(re * o.re - im * o.im, re * o.im + im * o.re); } long norm() { return re * re + im * im; } }
    public static void main(String[] args) {
        M2 fib = new M2(1, 1, 1, 0);
        for (int n : new int[] { 1, 2, 10, 50, 90, 92 }) System.out.print("F" + n + "=" + fib.pow(n).b() + " ");
        System.out.println();
        System.out.println("F93 overflow " + fib.pow(93).b() + " det " + fib.pow(93).det() + " " + fib.pow(20).det());
        System.out.println("F(10^15) mod 1e9+7 = " + fib.powMod(1_000_000_000_000_000L, 1_000_000_007L).b());
        M2 m = new M2(2, -1, 3, 5);
        System.out.println(m.pow(5) + " " + m.mul(M2.ID).equals(m) + " " + m.pow(0));
        StringBuilder sb = new StringBuilder();
        int rows = 0;
        for (double y = 1.0; y >= -1.0; y -= 0.25) {
            for (double x = -2.0; x <= 0.5; x += 0.125) {
                Cx c = new Cx(x, y), z = new Cx(0, 0);
                int it = 0;
                while (it < 30 && z.abs2() <= 4) { z = z.times(z).plus(c); it++; }
                sb.append(it >= 30 ? '#' : it > 5 ? '+' : '.');
            }
            sb.append('\n'); rows++;
        }
        System.out.print(sb);
        Cx p = new Cx(3, 4), q = new Cx(1, -2);
        System.out.println(p.times(q) + " " + p.div(q) + " " + p.div(q).times(q) + " " + new Cx(1, 0).div(new Cx(0, 0)));
        G g = new G(1, 1), acc = new G(1, 0);
        for (int i = 0; i < 20; i++) acc = acc.times(g);
        System.out.println(acc + " norm " + acc.norm() + " " + (acc.norm() == 1L << 20));
        Set<G> seen = new HashSet<>();
        for (long a = -3; a <= 3; a++) for (long b = -3; b <= 3; b++) seen.add(new G(a, b).times(new G(a, -b)));
        List<Long> norms = new ArrayList<>();
        for (G x : seen) norms.add(x.re());
        Collections.sort(norms);
        System.out.println(norms);
    }
}
