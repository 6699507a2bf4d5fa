// long varargs, default methods, constructors with long parameters, lazy static init, shift amounts of type long.
public class LongMisc {
    static long sum(long... xs) { long s = 0; for (long x : xs) s += x; return s + xs.length; }
    static long mixv(int a, long... xs) { return a + (xs.length > 0 ? xs[xs.length - 1] : -1); }
    interface Shape { long area(); default long twice() { return area() * 2 + base(); } long base(); }
    static class Rect implements Shape {
        final long w, h;
        Rect(long w, int pad, long h) { this.w = w; this.h = h + pad; }
        public long area() { return w * h; }
        public long base() { return -w; }
    }
    static class Sq extends Rect {
        Sq(long s) { super(s, 0, s); }
        public long area() { return super.area() + 1; }
    }
    static class Holder { static long V = init(); static long init() { System.out.println("Holder init"); return 0x1234_5678_9L; } }
    static final long C1 = 1L << 62;
    static final long C2 = C1 + C1 / 2;
    public static void main(String[] args) {
        System.out.println(sum() + " " + sum(1) + " " + sum(Long.MAX_VALUE, 1) + " " + sum(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        System.out.println(mixv(5) + " " + mixv(5, 0x1_0000_0000L, -9));
        Shape[] ss = {new Rect(0x1_0000L, 3, 0x1_0000L), new Sq(3_000_000_000L), new Rect(-5, -1, 7)};
        for (Shape s : ss) System.out.println(s.area() + " " + s.twice() + " " + s.base());
        System.out.println("before holder");
        System.out.println(Holder.V + 1);
        Holder.V <<= 4;
        System.out.println(Holder.V + " " + C1 + " " + C2);
        long amt = 0x1_0000_0003L;  // shift amount long: low 6 bits = 3
        long one = 1;
        System.out.println((one << amt) + " " + (-64L >> amt) + " " + (-64L >>> amt) + " " + (5 << amt) + " " + (one << -amt));
        long v = 7;
        long r1 = v * 1, r2 = v * 0, r3 = v * -1, r4 = v * 2, r5 = v / 1, r6 = v % 1, r7 = v / -1, r8 = v * 0x1_0000_0000L;
        long w = Long.MIN_VALUE;
        long s1 = w * 1, s2 = w / 1, s3 = w * -1, s4 = w / 2, s5 = w % 2, s6 = w >> 1, s7 = w / -2, s8 = w * 2;
        System.out.println(r1 + " " + r2 + " " + r3 + " " + r4 + " " + r5 + " " + r6 + " " + r7 + " " + r8);
        System.out.println(s1 + " " + s2 + " " + s3 + " " + s4 + " " + s5 + " " + s6 + " " + s7 + " " + s8);
        long z = args.length;
        System.out.println((z - 1) / 2 + " " + (z - 1) % 2 + " " + (z - 7) / 2 + " " + (z - 7) % -2 + " " + (z + 7) % -2);
        long big1 = 0x7FFF_FFFF_FFFF_FFFFL, big2 = 0x1_0000_0000L;
        System.out.println(big1 / big2 + " " + big1 % big2 + " " + big1 / (big2 + 1) + " " + big1 % (big2 - 1) + " " + (-big1) / 3 + " " + (-big1) % 3);
        System.out.println(Long.MIN_VALUE / Long.MAX_VALUE + " " + Long.MIN_VALUE % Long.MAX_VALUE + " " + Long.MAX_VALUE / Long.MIN_VALUE + " " + Long.MAX_VALUE % Long.MIN_VALUE);
        System.out.println(Long.MIN_VALUE / Long.MIN_VALUE + " " + Long.MIN_VALUE / 0x8000_0000L + " " + Long.MIN_VALUE % 0x8000_0000L + " " + Long.MIN_VALUE / -0x8000_0000L);
        System.out.println((z + Integer.MIN_VALUE) / -1 + " " + (z + Integer.MIN_VALUE) % -1 + " " + (z + Integer.MIN_VALUE) / (z + Integer.MIN_VALUE));
    }
}
