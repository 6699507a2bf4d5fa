// Merge sort top-down (recursive, with one scratch array passed down) and bottom-up (iterative
// widths), on the same data; the two must agree, and the merge is stable: sorting keys packed with
// their original index shows that equal keys keep their order.
public class MergeSort {
    static void merge(int[] xs, int[] tmp, int lo, int mid, int hi) {
        for (int k = lo; k < hi; k++) tmp[k] = xs[k];
        int i = lo, j = mid;
        for (int k = lo; k < hi; k++) {
            if (i >= mid) xs[k] = tmp[j++];
            else if (j >= hi) xs[k] = tmp[i++];
            else if ((tmp[j] >> 16) < (tmp[i] >> 16)) xs[k] = tmp[j++];
            else xs[k] = tmp[i++];
        }
    }

    static void topDown(int[] xs, int[] tmp, int lo, int hi) {
        if (hi - lo < 2) return;
        int mid = (lo + hi) >>> 1;
        topDown(xs, tmp, lo, mid);
        topDown(xs, tmp, mid, hi);
        merge(xs, tmp, lo, mid, hi);
    }

    static void bottomUp(int[] xs) {
        int n = xs.length;
        int[] tmp = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                merge(xs, tmp, lo, lo + width, Math.min(lo + 2 * width, n));
            }
        }
    }

    public static void main(String[] a) {
        int n = 600;
        int[] p = new int[n];
        int[] q = new int[n];
        int s = 99991;
        for (int i = 0; i < n; i++) {
            s = s * 214013 + 2531011;
            int key = (s >>> 16) % 50 - 25;
            p[i] = key << 16 | i;   // key in the high half, original index in the low half
            q[i] = p[i];
        }
        topDown(p, new int[n], 0, n);
        bottomUp(q);
        boolean same = true, stable = true, ordered = true;
        for (int i = 0; i < n; i++) {
            if (p[i] != q[i]) same = false;
            if (i > 0) {
                int k0 = p[i - 1] >> 16, k1 = p[i] >> 16;
                if (k0 > k1) ordered = false;
                if (k0 == k1 && (p[i - 1] & 0xffff) > (p[i] & 0xffff)) stable = false;
            }
        }
        System.out.println("same " + same + " ordered " + ordered + " stable " + stable);
        int check = 0;
        for (int i = 0; i < n; i++) check = check * 33 + p[i];
        System.out.println("checksum " + check);
        int runs = 1;
        for (int i = 1; i < n; i++) if ((p[i] >> 16) != (p[i - 1] >> 16)) runs++;
        System.out.println("distinct keys " + runs);
        for (int i = 0; i < n; i += 60) System.out.print((p[i] >> 16) + "@" + (p[i] & 0xffff) + " ");
        System.out.println();
        int[] odd = { 9, 8, 7, 6, 5, 4, 3 };
        for (int i = 0; i < odd.length; i++) odd[i] <<= 16;
        bottomUp(odd);
        for (int v : odd) System.out.print((v >> 16) + " ");
        System.out.println();
    }
}
