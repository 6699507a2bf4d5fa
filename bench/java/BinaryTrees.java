/*
 * Benchmark kernel: allocation and collection. Twin of bench/c/binarytrees.c (the Computer
 * Language Benchmarks Game's binary-trees, sized for the Pico's 256 KiB: C allocates with newlib's
 * malloc and frees every tree with free, Java drops them and lets the collector reclaim them).
 *
 * What it stresses: allocating many small objects (constructor calls, zeroing), recursion over
 * instance fields, a long-lived tree that survives every collection while short-lived trees of
 * depth 4 to 10 are built, checked and dropped, about 22,000 nodes in all.
 */
public class BinaryTrees {
    static final class Node {
        Node left;
        Node right;

        Node(Node left, Node right) {
            this.left = left;
            this.right = right;
        }

        int check() {
            return left == null ? 1 : 1 + left.check() + right.check();
        }
    }

    static final int MIN_DEPTH = 4;
    static final int MAX_DEPTH = 10;
    static Node longLived;

    static Node bottomUp(int depth) {
        if (depth == 0) {
            return new Node(null, null);
        }
        return new Node(bottomUp(depth - 1), bottomUp(depth - 1));
    }

    static int run() {
        int checksum = bottomUp(MAX_DEPTH + 1).check();
        longLived = bottomUp(MAX_DEPTH);
        for (int depth = MIN_DEPTH; depth <= MAX_DEPTH; depth += 2) {
            int iterations = 1 << (MAX_DEPTH - depth + 1);
            int check = 0;
            for (int i = 0; i < iterations; i++) {
                check += bottomUp(depth).check();
            }
            checksum = checksum * 31 + check;
        }
        return checksum * 31 + longLived.check();
    }

    public static void main(String[] args) {
        System.out.println("BEGIN");
        int checksum = run();
        System.out.print("END ");
        System.out.println(checksum);
    }
}
