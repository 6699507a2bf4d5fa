// A 24-deep recursion through a method with nine arguments (five on the stack), calling itself from
// two different lines by parity, ends in an out-of-bounds read in a six-argument helper. Every
// frame must be listed with the line of its own call site, and the stack arguments must arrive
// intact all the way down (the bad index is computed from the last one).
public class Stress3DeepTrace {
    static int[] table = new int[8];

    static int pick(int a, int b, int c, int d, int e, int idx) {
        return table[idx] + a - b + c - d + e;
    }

    static int walk(int n, int a, int b, int c, int d, int e, int f, int g, int h) {
        if (n == 0) {
            return pick(a, b, c, d, e, h);
        }
        if ((n & 1) == 0) {
            return walk(n - 1, b + n, c, d, e, f, g, a, h) + 1;
        }
        return walk(n - 1, a, b, c, d, e, f, g, h + 1) - 1;
    }

    public static void main(String[] args) {
        System.out.println("shallow " + walk(3, 1, 2, 3, 4, 5, 6, 7, 0));
        System.out.println("mid " + walk(8, 0, 0, 0, 0, 0, 0, 0, 0));
        System.out.println(walk(24, 0, 0, 0, 0, 0, 0, 0, 0));
    }
}
