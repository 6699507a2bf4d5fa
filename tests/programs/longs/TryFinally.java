// Nested try/finally rethrowing with long locals, returns through finally, six long parameters read in a handler.
public class TryFinally {
    static long div(long a, long b) { return a / b; }
    static long maybe(long v, int mode) {
        if (mode == 1) throw new IllegalArgumentException("mode1 v=" + v);
        return v * 3;
    }
    static long nested(long a, long b) {
        long x = a, y = b;
        try {
            x = x * 7;
            try {
                y = div(x, y);
                x += y;
            } catch (ArithmeticException e) {
                x = -x;
                y = 0x7777_7777_7777L;
                throw new IllegalStateException("inner x=" + x);
            } finally {
                x ^= 0x1_0000_0000L;
            }
            return x + y;
        } catch (IllegalStateException e) {
            return x - y + e.getMessage().length();
        }
    }
    static long loopTry(int n) {
        long sum = 0, last = -1;
        for (int i = 0; i < n; i++) {
            long cur = (long) i << 31;
            try {
                last = cur;
                sum += maybe(cur, i % 4 == 1 ? 1 : 0);
                sum += div(sum, i - 5);
            } catch (IllegalArgumentException e) {
                sum -= last;
            } catch (ArithmeticException e) {
                sum = ~sum;
            }
        }
        return sum ^ last;
    }
    static long fin(long v) {
        try {
            if (v < 0) return v * 2;
            if (v == 0) throw new RuntimeException("zero");
            return v + 1;
        } catch (RuntimeException e) {
            return -99;
        } finally {
            System.out.println("fin " + v);
        }
    }
    static long many(long a, long b, long c, long d, long e, long f, int g) {
        long r = 0;
        try {
            r = a + b;
            r += c / (d - d + g);
            r += e - f;
        } catch (ArithmeticException ex) {
            r = r * 1000 + a + b + c + d + e + f;
        }
        return r;
    }
    public static void main(String[] args) {
        System.out.println(nested(10, 3));
        System.out.println(nested(0x1_0000_0000L, 0));
        System.out.println(nested(Long.MIN_VALUE, -1));
        System.out.println(loopTry(20));
        System.out.println(fin(-5) + " " + fin(0) + " " + fin(5));
        System.out.println(many(1, 0x1_0000_0000L, 100, 7, Long.MIN_VALUE, -1, 3));
        System.out.println(many(1, 0x1_0000_0000L, 100, 7, Long.MIN_VALUE, -1, 0));
        long v = 12345678912345L;
        long[] arr = new long[2];
        try {
            for (int i = 0; ; i++) { arr[i] = v; v = v * 3 + i; }
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage() + " v=" + v + " " + arr[0] + " " + arr[1]);
        }
    }
}
