// Long methods with no implementation called on null, x op x, (int) of a long index out of bounds, / by zero through recursion.
public class LongEdges {
    interface Never { long get(long a); }
    static abstract class Abs { abstract long val(int x, long y); }
    static Never never; static Abs abs;
    static long loopDiv(long a, long z, int n) { long s = 0; for (int i = 0; i < n; i++) s += a / z; return s; }
    static long loopRem(long a, long z, int n) { long s = 0; int i = 0; while (i < n) { s += a % z + i; i++; } return s; }
    static long multiRet(long v) {
        try {
            if (v > 100) return v - 100;
            if (v < -100) return v + 100;
            if (v == 0) throw new IllegalStateException("zero");
            return v * v;
        } catch (IllegalStateException e) {
            return -1;
        } finally {
            v = 12345;   // must not affect the returned value
        }
    }
    static long idx(long[] a, long i) { return a[(int) i]; }
    public static void main(String[] args) {
        try { System.out.println(never.get(5)); } catch (NullPointerException e) { System.out.println("NPE1 " + e.getMessage()); }
        try { System.out.println(abs.val(1, 2L)); } catch (NullPointerException e) { System.out.println("NPE2 " + e.getMessage()); }
        System.out.println(loopDiv(7, 0, 0) + " " + loopRem(7, 0, 0) + " " + loopDiv(-7, 2, 3) + " " + loopRem(-7, 0x1_0000_0000L, 3));
        try { System.out.println(loopDiv(7, 0, 1)); } catch (ArithmeticException e) { System.out.println("AE " + e.getMessage()); }
        System.out.println(multiRet(1000) + " " + multiRet(-1000) + " " + multiRet(0) + " " + multiRet(-7));
        long x = 0x8000_0000_8000_0000L;
        long y = x;
        System.out.println((x + x) + " " + (x - y) + " " + (x ^ y) + " " + (x < y) + " " + (x <= y) + " " + (x * x) + " " + (x / y) + " " + (x % y) + " " + (x & ~y) + " " + (x | -x));
        x = x; x += x; x -= -x;
        System.out.println(x);
        long[] arr = {10, 20, 30};
        for (long i = -1; i <= 3; i++) {
            try { System.out.println("idx " + i + " " + idx(arr, i)); }
            catch (ArrayIndexOutOfBoundsException e) { System.out.println("AIOOBE " + e.getMessage()); }
        }
        try { System.out.println(idx(arr, 0x1_0000_0001L)); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("AIOOBE " + e.getMessage()); }
        String s1 = String.valueOf(-42L), s2 = -42L + "", s3 = "" + Long.MIN_VALUE + Long.MAX_VALUE;
        System.out.println(s1 + s2 + s3 + s1.length() + s3.length() + s1.equals(s2));
        long m = args.length - 1L;  // -1
        if (m < 0) { if (m <= -1 && m >= -1) System.out.println("m ok " + m); }
        long neg = -0x8000_0000L; int ni = Integer.MIN_VALUE;
        System.out.println((neg == ni) + " " + (neg + ni) + " " + (-ni) + " " + (-(long) ni) + " " + (long) -ni + " " + Math.abs(ni));
        long cnt = 0;
        for (long v = Long.MAX_VALUE - 5; v > 0 && cnt < 100; v += 2) cnt++;
        System.out.println("cnt " + cnt);
        throwDeep(0x1122_3344_5566_7788L, 3, -1L);
    }
    static void throwDeep(long a, int n, long b) {
        if (n == 0) { long z = a - a; System.out.println(b / z); }
        throwDeep(a >>> 1, n - 1, b * a);
    }
}
