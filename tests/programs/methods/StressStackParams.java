// Parameters passed on the stack (the fifth and later) used as ordinary variables: reassigned in
// loops (so they become phis whose entry value lives in the caller's frame), swapped with register
// parameters, passed on again in a different order to a recursive call, and left unused. Each
// result depends on the position of every argument, so a mixed-up slot shows.
public class StressStackParams {
    static int loopOnStacked(int a, int b, int c, int d, int e, int f, int g) {
        for (int i = 0; i < 10; i++) {
            e += a * i;
            f ^= e << (i & 7);
            int t = g;
            g = b;
            b = t + i;
            if ((f & 3) == 0) d -= e;
        }
        return a + 3 * b + 5 * c + 7 * d + 11 * e + 13 * f + 17 * g;
    }

    static int unusedTail(int a, int b, int c, int d, int unused1, int unused2, int used) {
        return a - b + c - d + used * 1000;
    }

    static int rotateDown(int n, int a, int b, int c, int d, int e, int f, int g, int h) {
        if (n == 0) return a * 1 + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8;
        if ((n & 1) == 0) return rotateDown(n - 1, h, a, b, c, d, e, f, g) + n;
        return rotateDown(n - 1, b, c, d, e, f, g, h, a) ^ n;
    }

    static int sumStacked(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j) {
        int s = 0;
        for (int k = 0; k < j; k++) {
            s += e + f * k + g * k * k;
            h = h * 3 + i;
            i = h - i;
        }
        return s ^ h ^ i ^ (a + b + c + d);
    }

    public static void main(String[] args) {
        System.out.println("loop " + loopOnStacked(1, 2, 3, 4, 5, 6, 7) + " " + loopOnStacked(-9, 80, -700, 6000, -50000, 400000, -3000000));
        System.out.println("unused " + unusedTail(1, 2, 3, 4, 5, 6, 7) + " " + unusedTail(9, 8, 7, 6, 5, 4, -3));
        for (int n = 0; n < 20; n += 3) System.out.println("rotate " + n + " " + rotateDown(n, 1, 2, 3, 4, 5, 6, 7, 8));
        System.out.println("sum " + sumStacked(1, 2, 3, 4, 5, 6, 7, 8, 9, 10) + " " + sumStacked(-1, -2, -3, -4, 50, 60, 70, 80, 90, 0));
    }
}
