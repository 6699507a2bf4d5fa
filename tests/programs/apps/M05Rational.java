// Mixed: Rational number class over longs with gcd normalization, equals/hashCode/compareTo, overflow-checked arithmetic, continued fractions, harmonic and Bernoulli numbers
import java.util.*;
public class M05Rational {
    static final class Q implements Comparable<Q> {
        final long num, den;
        static final Q ZERO = new Q(0, 1), ONE = new Q(1, 1);
        Q(long n, long d) {
            if (d == 0) throw new ArithmeticException("zero denominator");
            if (d < 0) { n = Math.negateExact(n); d = Math.negateExact(d); }
            long g = gcd(Math.abs(n), d);
            num = n / g; den = d / g;
        }
        static long gcd(long a, long b) { while (b != 0) { long t = a % b; a = b; b = t; } return a == 0 ? 1 : a; }
        Q plus(Q o) { long g = gcd(den, o.den); return new Q(Math.addExact(Math.multiplyExact(num, o.den / g), Math.multiplyExact(o.num, den / g)), Math.multiplyExact(den / g, o.den)); }
        Q minus(Q o) { return plus(o.neg()); }
        Q neg() { return new Q(-num, den); }
        Q times(Q o) { long g1 = gcd(Math.abs(num), o.den), g2 = gcd(Math.abs(o.num), den); return new Q(Math.multiplyExact(num / g1, o.num / g2), Math.multiplyExact(den / g2, o.den / g1)); }
        Q div(Q o) { return times(new Q(o.den, o.num)); }
        double toDouble() { return (double) num / den; }
        @Override public boolean equals(Object o) { return o instanceof Q q && q.num == num && q.den == den; }
        @Override public int hashCode() { return Long.hashCode(num) * 31 + Long.hashCode(den); }
        @Override public int compareTo(Q o) { return Long.compare(Math.multiplyExact(num, o.den), Math.multiplyExact(o.num, den)); }
        @Override public String toString() { return den == 1 ? Long.toString(num) : num + "/" + den; }
        static Q parse(String s) { int i = s.indexOf('/'); return i < 0 ? new Q(Long.parseLong(s.strip()), 1) : new Q(Long.parseLong(s.substring(0, i).strip()), Long.parseLong(s.substring(i + 1).strip())); }
        List<Long> continued() { List<Long> r = new ArrayList<>(); long n = num, d = den; while (d != 0) { long q = Math.floorDiv(n, d); r.add(q); long t = n - q * d; n = d; d = t; } return r; }
    }
    public static void main(String[] args) {
        Q h = Q.ZERO;
        for (int i = 1; i <= 20; i++) { h = h.plus(new Q(1, i)); if (i % 5 == 0) System.out.println("H" + i + " = " + h + " ~ " + h.toDouble()); }
        try { Q x = Q.ZERO; for (int i = 1; i <= 60; i++) x = x.plus(new Q(1, i)); System.out.println(x); }
        catch (ArithmeticException e) { System.out.println("harmonic overflow: " + e.getMessage()); }
        int n = 14;
        Q[] B = new Q[n + 1];
        for (int m = 0; m <= n; m++) {
            B[m] = new Q(1, m + 1);
            for (int j = m; j >= 1; j--) B[j - 1] = new Q(j, 1).times(B[j - 1].minus(B[j]));
            if (m % 2 == 0 || m == 1) System.out.print("B" + m + "=" + B[0] + " ");
        }
        System.out.println();
        List<Q> qs = new ArrayList<>();
        for (String s : "3/4, -6/8, 5, 10/-4, 0/7, 22/7, 355/113, -1/3, 2/6".split(",")) qs.add(Q.parse(s));
        System.out.println(qs);
        Collections.sort(qs);
        System.out.println(qs + " distinct " + new TreeSet<>(qs).size() + " hash " + new HashSet<>(qs).size());
        System.out.println(new Q(355, 113).continued() + " " + new Q(-7, 3).continued() + " " + new Q(1, 1L << 40).continued().size());
        Q phi = Q.ONE;
        for (int i = 0; i < 30; i++) phi = Q.ONE.plus(Q.ONE.div(phi));
        System.out.println("phi ~ " + phi + " = " + phi.toDouble());
        Q big = new Q(Long.MAX_VALUE, 2);
        try { System.out.println(big.plus(big)); } catch (ArithmeticException e) { System.out.println("add overflow " + e.getMessage()); }
        try { new Q(Long.MIN_VALUE, -1); } catch (ArithmeticException e) { System.out.println("negate overflow " + e.getMessage()); }
        try { Q.ONE.div(Q.ZERO); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        System.out.println(new Q(6, -4).equals(new Q(-3, 2)) + " " + new Q(6, -4).hashCode() + " " + new Q(1, 3).compareTo(new Q(333333, 1000000)) + " " + Q.parse(" 7 ").equals(new Q(14, 2)));
    }
}
