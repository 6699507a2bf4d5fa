// Extra: locals (int/long/double/object) mutated inside try and read in catch/finally, across loops and nested handlers, rethrow, exceptions from deep calls mid-expression
public class X17ExceptionEdges {
    static int calls = 0;
    static long risky(long x) { calls++; if (x % 7 == 3) throw new IllegalArgumentException("bad " + x); return x * 3; }
    static double drisky(double d) { if (d > 100) throw new ArithmeticException("big " + d); return d * 1.5; }
    public static void main(String[] args) {
        long acc = 1; double dacc = 0.5; int n = 0; String last = "none"; long[] hist = new long[4];
        for (long i = 0; i < 40; i++) {
            long before = acc; double dbefore = dacc;
            try {
                acc = acc * 31 + i;
                dacc = dacc + i * 0.25;
                n++;
                last = "try" + i;
                acc += risky(i) + risky(i + 1);
                dacc = drisky(dacc);
                hist[(int) (i % 4)] += acc;
            } catch (IllegalArgumentException e) {
                hist[0] ^= acc - before;
                last = e.getMessage() + "/" + n;
                acc = acc ^ (long) (dacc * 1000);
            } catch (ArithmeticException e) {
                dacc = dbefore / 4;
                last = e.getMessage().substring(0, 3) + n;
            } finally {
                n += 2;
                if (i % 10 == 9) System.out.println(i + ": acc=" + acc + " dacc=" + dacc + " n=" + n + " last=" + last + " calls=" + calls);
            }
        }
        System.out.println(java.util.Arrays.toString(hist));
        int depthSeen = 0; long lv = 0;
        for (int k = 0; k < 5; k++) {
            try {
                try {
                    lv += k;
                    try { lv *= 3; if (k % 2 == 0) throw new IllegalStateException("inner" + k); lv++; }
                    finally { lv += 1000; depthSeen++; }
                } catch (IllegalStateException e) {
                    lv -= 7; depthSeen += 10;
                    if (k == 4) throw new RuntimeException("rethrow " + lv, e);
                }
            } catch (RuntimeException e) {
                System.out.println("outer caught " + e.getMessage() + " cause " + e.getCause().getMessage() + " lv=" + lv + " depth=" + depthSeen);
            }
        }
        long z = 5;
        try { z = z + risky(3) + (z = 100); } catch (IllegalArgumentException e) { System.out.println("z after failed expr " + z); }
        int[] arr = { 1, 2, 3 };
        int idx = 0;
        try { while (true) { arr[idx] = arr[idx] * 10 + idx; idx++; } } catch (ArrayIndexOutOfBoundsException e) { System.out.println("idx " + idx + " " + java.util.Arrays.toString(arr)); }
        System.out.println(sumUntilFail(new String[] { "10", "20", "x30", "40" }) + " " + sumUntilFail(new String[] { "1", "2" }));
    }
    static long sumUntilFail(String[] xs) {
        long s = 0; int i = 0;
        try { for (; i < xs.length; i++) s += Long.parseLong(xs[i]) << i; return s; }
        catch (NumberFormatException e) { return -s * 1000 - i; }
        finally { s = 999999; }
    }
}
