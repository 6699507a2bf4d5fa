// Division and remainder by every power of two 2^1..2^30 and its negative (strength-reduced to
// shifts with a bias), by -2^31 (not reducible), by 1 and -1, and by small odd constants, for
// dividends at the extremes; the same through variables (hardware divider) and with the divisor a
// loop-invariant value in a loop, so a reduced and an unreduced form are compared in one run.
public class Stress2DivConst {
    static final int[] XS = {0, 1, -1, 3, -3, 1000000007, -1000000007, 0x40000000, -0x40000000, 0x3fffffff,
        -0x3fffffff, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE + 1, 65536, -65536, 255, -255};

    static int byConst(int x) {
        int h = 0;
        h = h * 31 + x / 2; h = h * 31 + x % 2;
        h = h * 31 + x / 4; h = h * 31 + x % 4;
        h = h * 31 + x / 8; h = h * 31 + x % 8;
        h = h * 31 + x / 16; h = h * 31 + x % 16;
        h = h * 31 + x / 1024; h = h * 31 + x % 1024;
        h = h * 31 + x / 65536; h = h * 31 + x % 65536;
        h = h * 31 + x / 0x20000000; h = h * 31 + x % 0x20000000;
        h = h * 31 + x / 0x40000000; h = h * 31 + x % 0x40000000;
        h = h * 31 + x / -2; h = h * 31 + x % -2;
        h = h * 31 + x / -8; h = h * 31 + x % -8;
        h = h * 31 + x / -65536; h = h * 31 + x % -65536;
        h = h * 31 + x / -0x40000000; h = h * 31 + x % -0x40000000;
        h = h * 31 + x / Integer.MIN_VALUE; h = h * 31 + x % Integer.MIN_VALUE;
        h = h * 31 + x / 1; h = h * 31 + x % 1;
        h = h * 31 + x / -1; h = h * 31 + x % -1;
        h = h * 31 + x / 3; h = h * 31 + x % 3;
        h = h * 31 + x / -7; h = h * 31 + x % -7;
        h = h * 31 + x / 10; h = h * 31 + x % 10;
        h = h * 31 + x / 1000000; h = h * 31 + x % 1000000;
        return h;
    }

    static int byVar(int x, int[] ds) {
        int h = 0;
        for (int d : ds) {
            h = h * 31 + x / d;
            h = h * 31 + x % d;
        }
        return h;
    }

    static void everyPower(int x) {
        int hq = 0, hr = 0, nq = 0, nr = 0;
        int d = 2;
        for (int s = 1; s <= 30; s++) {
            hq = hq * 7 + x / d;
            hr = hr * 7 + x % d;
            nq = nq * 7 + x / -d;
            nr = nr * 7 + x % -d;
            d <<= 1;
        }
        System.out.println("powers " + x + ": " + hq + " " + hr + " " + nq + " " + nr);
    }

    static int unrolled(int x) {
        return (x / 2) + (x / 4) * 3 + (x / 8) * 5 + (x / 32) * 7 + (x / 128) * 11 + (x / 512) * 13
                + (x % 2) * 17 + (x % 4) * 19 + (x % 32) * 23 + (x % 512) * 29 + (x / -4) * 31 + (x % -32) * 37
                + (x / 0x10000) * 41 + (x % 0x8000) * 43 + (x / 0x1000000) * 47 + (x % 0x2000000) * 53;
    }

    static void invariantDivisor(int d, int n) {
        int s = 0;
        for (int i = -n; i <= n; i++) {
            s = s * 3 + (i * 12345) / d + (i * 54321) % d;
        }
        System.out.println("inv " + d + " " + n + ": " + s);
    }

    public static void main(String[] args) {
        int[] ds = {2, 4, 8, 16, 1024, 65536, 0x20000000, 0x40000000, -2, -8, -65536, -0x40000000, Integer.MIN_VALUE,
            1, -1, 3, -7, 10, 1000000};
        for (int x : XS) {
            int a = byConst(x);
            int b = byVar(x, ds);
            System.out.println(x + ": " + a + " " + b + (a == b ? "" : " MISMATCH") + " u " + unrolled(x));
            everyPower(x);
        }
        System.out.println("minq " + (Integer.MIN_VALUE / -1) + " minr " + (Integer.MIN_VALUE % -1));
        int m = XS[12];
        int neg = ds[14];
        System.out.println("minq var " + (m / neg) + " minr var " + (m % neg));
        invariantDivisor(7, 20);
        invariantDivisor(-8, 20);
        invariantDivisor(Integer.MIN_VALUE, 5);
        invariantDivisor(-1, 5);
        invariantDivisor(16, 0);
    }
}
