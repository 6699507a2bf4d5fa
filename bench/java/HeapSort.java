/*
 * Benchmark kernel: heap sort of random ints, then a pass that checks the order and hashes the result.
 * Twin of bench/c/heapsort.c: same data, same loops, same checksum (see bench/README.md).
 *
 * What it stresses: data-dependent, hard-to-predict branches (signed compares of random values),
 * irregular array indexing (2 * i + 1), swaps, and a call of siftDown for every heap repair.
 */
public class HeapSort {
    static final int SIZE = 2048;

    static int rng;

    /** xorshift32 (Marsaglia 2003); the C twin runs the same generator. */
    static int nextRandom() {
        int x = rng;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        rng = x;
        return x;
    }

    /** Moves a[root] down until the max-heap property holds again within a[0 .. end). */
    static void siftDown(int[] a, int root, int end) {
        while (true) {
            int child = 2 * root + 1;
            if (child >= end) {
                return;
            }
            if (child + 1 < end && a[child] < a[child + 1]) {
                child++;
            }
            if (a[root] >= a[child]) {
                return;
            }
            int t = a[root];
            a[root] = a[child];
            a[child] = t;
            root = child;
        }
    }

    static void heapSort(int[] a) {
        int n = a.length;
        for (int start = n / 2 - 1; start >= 0; start--) {
            siftDown(a, start, n);
        }
        for (int end = n - 1; end > 0; end--) {
            int t = a[0];
            a[0] = a[end];
            a[end] = t;
            siftDown(a, 0, end);
        }
    }

    /** Hash of the sorted array, or -1 if it is out of order (a sort bug must not go unnoticed). */
    static int run(int[] a) {
        heapSort(a);
        int hash = 0;
        for (int i = 0; i < a.length; i++) {
            if (i > 0 && a[i - 1] > a[i]) {
                return -1;
            }
            hash = hash * 31 + a[i];
        }
        return hash;
    }

    public static void main(String[] args) {
        rng = 0x0BADC0DE;
        int[] a = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            a[i] = nextRandom();
        }
        System.out.println("BEGIN");
        int checksum = run(a);
        System.out.print("END ");
        System.out.println(checksum);
    }
}
