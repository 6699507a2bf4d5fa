// A first call with six long parameters triggers a static initialiser; initialisation through += on a static long.
public class LongInit {
    static class Lazy {
        static long BASE;
        static final long[] TABLE = new long[8];
        static {
            System.out.println("Lazy.<clinit>");
            long v = 1;
            for (int i = 0; i < 8; i++) { TABLE[i] = v; v *= -1000003L; }
            BASE = v;
        }
        static long f6(long a, long b, long c, long d, long e, long f) { return a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + BASE; }
        static long g(int x, long a, int y, long b) { return a * x + b * y; }
    }
    static class Lazy2 {
        static long COUNTER = 100;
        static { System.out.println("Lazy2.<clinit> " + COUNTER); }
    }
    static class Lazy3 {
        static { System.out.println("Lazy3.<clinit>"); }
        long v;
        Lazy3(long a, int b, long c) { v = a - b + c; }
    }
    static long k(long x) { return x * 3 + 1; }
    public static void main(String[] args) {
        long a = k(1), b = k(a), c = k(b), d = k(c), e = k(d), f = k(e);
        System.out.println("main");
        long r = Lazy.f6(a, b, c, d, e, f);
        System.out.println(r + " " + Lazy.TABLE[7] + " " + a + " " + f);
        System.out.println(Lazy.g(3, 0x1_0000_0000L, -4, Long.MIN_VALUE));
        Lazy2.COUNTER += 0x1_0000_0000L;
        System.out.println(Lazy2.COUNTER);
        Lazy3 l3 = new Lazy3(Long.MAX_VALUE, -1, 1);
        System.out.println(l3.v);
    }
}
