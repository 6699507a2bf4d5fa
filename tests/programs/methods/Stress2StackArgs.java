// Methods with 5 to 12 parameters (the fifth onwards passed on the stack) in recursion, where each
// recursive call permutes its arguments, passes stacked parameters on as register arguments and
// vice versa, mixes narrow types (byte, short, char, boolean) among the stacked ones, and keeps
// values live across the calls. Also a call whose arguments are themselves such calls.
public class Stress2StackArgs {
    static int p5(int a, int b, int c, int d, int e) {
        if (a <= 0) return b * 2 + c * 3 + d * 5 + e * 7;
        return p5(a - 1, e, a + b, c, d - 1) + e;
    }

    static int p8(int a, int b, int c, int d, int e, int f, int g, int h) {
        if (a == 0) return ((((((b * 31 + c) * 31 + d) * 31 + e) * 31 + f) * 31 + g) * 31) + h;
        int keep = b ^ h;
        int r = p8(a - 1, h, g, f, e, d, c, b + 1);
        return r + keep * a;
    }

    static int p10(int depth, byte b, short s, char c, boolean z, int x5, byte b6, short s7, char c8, boolean z9) {
        if (depth == 0) {
            return b + s * 3 + c * 5 + (z ? 7 : 11) + x5 * 13 + b6 * 17 + s7 * 19 + c8 * 23 + (z9 ? 29 : 31);
        }
        return p10(depth - 1, b6, s7, c8, z9, x5 - b, (byte) (b + 100), (short) (s + 20000), (char) (c - 1000), !z)
                + depth;
    }

    static int p12(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j, int k, int l) {
        if (a < 0) return b - c + d - e + f - g + h - i + j - k + l;
        int x = p12(a - 2, l, k, j, i, h, g, f, e, d, c, b);
        int y = p12(a - 3, c, b, e, d, g, f, i, h, k, j, l + a);
        return x * 3 - y;
    }

    static int mix(int a, int b, int c, int d, int e, int f) {
        return a * 100000 + b * 10000 + c * 1000 + d * 100 + e * 10 + f;
    }

    public static void main(String[] args) {
        for (int n = 0; n < 6; n++) System.out.println("p5 " + n + " " + p5(n, 1, 2, 3, 4));
        for (int n = 0; n < 6; n++) System.out.println("p8 " + n + " " + p8(n, 1, 2, 3, 4, 5, 6, 7));
        for (int n = 0; n < 6; n++) {
            System.out.println("p10 " + n + " " + p10(n, (byte) -128, (short) -32768, (char) 65535, true, -7, (byte) 127,
                    (short) 32767, (char) 0, false));
        }
        for (int n = -1; n < 8; n++) System.out.println("p12 " + n + " " + p12(n, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
        System.out.println("mix " + mix(p5(1, 1, 1, 1, 1) % 10, mix(1, 2, 3, 4, 5, 6) % 10, p8(1, 0, 0, 0, 0, 0, 0, 0) % 10,
                mix(0, 0, 0, 0, 0, 9) % 10, p5(0, 0, 0, 0, 1), mix(9, 8, 7, 6, 5, 4) % 7));
    }
}
