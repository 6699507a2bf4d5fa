// Fibonacci numbers: iterative up to F(46) (the largest that fits an int) and beyond with wrap-
// around, naive recursion for small n (exponential call tree), memoised recursion in an int[],
// fast doubling, and the Pisano period modulo 10.
public class Fibonacci {
    static int calls;

    static int fibRec(int n) {
        calls++;
        return n < 2 ? n : fibRec(n - 1) + fibRec(n - 2);
    }

    static int[] memo = new int[50];

    static int fibMemo(int n) {
        if (n < 2) return n;
        if (memo[n] != 0) return memo[n];
        return memo[n] = fibMemo(n - 1) + fibMemo(n - 2);
    }

    // Returns F(n) via F(2k) = F(k)(2F(k+1) - F(k)), F(2k+1) = F(k)^2 + F(k+1)^2; pair in out[0..1].
    static void fibDoubling(int n, int[] out) {
        if (n == 0) {
            out[0] = 0;
            out[1] = 1;
            return;
        }
        fibDoubling(n >> 1, out);
        int f = out[0], g = out[1];
        int c = f * (2 * g - f);
        int d = f * f + g * g;
        if ((n & 1) == 0) {
            out[0] = c;
            out[1] = d;
        } else {
            out[0] = d;
            out[1] = c + d;
        }
    }

    public static void main(String[] a) {
        int prev = 0, cur = 1;
        for (int i = 0; i <= 50; i++) {
            System.out.println("F(" + i + ") = " + prev);
            int next = prev + cur;
            prev = cur;
            cur = next;
        }
        for (int n = 0; n <= 20; n += 5) {
            calls = 0;
            int f = fibRec(n);
            System.out.println("fibRec(" + n + ") = " + f + " in " + calls + " calls");
        }
        System.out.println("fibMemo(46) = " + fibMemo(46) + ", fibMemo(47) wraps to " + fibMemo(47));
        int[] pair = new int[2];
        for (int n = 10; n <= 50; n += 8) {
            fibDoubling(n, pair);
            System.out.println("doubling F(" + n + ") = " + pair[0] + " (memo " + fibMemo(Math.min(n, 49)) + ")");
        }
        int p = 0, q = 1, period = 0;
        do {
            int t = (p + q) % 10;
            p = q;
            q = t;
            period++;
        } while (!(p == 0 && q == 1));
        System.out.println("Pisano period mod 10 = " + period);
    }
}
