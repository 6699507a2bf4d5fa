// The binary-trees pattern: build complete trees of increasing depth and throw them away, check
// each by a recursive walk, while one long-lived tree built at the start is checked again at the
// end. Many small objects with two reference fields each, freed all at once: collectors with
// bad mark stacks (deep recursion) or sweeping bugs fail here.
public class TreeChurn {
    static class T {
        T left, right;
        T(T left, T right) { this.left = left; this.right = right; }
    }

    static T build(int depth) {
        return depth == 0 ? new T(null, null) : new T(build(depth - 1), build(depth - 1));
    }

    static int check(T t) {
        return t.left == null ? 1 : 1 + check(t.left) + check(t.right);
    }

    public static void main(String[] args) {
        int maxDepth = 9; // peak live data stays well under half of the device heap
        T longLived = build(maxDepth);
        System.out.println("long-lived tree of depth " + maxDepth + " nodes " + check(longLived));
        for (int d = 3; d <= maxDepth; d += 2) {
            int iterations = 1 << (maxDepth - d + 4);
            int sum = 0;
            for (int i = 0; i < iterations; i++) sum += check(build(d));
            System.out.println(iterations + " trees of depth " + d + " check " + sum);
        }
        // A degenerate deep list-shaped tree: a mark phase that recurses per node needs a long stack.
        T spine = null;
        for (int i = 0; i < 2000; i++) spine = new T(spine, null);
        int len = 0;
        for (T t = spine; t != null; t = t.left) len++;
        for (int i = 0; i < 40; i++) check(build(6));
        int len2 = 0;
        for (T t = spine; t != null; t = t.left) len2++;
        System.out.println("spine " + len + " after churn " + len2);
        System.out.println("long-lived tree still has " + check(longLived) + " nodes");
    }
}
