// Every conditional branch form: if_icmp{eq,ne,lt,ge,gt,le}, if{eq,ne,lt,ge,gt,le} against zero,
// if_acmp{eq,ne} and if{null,nonnull} on array references, comparisons materialised as booleans,
// and signed comparisons at the extremes (where a subtract-and-test would overflow).
public class Comparisons {
    static void two(int x, int y) {
        // Each if both ways, so javac emits the branch and its negation.
        System.out.print(x + " vs " + y + ":");
        if (x == y) System.out.print(" eq");
        if (x != y) System.out.print(" ne");
        if (x < y) System.out.print(" lt");
        if (x >= y) System.out.print(" ge");
        if (x > y) System.out.print(" gt");
        if (x <= y) System.out.print(" le");
        if (!(x < y)) System.out.print(" !lt");
        if (!(x == y)) System.out.print(" !eq");
        System.out.println();
    }

    static void zero(int x) {
        System.out.print(x + " vs 0:");
        if (x == 0) System.out.print(" eq");
        if (x != 0) System.out.print(" ne");
        if (x < 0) System.out.print(" lt");
        if (x >= 0) System.out.print(" ge");
        if (x > 0) System.out.print(" gt");
        if (x <= 0) System.out.print(" le");
        System.out.println();
    }

    static boolean less(int x, int y) { return x < y; }
    static boolean unsignedLess(int x, int y) { return (x ^ Integer.MIN_VALUE) < (y ^ Integer.MIN_VALUE); }

    static int[] pick(int k, int[] p, int[] q) {
        if (k == 0) return null;
        return k > 0 ? p : q;
    }

    public static void main(String[] a) {
        int[] v = { 0, 1, -1, 2, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -2147483647 - 0 };
        for (int i = 0; i < v.length; i++) {
            zero(v[i]);
            for (int j = 0; j < v.length; j += 2) two(v[i], v[j]);
        }
        two(5, 5);

        // Comparisons producing values.
        int count = 0;
        for (int i = 0; i < v.length; i++) {
            for (int j = 0; j < v.length; j++) {
                boolean l = less(v[i], v[j]);
                boolean u = unsignedLess(v[i], v[j]);
                if (l) count++;
                if (u) count += 100;
                if (l != u) System.out.println("signed and unsigned differ for " + v[i] + ", " + v[j] + ": " + l + " " + u);
            }
        }
        System.out.println("count = " + count);

        // Reference comparisons.
        int[] p = { 1 };
        int[] q = { 1 };
        int[] r = p;
        System.out.println("p==p " + (p == r) + ", p==q " + (p == q) + ", p!=q " + (p != q));
        for (int k = -1; k <= 1; k++) {
            int[] s = pick(k, p, q);
            if (s == null) System.out.println(k + ": null");
            if (s != null) System.out.println(k + ": not null, is p " + (s == p) + ", is q " + (s == q));
        }

        // Comparisons against constants of various sizes.
        int big = 100000;
        for (int x = 99998; x <= 100002; x++) {
            System.out.println(x + (x < big ? " < " : x == big ? " == " : " > ") + big
                    + (x >= 100001 ? " (>=100001)" : "") + (x != 99999 ? "" : " (is 99999)"));
        }
        for (int x = -130; x <= 260; x += 65) {
            System.out.println(x + ": >127 " + (x > 127) + ", <-128 " + (x < -128) + ", ==195 " + (x == 195) + ", <=255 " + (x <= 255));
        }

        // Chains of conditions compiled as branch trees.
        int grade = 0;
        for (int score = 35; score <= 100; score += 13) {
            if (score >= 90) grade = 'A';
            else if (score >= 80) grade = 'B';
            else if (score >= 70) grade = 'C';
            else if (score >= 60) grade = 'D';
            else grade = 'F';
            System.out.println("score " + score + " grade " + (char) grade);
        }
    }
}
