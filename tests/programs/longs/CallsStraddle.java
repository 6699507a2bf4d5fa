// 3 to 8 long parameters mixed with ints (a long straddling r3 and the stack), static/virtual/interface/super calls, recursion returning long.
public class CallsStraddle {
    interface F { long f(int a, long b, int c, long d, long e); }
    static abstract class Base implements F {
        long acc;
        abstract long g(long a, long b, long c, long d, long e, long f);
        public long f(int a, long b, int c, long d, long e) { return a + b * 3 - c + d - e; }
    }
    static class Impl extends Base {
        Impl(long seed) { acc = seed; }
        long g(long a, long b, long c, long d, long e, long f) {
            acc += a ^ f;
            return a - b + c - d + e - f + acc;
        }
        public long f(int a, long b, int c, long d, long e) { return super.f(a, b, c, d, e) ^ (b << 7) ^ (e >>> 3); }
    }
    static class Impl2 extends Base {
        long g(long a, long b, long c, long d, long e, long f) { return a * b + c * d + e * f; }
    }

    static long s3(long a, long b, long c) { return a * 7 + b * 5 + c * 3; }
    static long s4(int x, long a, long b, long c) { return x + a - b + c; }
    static long s5(int x, int y, int z, long a, long b) { return (x + y + z) + a + b * 2; }
    static long s6(long a, int x, long b, int y, long c, int z) { return a + x * b + y * c + z; }
    static long s7(int p, long a, int q, long b, int r, long c, int s, long d) {
        return p + a + q + b + r + c + s + d + (a ^ d) - (b | c);
    }
    static int back(long a, int b, long c) { return (int) (a >>> 32) + b + (int) c; }
    long inst(long a, int b, long c, int d, long e) { return a - b + c - d + e + field; }
    long field = 0x1_0000_0001L;

    static long fact(int n) { return n <= 1 ? 1 : n * fact(n - 1); }
    static long fib(long n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
    static long sumDown(long n, long acc) { if (n == 0) return acc; return sumDown(n - 1, acc + n * n); }
    static long ack(long m, long n) {
        if (m == 0) return n + 1;
        if (n == 0) return ack(m - 1, 1);
        return ack(m - 1, ack(m, n - 1));
    }

    public static void main(String[] args) {
        long big = 0x7FFFFFFF_FFFFFFF0L;
        long neg = -0x1_2345_6789L;
        System.out.println(s3(big, neg, 3));
        System.out.println(s4(-5, big, neg, 1L << 40));
        System.out.println(s5(1, 2, 3, big, neg));
        System.out.println(s6(big, -1, neg, 7, 0xFFFFFFFFL, 9));
        System.out.println(s7(1, big, 2, neg, 3, 1L << 33, 4, -1L));
        System.out.println(back(0xABCDEF01_00000002L, 5, -7L));
        CallsStraddle c = new CallsStraddle();
        System.out.println(c.inst(big, 3, neg, -4, 0x8000_0000L));
        F[] fs = {new Impl(5), new Impl2(), new Impl(-1L << 40)};
        for (int i = 0; i < fs.length; i++) {
            F f = fs[i];
            System.out.println("f" + i + " " + f.f(i, big - i, -i, neg * i, 1L << (i + 31)));
            Base b = (Base) f;
            long r = b.g(i, big, neg, 1L << 32, -(1L << 32), 0xDEADBEEFCAFEL);
            System.out.println("g" + i + " " + r + " acc=" + b.acc);
        }
        for (int i = 0; i <= 21; i++) System.out.println("fact " + i + " " + fact(i));
        System.out.println("fib " + fib(24));
        System.out.println("sumDown " + sumDown(200, 0x1_0000_0000L));
        System.out.println("ack " + ack(2, 3) + " " + ack(3, 3));
        // long live across calls
        long a = big, b = neg, cc = 0x5555_5555_5555_5555L, d = -3;
        for (int i = 0; i < 5; i++) {
            long t = s3(a, b, cc);
            a = b; b = cc; cc = d; d = t;
            System.out.println("rot " + a + " " + b + " " + cc + " " + d);
        }
    }
}
