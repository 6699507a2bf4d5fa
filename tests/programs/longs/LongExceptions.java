// Long locals read in catch and finally, MIN/-1 and MIN%-1, division signs, an uncaught trace through long parameters.
public class LongExceptions {
    static long thrower(long a, int b, long c, long d) {
        if (b == 3) throw new IllegalStateException("b3 " + a + " " + c + " " + d);
        if (b == 4) { long[] arr = new long[(int) (a & 3)]; return arr[(int) c]; }
        if (b == 5) { long[] arr = null; return arr[0]; }
        if (b == 6) return a / (c - c);
        if (b == 7) return a % (d & 0xFFFFFFFF00000000L);
        return a + b + c + d;
    }
    static long deep(long a, long b, int n, long c) {
        if (n == 0) return thrower(a, 3, b, c);
        return deep(a + 1, b - 1, n - 1, c ^ n) + 1;
    }
    public static void main(String[] args) {
        for (int b = 0; b < 9; b++) {
            long x = 0x1234_5678_9ABCL, y = -b, z = 0;
            try {
                x = x * 3;
                y = thrower(x, b, 0x1_0000_0000L + b, -1L << 40);
                z = x + y;
                System.out.println("ok " + b + " " + x + " " + y + " " + z);
            } catch (ArithmeticException e) {
                System.out.println("arith " + b + " " + e.getMessage() + " x=" + x + " y=" + y + " z=" + z);
            } catch (IllegalStateException e) {
                System.out.println("ise " + e.getMessage() + " x=" + x + " y=" + y);
            } catch (RuntimeException e) {
                System.out.println("rt " + e.getClass().getName() + ": " + e.getMessage() + " x=" + x);
            } finally {
                x += 1;
                System.out.println("finally " + x);
            }
        }
        long acc = 0;
        for (long i = 0; i < 10; i++) {
            try {
                acc += i;
                if (i % 3 == 0) throw new RuntimeException("r" + i);
                acc <<= 1;
            } catch (RuntimeException e) {
                acc = acc * 5 - i;
                System.out.println(e.getMessage() + " acc=" + acc);
            }
        }
        System.out.println("acc " + acc);
        long mn = Long.MIN_VALUE, m1 = -1;
        System.out.println("min/-1 " + (mn / m1) + " min%-1 " + (mn % m1) + " min*-1 " + (mn * m1) + " -min " + (-mn));
        int[] dv = {1, -1, 7, -7, 3};
        long[] nv = {7, -7, 100, -100, Long.MIN_VALUE, Long.MAX_VALUE, 0x1_0000_0000L, -0x1_0000_0000L};
        for (long nn : nv) for (int dd : dv) System.out.println(nn + "/" + dd + "=" + (nn / dd) + " r" + (nn % dd));
        try { System.out.println(5L / (long) args.length); } catch (ArithmeticException e) { System.out.println("caught " + e.getMessage()); }
        try { System.out.println(5L % (long) args.length); } catch (ArithmeticException e) { System.out.println("caught " + e.getMessage()); }
        long hiOnly = 1L << 32;
        System.out.println("hiOnly " + (7L << 40) / hiOnly + " " + (7L << 40) % (hiOnly + 1));
        deep(1, 2, 4, 5);
    }
}
