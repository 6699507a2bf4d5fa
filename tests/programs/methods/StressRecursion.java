// Recursion shapes: mutual recursion (even/odd, a three-way cycle), a chain about 150 calls deep
// with values live across each call, recursion with eight arguments (four passed on the stack) that
// permutes them on every call, tree recursion whose two calls' results are combined, and recursion
// through a static field. Every recursive method carries the entry stack check.
public class StressRecursion {
    static int depthSeen;

    static boolean isEven(int n) {
        return n == 0 || isOdd(n - 1);
    }

    static boolean isOdd(int n) {
        return n != 0 && isEven(n - 1);
    }

    static int ping(int n, int acc) {
        return n <= 0 ? acc : pong(n - 1, acc * 3 + 1);
    }

    static int pong(int n, int acc) {
        return n <= 0 ? acc : pang(n - 1, acc ^ (acc >>> 5));
    }

    static int pang(int n, int acc) {
        return n <= 0 ? acc : ping(n - 1, acc - n);
    }

    // 150 deep: the local values before the call must survive it.
    static int deep(int n, int k) {
        if (n == 0) {
            depthSeen = k;
            return 1;
        }
        int a = n * 3, b = n ^ k, c = k - n;
        int r = deep(n - 1, k + 1);
        return r * 31 + a - b + c;
    }

    static int eight(int d, int a, int b, int c, int e, int f, int g, int h) {
        if (d == 0) return a + 2 * b + 3 * c + 4 * e + 5 * f + 6 * g + 7 * h;
        int r = eight(d - 1, h, a, b, c, e, f, g + d);
        return r ^ (a - h);
    }

    static int tree(int n) {
        if (n < 2) return n;
        int left = tree(n - 1);
        int right = tree(n - 2);
        return left + right + (left ^ right) % 7;
    }

    static int[] memo = new int[40];

    static int memoFib(int n) {
        if (n < 2) return n;
        if (memo[n] != 0) return memo[n];
        int v = memoFib(n - 1) + memoFib(n - 2);
        memo[n] = v;
        return v;
    }

    static int digits(int n) {
        if (n < 0) return digits(-(n / 10)) + 1;
        if (n < 10) return 1;
        return 1 + digits(n / 10);
    }

    public static void main(String[] args) {
        System.out.println("even " + isEven(0) + " " + isEven(7) + " " + isEven(100) + " " + isOdd(101));
        for (int n = 0; n < 10; n += 3) System.out.println("ping " + n + " " + ping(n, 1));
        System.out.println("ping 120 " + ping(120, 5));
        System.out.println("deep " + deep(150, 0) + " seen " + depthSeen);
        System.out.println("eight " + eight(0, 1, 2, 3, 4, 5, 6, 7) + " " + eight(9, 1, 2, 3, 4, 5, 6, 7) + " "
                + eight(60, -1, 20, -300, 4000, -50000, 600000, -7000000));
        System.out.println("tree " + tree(1) + " " + tree(10) + " " + tree(18));
        System.out.println("memoFib " + memoFib(39) + " " + memo[20]);
        System.out.println("digits " + digits(0) + " " + digits(9) + " " + digits(10) + " " + digits(-2147483648) + " "
                + digits(2147483647));
    }
}
