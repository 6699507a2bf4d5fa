// Quicksort (Hoare partition with the middle element as pivot, recursing into the smaller side and
// looping on the larger to bound the stack) on 1000 pseudo-random ints, including duplicates and
// extreme values; checksums before and after, sortedness, and a permutation check by sum and xor.
public class QuickSort {
    static int calls;

    static void quickSort(int[] xs, int lo, int hi) {
        while (lo < hi) {
            calls++;
            int pivot = xs[(lo + hi) >>> 1];
            int i = lo - 1, j = hi + 1;
            while (true) {
                do i++; while (xs[i] < pivot);
                do j--; while (xs[j] > pivot);
                if (i >= j) break;
                int t = xs[i];
                xs[i] = xs[j];
                xs[j] = t;
            }
            if (j - lo < hi - j) {
                quickSort(xs, lo, j);
                lo = j + 1;
            } else {
                quickSort(xs, j + 1, hi);
                hi = j;
            }
        }
    }

    static int checksum(int[] xs) {
        int c = 17;
        for (int i = 0; i < xs.length; i++) c = Integer.rotateLeft(c, 5) ^ (xs[i] + i);
        return c;
    }

    public static void main(String[] a) {
        int[] xs = new int[1000];
        int s = 12345;
        for (int i = 0; i < xs.length; i++) {
            s = s * 1664525 + 1013904223;
            xs[i] = (i % 97 == 0) ? (i % 2 == 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE) : (s >> 8) % 5000;
        }
        int sum = 0, xor = 0;
        for (int x : xs) {
            sum += x;
            xor ^= x;
        }
        System.out.println("before: checksum " + checksum(xs) + " sum " + sum + " xor " + xor);
        quickSort(xs, 0, xs.length - 1);
        int sum2 = 0, xor2 = 0;
        boolean ok = true;
        for (int i = 0; i < xs.length; i++) {
            sum2 += xs[i];
            xor2 ^= xs[i];
            if (i > 0 && xs[i - 1] > xs[i]) ok = false;
        }
        System.out.println("after: checksum " + checksum(xs) + " sum " + sum2 + " xor " + xor2 + " sorted " + ok);
        System.out.println("partition calls " + calls);
        for (int i = 0; i < xs.length; i += 100) System.out.print(xs[i] + " ");
        System.out.println(xs[999]);
        int distinct = 1;
        for (int i = 1; i < xs.length; i++) if (xs[i] != xs[i - 1]) distinct++;
        System.out.println("distinct values " + distinct);

        int[] same = new int[64];
        for (int i = 0; i < same.length; i++) same[i] = 7;
        calls = 0;
        quickSort(same, 0, same.length - 1);
        System.out.println("all equal: calls " + calls + " checksum " + checksum(same));
        int[] small = { 3, 1, 2 };
        quickSort(small, 0, 2);
        System.out.println(small[0] + " " + small[1] + " " + small[2]);
    }
}
