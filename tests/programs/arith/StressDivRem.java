// Division and remainder by constants (powers of two, negative powers of two, 1, -1, 3, 7, 10,
// large odd constants) and by variables, over a table of dividends with every sign and the
// extremes: constant folding and any strength reduction of x / 2^k (which must round toward zero
// for negative x) must agree with the hardware divider path. MIN_VALUE / -1 wraps; the program ends
// with a remainder by a variable that becomes zero inside a loop.
public class StressDivRem {
    static final int[] XS = {0, 1, -1, 2, -2, 3, -3, 7, -7, 8, -8, 9, -9, 100, -100, 1023, -1023, 1024, -1024,
        65535, -65537, 0x3fffffff, -0x40000000, 2147483647, -2147483647, -2147483648};

    static int byConstants(int x) {
        int h = x / 1;
        h = h * 31 + x / -1;
        h = h * 31 + x / 2;
        h = h * 31 + x % 2;
        h = h * 31 + x / 4;
        h = h * 31 + x % 4;
        h = h * 31 + x / -4;
        h = h * 31 + x % -4;
        h = h * 31 + x / 1024;
        h = h * 31 + x % 1024;
        h = h * 31 + x / 3;
        h = h * 31 + x % 3;
        h = h * 31 + x / 7;
        h = h * 31 + x % -7;
        h = h * 31 + x / 10;
        h = h * 31 + x % 10;
        h = h * 31 + x / 65536;
        h = h * 31 + x % 65536;
        h = h * 31 + x / 0x40000000;
        h = h * 31 + x % 0x40000000;
        h = h * 31 + x / -2147483648;
        h = h * 31 + x % -2147483648;
        h = h * 31 + x / 1000003;
        h = h * 31 + x % 1000003;
        return h;
    }

    static int byVariable(int x, int d) {
        return (x / d) * 1000 + x % d;
    }

    static int shiftsVsDivide(int x) {
        // >> rounds toward minus infinity, / toward zero: they differ for negative odd x.
        return (x >> 1) - x / 2 + ((x >> 3) - x / 8) * 10;
    }

    public static void main(String[] args) {
        int all = 0;
        for (int i = 0; i < XS.length; i++) {
            int x = XS[i];
            int h = byConstants(x);
            all = all * 17 + h;
            System.out.println(x + ": " + h + " " + shiftsVsDivide(x) + " " + (x / 2) + " " + (x % 8) + " " + (x / -8));
        }
        System.out.println("all " + all);
        int[] ds = {1, -1, 2, -2, 3, -5, 16, -16, 1000, -2147483648, 2147483647};
        int v = 0;
        for (int i = 0; i < XS.length; i++) {
            for (int j = 0; j < ds.length; j++) v = v * 7 + byVariable(XS[i], ds[j]);
        }
        System.out.println("variable " + v);
        int min = Integer.MIN_VALUE;
        int m1 = -1;
        System.out.println("min/-1 " + (min / m1) + " " + (min % m1) + " " + (min / -1) + " " + (min % -1));
        // Folded at compile time: constant operands.
        System.out.println("folded " + (-7 / 2) + " " + (-7 % 2) + " " + (7 / -2) + " " + (7 % -2) + " " + (-2147483648 / -1));
        int s = 0;
        for (int d = 3; d >= -3; d--) {
            s += 100 % d;
            System.out.println("d " + d + " s " + s);
        }
        System.out.println("not reached");
    }
}
