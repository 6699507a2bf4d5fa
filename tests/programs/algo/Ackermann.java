// The Ackermann function for small arguments: deeply nested, non-primitive recursion (A(2, n) and
// A(3, n) for small n; A(3, 4) recurses about 125 frames deep, which fits the 8 KiB stack), with
// call and depth counters in static fields.
public class Ackermann {
    static int calls;
    static int maxDepth;

    static int ack(int m, int n, int depth) {
        calls++;
        if (depth > maxDepth) maxDepth = depth;
        if (m == 0) return n + 1;
        if (n == 0) return ack(m - 1, 1, depth + 1);
        return ack(m - 1, ack(m, n - 1, depth + 1), depth + 1);
    }

    public static void main(String[] a) {
        for (int m = 0; m <= 3; m++) {
            for (int n = 0; n <= (m < 3 ? 6 : 4); n++) {
                calls = 0;
                maxDepth = 0;
                int r = ack(m, n, 0);
                System.out.println("A(" + m + ", " + n + ") = " + r + "  calls " + calls + "  depth " + maxDepth);
            }
        }
        calls = 0;
        System.out.println("A(4, 0) = " + ack(4, 0, 0) + "  calls " + calls);
    }
}
