// Calls with more arguments than argument registers (r0..r3): 5 to 8 int parameters, so the rest
// travel on the stack; mixed narrow types and arrays in those positions; argument order must be
// kept (each position is weighted differently) and results must flow back into further calls.
public class ManyArgs {
    static int five(int a, int b, int c, int d, int e) {
        return a - b * 2 + c * 3 - d * 4 + e * 5;
    }

    static int six(int a, int b, int c, int d, int e, int f) {
        return ((((a * 7 + b) * 7 + c) * 7 + d) * 7 + e) * 7 + f;
    }

    static int seven(int a, int b, int c, int d, int e, int f, int g) {
        return a ^ (b << 1) ^ (c << 2) ^ (d << 3) ^ (e << 4) ^ (f << 5) ^ (g << 6);
    }

    static int eight(int a, int b, int c, int d, int e, int f, int g, int h) {
        // Uses every parameter after a call, so stacked arguments must survive it.
        int s = five(a, b, c, d, e);
        return s * 1000 + f * 100 + g * 10 + h;
    }

    static int mixed(byte b, short s, char c, boolean z, int i, int[] arr, byte b2, char c2) {
        return b + s + c + (z ? 1000 : 0) + i + arr[0] + arr.length + b2 * c2;
    }

    static int recurse(int depth, int a, int b, int c, int d, int e, int f) {
        if (depth == 0) return a + b + c + d + e + f;
        return recurse(depth - 1, b, c, d, e, f, a + depth);
    }

    static void printAll(int a, int b, int c, int d, int e, int f, int g, int h) {
        System.out.println(a + "," + b + "," + c + "," + d + "," + e + "," + f + "," + g + "," + h);
    }

    public static void main(String[] a) {
        System.out.println("five " + five(1, 2, 3, 4, 5));
        System.out.println("five neg " + five(-1, -2, -3, -4, Integer.MIN_VALUE));
        System.out.println("six " + six(1, 2, 3, 4, 5, 6));
        System.out.println("six rev " + six(6, 5, 4, 3, 2, 1));
        System.out.println("seven " + seven(1, 1, 1, 1, 1, 1, 1));
        System.out.println("seven big " + seven(0x7fffffff, -1, 0x1000, 3, 0x8000, 5, -7));
        System.out.println("eight " + eight(1, 2, 3, 4, 5, 6, 7, 8));
        System.out.println("eight neg " + eight(-8, -7, -6, -5, -4, -3, -2, -1));
        printAll(1, 2, 3, 4, 5, 6, 7, 8);
        printAll(100000, -100000, 127, -128, 32767, -32768, Integer.MAX_VALUE, Integer.MIN_VALUE);

        int[] arr = { 40, 50, 60 };
        System.out.println("mixed " + mixed((byte) -3, (short) 300, 'A', true, 7, arr, (byte) 2, 'B'));
        System.out.println("mixed " + mixed((byte) 127, (short) -32768, '\uffff', false, -7, arr, (byte) -128, 'z'));

        // Arguments computed by nested calls and from loop variables.
        int total = 0;
        for (int i = 0; i < 5; i++) {
            int r = eight(i, i + 1, six(i, 1, 2, 3, 4, 5), i * i, -i, five(i, i, i, i, i), 9, i);
            total += r;
            System.out.println("i=" + i + " r=" + r);
        }
        System.out.println("total " + total);
        for (int depth = 0; depth < 8; depth++) {
            System.out.println("recurse(" + depth + ") = " + recurse(depth, 1, 2, 3, 4, 5, 6));
        }

        // Every argument distinct so any mix-up shows.
        int p = 11, q = 22, r = 33, s = 44, t = 55, u = 66, v = 77, w = 88;
        printAll(w, v, u, t, s, r, q, p);
        printAll(p + q, q + r, r + s, s + t, t + u, u + v, v + w, w + p);
        printAll(seven(p, q, r, s, t, u, v), six(p, q, r, s, t, u), five(p, q, r, s, t), p, q, r, s, t);
    }
}
