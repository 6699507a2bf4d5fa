// Uncaught ArithmeticException reported from the stack at the bottom of a recursion: every
// recursive frame must appear with its own line, and the remainder-by-zero message is HotSpot's.
public class UrDivDeepRecursion {
    static int depth(int n, int d) {
        if (n == 0) {
            return 100 % d;
        }
        int r = depth(n - 1, d - 1);
        return r + n;
    }

    static int start(int n) {
        System.out.print("start " + n + ": ");
        int v = depth(n, n + 1);
        System.out.println(v);
        return v;
    }

    public static void main(String[] args) {
        start(3);
        start(5);
        start(7);
        System.out.println("ok");
        int d = start(0) - 101;
        System.out.println(7 / d);
    }
}
