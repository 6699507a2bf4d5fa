// Attacks Simplify's redundant-phi-web rule (Simplify.phi/onlySource): merge loops written as
// while (true) with a continue in every arm have two or three back edges, so every array and length
// the loop does not change becomes a web of phis whose only non-phi operand is the array. Once that
// web is the array itself, LICM/GVN/BCE/versioning see an invariant array in a loop with several
// back edges and index steps that differ per edge. The programs check that a value reassigned on a
// rare path (arr = other at one index) is still a phi, that a null array met only by one arm throws
// at exactly the right iteration (partial output printed first), that an output array too short
// fails with the right index, and that long and double merges keep their per-path values.
public class PhiWebMerge {
    static int steps;

    // the classic merge, each arm ending in continue
    static int merge(int[] a, int na, int[] b, int nb, int[] out) {
        int i = 0, j = 0, k = 0;
        while (true) {
            steps++;
            if (i >= na) {
                if (j >= nb) break;
                out[k++] = b[j++];
                continue;
            }
            if (j >= nb) {
                out[k++] = a[i++];
                continue;
            }
            if (a[i] <= b[j]) {
                out[k++] = a[i++];
                continue;
            }
            out[k++] = b[j++];
        }
        return k;
    }

    // the array read from switches to another array at one position (never, once, or late)
    static int mergeSwitching(int[] a, int[] b, int[] alt, int trigger, int[] out) {
        int i = 0, j = 0, k = 0;
        while (true) {
            if (k == trigger) {
                a = alt;
                System.out.println("  switched a at k=" + k + " a.length=" + a.length);
            }
            if (i < a.length && (j >= b.length || a[i] <= b[j])) {
                out[k++] = a[i++];
                continue;
            }
            if (j < b.length) {
                out[k++] = b[j++];
                continue;
            }
            break;
        }
        return k;
    }

    // long keys: the low half never changes on some paths, the high half does
    static long mergeLongs(long[] a, long[] b, long[] out) {
        int i = 0, j = 0, k = 0;
        long last = Long.MIN_VALUE;
        long acc = 0x1_0000_0005L;
        while (true) {
            if (i == a.length && j == b.length) break;
            if (j == b.length || (i < a.length && a[i] < b[j])) {
                last = a[i++];
                out[k++] = last;
                acc += 0x1_0000_0000L;
                continue;
            }
            if (i == a.length || b[j] < a[i]) {
                last = b[j++];
                out[k++] = last;
                continue;
            }
            // equal keys: keep one, skip both
            last = a[i];
            out[k++] = last;
            i++;
            j++;
            acc = acc;
        }
        System.out.println("  longs k=" + k + " last=" + last + " acc=" + Long.toHexString(acc));
        return acc ^ last;
    }

    static double mergeDoubles(double[] a, double[] b) {
        int i = 0, j = 0;
        double sum = 0.5, min = Double.MAX_VALUE;
        float f = 1.25f;
        while (true) {
            if (i < a.length) {
                if (j < b.length && b[j] < a[i]) {
                    sum += b[j];
                    if (b[j] < min) min = b[j];
                    j++;
                    continue;
                }
                sum += a[i];
                if (a[i] < min) min = a[i];
                f = f * 1.5f;
                i++;
                continue;
            }
            if (j < b.length) {
                sum += b[j++];
                continue;
            }
            break;
        }
        System.out.println("  doubles sum=" + sum + " min=" + min + " f=" + f);
        return sum;
    }

    static void show(String what, int[] out, int k) {
        StringBuilder sb = new StringBuilder(what).append(" k=").append(k).append(':');
        for (int x = 0; x < k; x++) sb.append(' ').append(out[x]);
        System.out.println(sb);
    }

    public static void main(String[] args) {
        int[] a = {1, 4, 4, 9, 12, 20};
        int[] b = {0, 2, 4, 5, 13, 21, 22};
        int[] out = new int[16];
        show("merge", out, merge(a, a.length, b, b.length, out));
        show("merge a empty", out, merge(a, 0, b, 3, out));
        show("merge b empty", out, merge(a, 4, b, 0, out));
        // b is null but never read: nb == 0
        show("merge b null unused", out, merge(a, a.length, null, 0, out));
        System.out.println("steps=" + steps);

        // b is null and read only after a is exhausted: the first outputs must be there
        int[] partial = new int[16];
        try {
            merge(a, 3, null, 2, partial);
        } catch (NullPointerException e) {
            System.out.println("NPE b: " + e.getMessage());
            show("partial", partial, 4);
        }
        // a null, read at the first comparison
        try {
            merge(null, 2, b, 2, partial);
        } catch (NullPointerException e) {
            System.out.println("NPE a: " + e.getMessage());
        }
        // output too short: fails at exactly index 5
        int[] small = new int[5];
        try {
            merge(a, a.length, b, b.length, small);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("AIOOBE: " + e.getMessage());
            show("small", small, 5);
        }
        // na larger than a: reads past a's end in the middle of the merge
        try {
            merge(a, 8, b, b.length, out);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("AIOOBE a: " + e.getMessage());
            show("out", out, 13);
        }
        System.out.println("steps=" + steps);

        int[] alt = {3, 3, 3, 100, 101, 102, 103, 104};
        for (int trigger : new int[] {-1, 0, 2, 7, 12, 1000000}) {
            int[] o = new int[40];
            int k = mergeSwitching(a, b, alt, trigger, o);
            show("switching trigger=" + trigger, o, k);
        }
        // switched to a null array: NPE only if the trigger is reached
        for (int trigger : new int[] {50, 4}) {
            int[] o = new int[40];
            try {
                int k = mergeSwitching(a, b, null, trigger, o);
                show("null alt trigger=" + trigger, o, k);
            } catch (NullPointerException e) {
                System.out.println("NPE alt trigger=" + trigger + ": " + e.getMessage());
                show("before", o, trigger);
            }
        }

        long[] la = {-5_000_000_000L, -3, 7, 1L << 40, Long.MAX_VALUE};
        long[] lb = {-5_000_000_000L, 0, 7, 8, 1L << 40};
        long[] lo = new long[12];
        System.out.println("mergeLongs=" + mergeLongs(la, lb, lo));
        StringBuilder sb = new StringBuilder("lo:");
        for (long v : lo) sb.append(' ').append(v);
        System.out.println(sb);
        System.out.println("mergeLongs empty=" + mergeLongs(new long[0], lb, lo));
        try {
            mergeLongs(la, lb, new long[6]);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("AIOOBE longs: " + e.getMessage());
        }

        double[] da = {-1.5, 0.25, 3.0, 1e300};
        double[] db = {-2.0, 0.25, 2.75};
        System.out.println("mergeDoubles=" + mergeDoubles(da, db));
        System.out.println("mergeDoubles=" + mergeDoubles(new double[0], db));
        System.out.println("mergeDoubles=" + mergeDoubles(da, new double[0]));
        try {
            mergeDoubles(da, null);
        } catch (NullPointerException e) {
            System.out.println("NPE doubles: " + e.getMessage());
        }
        // the last one escapes: trace with line numbers
        int[] big = new int[20];
        int n = merge(b, b.length, a, a.length, big);
        show("final", big, n);
        merge(b, b.length, null, 1, big);
    }
}
