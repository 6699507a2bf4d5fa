// long arithmetic end to end: every operator on mixed values, shifts by constants and variables, MIN/MAX
// overflow cases, fields, arrays, parameters mixing int and long, division and remainder signs.
public class LongBasics {
    static long sfield = 0x123456789ABCDEFL;
    static long[] arr = new long[5];
    long ifield;

    static long add(long a, long b) { return a + b; }
    static long mix(int x, long a, int y, long b) { return a * x - b * y + (a ^ b); }
    static long fib(int n) { long a = 0, b = 1; for (int i = 0; i < n; i++) { long t = a + b; a = b; b = t; } return a; }

    public static void main(String[] args) {
        long a = 1234567890123L, b = -987654321L;
        System.out.println(a + b);
        System.out.println(a - b);
        System.out.println(a * b);
        System.out.println(a / b);
        System.out.println(a % b);
        System.out.println(-a);
        System.out.println(a & b);
        System.out.println(a | b);
        System.out.println(a ^ b);
        System.out.println(a << 13);
        System.out.println(a >> 7);
        System.out.println(b >>> 3);
        System.out.println(b >> 40);
        System.out.println(b >>> 40);
        for (int s = 0; s < 70; s += 7) System.out.println(s + ": " + (a << s) + " " + (b >> s) + " " + (b >>> s));
        System.out.println(Long.MAX_VALUE + " " + Long.MIN_VALUE + " " + (Long.MIN_VALUE / -1) + " " + (Long.MIN_VALUE % -1));
        System.out.println(add(Long.MAX_VALUE, 1));
        System.out.println(mix(3, a, 5, b));
        System.out.println(fib(90));
        System.out.println(sfield);
        sfield += 5;
        System.out.println(sfield);
        for (int i = 0; i < arr.length; i++) arr[i] = (long) i * 1000000007L * i;
        long sum = 0;
        for (long v : arr) sum += v;
        System.out.println(sum);
        LongBasics o = new LongBasics();
        o.ifield = -1;
        o.ifield <<= 33;
        System.out.println(o.ifield);
        int i = (int) a;
        System.out.println(i);
        long w = i;
        System.out.println(w);
        System.out.println(a < b);
        System.out.println(a > b);
        System.out.println(a == a + 0);
        System.out.println(a < b ? -1 : a == b ? 0 : 1);
        long x = 1;
        for (int k = 0; k < 64; k++) { x = x * 3 + k; }
        System.out.println(x);
        System.out.println(x / 7 + " " + x % 7 + " " + x / -123456789012L + " " + x % -123456789012L);
        try { System.out.println(a / (b - b)); } catch (ArithmeticException e) { System.out.println(e); }
        long big = 0x8000000000000000L;
        System.out.println(big / 3 + " " + big % 3 + " " + big / 0x7fffffffffffffffL);
    }
}
