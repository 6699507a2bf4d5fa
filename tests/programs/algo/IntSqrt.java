// Integer square root three ways: the bit-by-bit (digit) method over the unsigned range, Newton's
// iteration, and binary search; all must agree and satisfy r*r <= n < (r+1)*(r+1).
public class IntSqrt {
    static boolean uless(int x, int y) { return (x ^ Integer.MIN_VALUE) < (y ^ Integer.MIN_VALUE); }

    static int isqrtBits(int n) {
        // Treats n as unsigned 32-bit.
        int res = 0;
        int bit = 1 << 30;
        int num = n;
        while (uless(num, bit)) bit >>>= 2;
        while (bit != 0) {
            if (uless(num, res + bit)) {
                res >>>= 1;
            } else {
                num -= res + bit;
                res = (res >>> 1) + bit;
            }
            bit >>>= 2;
        }
        return res;
    }

    static int isqrtNewton(int n) {
        if (n < 2) return n;
        int x = n / 2 + 1;
        int y = (x + n / x) / 2;
        while (y < x) {
            x = y;
            y = (x + n / x) / 2;
        }
        return x;
    }

    static int isqrtSearch(int n) {
        int lo = 0, hi = 46341;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (mid <= n / mid) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    public static void main(String[] a) {
        int[] ns = { 0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 101, 65535, 65536, 1000000, 999999999,
                     2147395599, 2147395600, Integer.MAX_VALUE };
        for (int n : ns) {
            int b = isqrtBits(n), nw = isqrtNewton(n), s = isqrtSearch(n);
            System.out.println("isqrt(" + n + ") = " + b + " " + nw + " " + s);
        }
        // Unsigned inputs for the bit method.
        int[] us = { -1, Integer.MIN_VALUE, -2, 0xfffe0001 };
        for (int u : us) System.out.println("isqrt_unsigned(" + u + ") = " + isqrtBits(u));
        int bad = 0, checked = 0;
        for (int n = 0; n < 3000; n += 7) {
            int r = isqrtBits(n);
            checked++;
            if (r * r > n || (r + 1) * (r + 1) <= n || r != isqrtNewton(n) || r != isqrtSearch(n)) bad++;
        }
        System.out.println("checked " + checked + " bad " + bad);
    }
}
