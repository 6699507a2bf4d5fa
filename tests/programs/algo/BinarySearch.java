// Binary search (lower bound, upper bound and exact match returning -(insertion point) - 1 like
// Arrays.binarySearch) over a sorted array with duplicates; probes below, above and between the
// elements, and the unsigned-shift midpoint that cannot overflow.
public class BinarySearch {
    static int search(int[] xs, int key) {
        int lo = 0, hi = xs.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int v = xs[mid];
            if (v < key) lo = mid + 1;
            else if (v > key) hi = mid - 1;
            else return mid;
        }
        return -(lo + 1);
    }

    static int lowerBound(int[] xs, int key) {
        int lo = 0, hi = xs.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (xs[mid] < key) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    static int upperBound(int[] xs, int key) {
        int lo = 0, hi = xs.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (xs[mid] <= key) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    public static void main(String[] a) {
        int[] xs = { -50, -10, -10, 0, 3, 3, 3, 7, 19, 42, 42, 100, 1000, 1000000 };
        int[] keys = { Integer.MIN_VALUE, -51, -50, -10, -5, 0, 3, 4, 7, 8, 42, 99, 100, 1000, 999999, 1000000, Integer.MAX_VALUE };
        for (int k : keys) {
            int lb = lowerBound(xs, k), ub = upperBound(xs, k);
            System.out.println("key " + k + ": search " + search(xs, k) + " lower " + lb + " upper " + ub + " count " + (ub - lb));
        }
        int[] squares = new int[1000];
        for (int i = 0; i < squares.length; i++) squares[i] = i * i;
        int found = 0, notFound = 0, steps = 0;
        for (int k = 0; k < 1000000; k += 997) {
            int r = search(squares, k);
            if (r >= 0) {
                found++;
                System.out.println(k + " is the square of " + r);
            } else {
                notFound++;
                steps += -r - 1;
            }
        }
        System.out.println("found " + found + " not found " + notFound + " insertion sum " + steps);
        int[] one = { 5 };
        int[] empty = {};
        System.out.println(search(one, 5) + " " + search(one, 4) + " " + search(one, 6) + " " + search(empty, 1));
    }
}
