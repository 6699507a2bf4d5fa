// Mixed: arbitrary-precision unsigned integers as int[] limbs (base 1e9) using long intermediates: add, multiply, small divide, factorial 50, 2^200, Fibonacci 300
import java.util.*;
public class M08BigNum {
    static final long BASE = 1_000_000_000L;
    static final class Big implements Comparable<Big> {
        final int[] d; // little-endian base 1e9
        Big(int[] d) { int n = d.length; while (n > 1 && d[n - 1] == 0) n--; this.d = Arrays.copyOf(d, n); }
        static Big of(long v) { List<Integer> l = new ArrayList<>(); do { l.add((int) (v % BASE)); v /= BASE; } while (v > 0); int[] a = new int[l.size()]; for (int i = 0; i < a.length; i++) a[i] = l.get(i); return new Big(a); }
        Big add(Big o) { int n = Math.max(d.length, o.d.length) + 1; int[] r = new int[n]; long c = 0; for (int i = 0; i < n; i++) { long s = c + (i < d.length ? d[i] : 0) + (i < o.d.length ? o.d[i] : 0); r[i] = (int) (s % BASE); c = s / BASE; } return new Big(r); }
        Big mul(Big o) {
            long[] t = new long[d.length + o.d.length + 1];
            for (int i = 0; i < d.length; i++) { long carry = 0; for (int j = 0; j < o.d.length || carry != 0; j++) { long cur = t[i + j] + carry + (j < o.d.length ? (long) d[i] * o.d[j] : 0); t[i + j] = cur % BASE; carry = cur / BASE; } }
            int[] r = new int[t.length]; for (int i = 0; i < t.length; i++) r[i] = (int) t[i]; return new Big(r);
        }
        long divSmall(long v, int[] out) { long rem = 0; for (int i = d.length - 1; i >= 0; i--) { long cur = d[i] + rem * BASE; out[i] = (int) (cur / v); rem = cur % v; } return rem; }
        Big div(long v) { int[] o = new int[d.length]; divSmall(v, o); return new Big(o); }
        long mod(long v) { return divSmall(v, new int[d.length]); }
        public int compareTo(Big o) { if (d.length != o.d.length) return Integer.compare(d.length, o.d.length); for (int i = d.length - 1; i >= 0; i--) if (d[i] != o.d[i]) return Integer.compare(d[i], o.d[i]); return 0; }
        @Override public boolean equals(Object o) { return o instanceof Big b && Arrays.equals(d, b.d); }
        @Override public int hashCode() { return Arrays.hashCode(d); }
        @Override public String toString() { StringBuilder sb = new StringBuilder(Integer.toString(d[d.length - 1])); for (int i = d.length - 2; i >= 0; i--) sb.append(String.format("%09d", d[i])); return sb.toString(); }
        int digitSum() { int s = 0; for (char c : toString().toCharArray()) s += c - '0'; return s; }
    }
    public static void main(String[] args) {
        Big f = Big.of(1);
        for (int i = 2; i <= 50; i++) f = f.mul(Big.of(i));
        System.out.println("50! = " + f + " digits " + f.toString().length() + " digitsum " + f.digitSum());
        Big p = Big.of(1), two = Big.of(2);
        for (int i = 0; i < 200; i++) p = p.mul(two);
        System.out.println("2^200 = " + p + " mod 1e9+7 = " + p.mod(1_000_000_007L) + " mod 97 = " + p.mod(97));
        Big a = Big.of(0), b = Big.of(1);
        for (int i = 0; i < 300; i++) { Big t = a.add(b); a = b; b = t; }
        System.out.println("F300 = " + a);
        System.out.println(Big.of(Long.MAX_VALUE) + " " + Big.of(Long.MAX_VALUE).mul(Big.of(Long.MAX_VALUE)) + " " + Big.of(Long.MAX_VALUE).add(Big.of(1)));
        Big q = f;
        int divs = 0;
        while (q.mod(10) == 0) { q = q.div(10); divs++; }
        System.out.println("trailing zeros of 50! = " + divs + " rest mod 1000 = " + q.mod(1000));
        List<Big> list = new ArrayList<>(List.of(p, f, a, Big.of(0), Big.of(999_999_999), Big.of(1_000_000_000)));
        Collections.sort(list);
        StringBuilder sb = new StringBuilder();
        for (Big x : list) sb.append(x.toString().length()).append(' ');
        System.out.println(sb + " " + Big.of(5).equals(Big.of(5)) + " " + new HashSet<>(List.of(Big.of(7), Big.of(7), Big.of(8))).size());
        Big s = Big.of(0);
        for (int i = 1; i <= 100; i++) { Big t = Big.of(i); s = s.add(t.mul(t).mul(t)); }
        System.out.println("sum of cubes 1..100 = " + s + " = (5050^2) " + Big.of(5050).mul(Big.of(5050)).equals(s));
    }
}
