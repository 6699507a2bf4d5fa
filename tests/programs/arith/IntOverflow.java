// Int arithmetic with wrap-around: iadd/isub/imul/ineg at and across the 32-bit limits, and the
// constant forms javac emits (iconst, bipush, sipush, ldc) at their boundaries. Values flow through
// parameters as well as locals so that both the compiler's folding and the runtime ops are checked.
public class IntOverflow {
    static int add(int a, int b) { return a + b; }
    static int sub(int a, int b) { return a - b; }
    static int mul(int a, int b) { return a * b; }
    static int neg(int a) { return -a; }

    public static void main(String[] a) {
        int max = Integer.MAX_VALUE;
        int min = Integer.MIN_VALUE;
        System.out.println("max+1 = " + (max + 1));
        System.out.println("min-1 = " + (min - 1));
        System.out.println("max+max = " + (max + max));
        System.out.println("min+min = " + (min + min));
        System.out.println("max*2 = " + (max * 2));
        System.out.println("-min = " + (-min));
        System.out.println("add(max,1) = " + add(max, 1));
        System.out.println("sub(min,1) = " + sub(min, 1));
        System.out.println("mul(65536,65536) = " + mul(65536, 65536));
        System.out.println("mul(46341,46341) = " + mul(46341, 46341));
        System.out.println("mul(-46341,46341) = " + mul(-46341, 46341));
        System.out.println("mul(min,-1) = " + mul(min, -1));
        System.out.println("mul(0x12345678,0x9abcdef) = " + mul(0x12345678, 0x9abcdef));
        System.out.println("mul(-7,-9) = " + mul(-7, -9));
        System.out.println("neg(min) = " + neg(min));
        System.out.println("neg(max) = " + neg(max));
        System.out.println("neg(0) = " + neg(0));

        // Constants around the boundaries of each constant-loading instruction.
        int[] k = { -1, 0, 1, 5, 6, -2, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, -32769,
                    65535, 65536, 0x7fffff, 0x1000000, 0x80000000, 0xffff0000, 0x00ff00ff, 1000000007 };
        int sum = 0;
        for (int i = 0; i < k.length; i++) {
            sum += k[i];
            System.out.println("k[" + i + "] = " + k[i] + " running sum " + sum);
        }

        // A linear congruential sequence wraps on every step.
        int x = 12345;
        for (int i = 0; i < 8; i++) {
            x = x * 1103515245 + 12345;
            System.out.println("lcg " + i + ": " + x);
        }

        // Multiplication by constants the compiler may turn into shifts and adds.
        int v = 0x0badcafe;
        System.out.println("v*3 = " + v * 3);
        System.out.println("v*10 = " + v * 10);
        System.out.println("v*-1 = " + v * -1);
        System.out.println("v*0 = " + v * 0);
        System.out.println("v*1024 = " + v * 1024);
        System.out.println("v*255 = " + v * 255);
        System.out.println("v*-65536 = " + v * -65536);

        // Accumulated overflow in a loop: factorials mod 2^32.
        int f = 1;
        for (int i = 1; i <= 20; i++) {
            f *= i;
            System.out.println(i + "! mod 2^32 = " + f);
        }
    }
}
