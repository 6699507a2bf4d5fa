// Greatest common divisor by Euclid (remainder and recursive forms) and by Stein's binary method
// (shifts only), least common multiple with division first to delay overflow, and the extended
// Euclid for modular inverses; negative inputs follow Java's % semantics.
public class GcdLcm {
    static int gcd(int a, int b) {
        a = Math.abs(a);
        b = Math.abs(b);
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    static int gcdRec(int a, int b) { return b == 0 ? Math.abs(a) : gcdRec(b, a % b); }

    static int gcdBinary(int u, int v) {
        if (u == 0) return v;
        if (v == 0) return u;
        int shift = 0;
        while (((u | v) & 1) == 0) {
            u >>= 1;
            v >>= 1;
            shift++;
        }
        while ((u & 1) == 0) u >>= 1;
        do {
            while ((v & 1) == 0) v >>= 1;
            if (u > v) {
                int t = v;
                v = u;
                u = t;
            }
            v -= u;
        } while (v != 0);
        return u << shift;
    }

    static int lcm(int a, int b) {
        if (a == 0 || b == 0) return 0;
        return Math.abs(a / gcd(a, b) * b);
    }

    // Returns the inverse of a modulo m (m > 1, gcd(a, m) == 1), in [0, m).
    static int modInverse(int a, int m) {
        int oldR = a, r = m, oldS = 1, s = 0;
        while (r != 0) {
            int q = oldR / r;
            int t = oldR - q * r;
            oldR = r;
            r = t;
            t = oldS - q * s;
            oldS = s;
            s = t;
        }
        return oldS < 0 ? oldS + m : oldS;
    }

    public static void main(String[] a) {
        int[][] pairs = { { 48, 18 }, { 18, 48 }, { 0, 5 }, { 5, 0 }, { 17, 13 }, { -12, 30 }, { 12, -30 },
                { 1071, 462 }, { 1 << 20, 3 << 12 }, { 2147483646, 1073741823 }, { 46368, 28657 }, { 999983, 999979 } };
        for (int[] p : pairs) {
            System.out.println("gcd(" + p[0] + ", " + p[1] + ") = " + gcd(p[0], p[1]) + " " + gcdRec(p[0], p[1])
                    + " " + gcdBinary(Math.abs(p[0]), Math.abs(p[1])) + ", lcm = " + lcm(p[0], p[1]));
        }
        int l = 1;
        for (int k = 1; k <= 20; k++) {
            l = lcm(l, k);
            System.out.println("lcm(1.." + k + ") = " + l);
        }
        int[] ms = { 7, 26, 1000, 65537 };
        for (int m : ms) {
            for (int x = 3; x < 40; x += 12) {
                if (gcd(x, m) != 1) {
                    System.out.println(x + " has no inverse mod " + m);
                    continue;
                }
                int inv = modInverse(x, m);
                System.out.println(x + "^-1 mod " + m + " = " + inv + ", check " + (x * inv % m));
            }
        }
        int agree = 0;
        for (int x = 1; x < 60; x += 3)
            for (int y = 1; y < 60; y += 5)
                if (gcd(x, y) == gcdBinary(x, y) && gcd(x, y) == gcdRec(x, y)) agree++;
        System.out.println("methods agree on " + agree + " pairs");
    }
}
