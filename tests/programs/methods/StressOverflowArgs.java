// Unbounded mutual recursion with six arguments (two passed on the stack) and a large live set:
// both methods are in one call-graph cycle, so both check the stack on entry, and the overflow
// must end in HotSpot's StackOverflowError line even though the frames differ in size. A bounded
// run of the same pair comes first to show the arguments arrive intact.
public class StressOverflowArgs {
    static int left(int n, int a, int b, int c, int d, int e) {
        if (n == 0) return a + b * 2 + c * 3 + d * 4 + e * 5;
        int x = a * 3, y = b ^ c, z = d - e;
        return right(n - 1, b, c, d, e, a + n) + x + y + z;
    }

    static int right(int n, int a, int b, int c, int d, int e) {
        if (n == 0) return a - b + c - d + e;
        return left(n - 1, e, d, c, b, a) ^ n;
    }

    public static void main(String[] args) {
        System.out.println("bounded " + left(0, 1, 2, 3, 4, 5) + " " + left(7, 1, 2, 3, 4, 5) + " " + right(40, 9, 8, 7, 6, 5));
        System.out.println("unbounded");
        System.out.println(left(-1, 1, 2, 3, 4, 5));
    }
}
