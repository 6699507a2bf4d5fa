// Recursive and mutually recursive static methods: factorial, power by squaring, digit sums,
// even/odd by mutual recursion, a three-way cycle, recursion with array state, and moderately deep
// recursion (200 frames; the device stack is 8 KiB).
public class Recursion {
    static int fact(int n) { return n <= 1 ? 1 : n * fact(n - 1); }

    static int power(int base, int exp) {
        if (exp == 0) return 1;
        int half = power(base, exp / 2);
        return (exp & 1) == 0 ? half * half : half * half * base;
    }

    static int digitSum(int n) {
        if (n < 0) return digitSum(-(n / 10)) + -(n % 10);
        if (n < 10) return n;
        return n % 10 + digitSum(n / 10);
    }

    static boolean isEven(int n) { return n == 0 ? true : isOdd(n - 1); }
    static boolean isOdd(int n) { return n == 0 ? false : isEven(n - 1); }

    static int ping(int n) { return n <= 0 ? 0 : 1 + pong(n - 1); }
    static int pong(int n) { return n <= 0 ? 0 : 10 + pang(n - 1); }
    static int pang(int n) { return n <= 0 ? 0 : 100 + ping(n - 2); }

    static int sumArray(int[] xs, int from) {
        if (from >= xs.length) return 0;
        return xs[from] + sumArray(xs, from + 1);
    }

    static void reverse(int[] xs, int lo, int hi) {
        if (lo >= hi) return;
        int t = xs[lo];
        xs[lo] = xs[hi];
        xs[hi] = t;
        reverse(xs, lo + 1, hi - 1);
    }

    static int depth(int n) { return n == 0 ? 0 : 1 + depth(n - 1); }

    static int binomial(int n, int k) {
        if (k == 0 || k == n) return 1;
        return binomial(n - 1, k - 1) + binomial(n - 1, k);
    }

    static void printBinary(int n) {
        if (n > 1) printBinary(n >>> 1);
        System.out.print((char) ('0' + (n & 1)));
    }

    public static void main(String[] a) {
        for (int n = 0; n <= 13; n++) System.out.println(n + "! = " + fact(n));
        System.out.println("3^19 = " + power(3, 19) + ", 2^31 = " + power(2, 31) + ", 7^0 = " + power(7, 0)
                + ", (-3)^7 = " + power(-3, 7) + ", 10^10 = " + power(10, 10));
        System.out.println("digitSum " + digitSum(987654321) + " " + digitSum(-12345) + " " + digitSum(Integer.MIN_VALUE));
        for (int n = 0; n < 8; n++) System.out.print(n + (isEven(n) ? "e " : "o "));
        System.out.println();
        System.out.println("isOdd(151) " + isOdd(151) + ", isEven(150) " + isEven(150));
        for (int n = 0; n < 10; n++) System.out.print(ping(n) + " ");
        System.out.println();

        int[] xs = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 };
        System.out.println("sum " + sumArray(xs, 0));
        reverse(xs, 0, xs.length - 1);
        for (int x : xs) System.out.print(x + " ");
        System.out.println();
        System.out.println("depth " + depth(200));

        for (int n = 0; n <= 10; n++) {
            for (int k = 0; k <= n; k++) System.out.print(binomial(n, k) + " ");
            System.out.println();
        }
        int[] nums = { 0, 1, 5, 255, 1024, 0x7fffffff, -1 };
        for (int n : nums) {
            printBinary(n);
            System.out.println();
        }
    }
}
