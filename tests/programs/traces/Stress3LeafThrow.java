// A leaf method (no calls of its own, so it need not save lr) with six parameters, two on the
// stack, and several checks: bounds, divisor, null. A failed check's stub is then its only call;
// the walk must still find the leaf's caller, a recursive method with a stack check, and every
// frame above it. The last call fails the null check on the fifth (stack) parameter.
public class Stress3LeafThrow {
    static int leaf(int[] a, int i, int d, int k, int[] b, int j) {
        return a[i] / d + b[j] * k;
    }

    static int climb(int n, int[] a, int[] b) {
        if (n == 0) {
            return leaf(a, n + 1, 3, 5, b, 2);
        }
        return climb(n - 1, a, b) + leaf(a, 0, n, n, a, 1);
    }

    public static void main(String[] args) {
        int[] a = {9, 18, 27};
        int[] b = {1, 2, 3};
        System.out.println("leaf " + leaf(a, 2, 9, 4, b, 0));
        System.out.println("climb " + climb(4, a, b));
        System.out.println(climb(3, a, null));
    }
}
