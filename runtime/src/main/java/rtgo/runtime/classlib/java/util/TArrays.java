package rtgo.runtime.classlib.java.util;

import rtgo.runtime.MemFill;
import rtgo.vm.Address;
import rtgo.vm.abi.ObjectLayout;

/*
 * TArrays: the static utilities of java.util.Arrays (a static substitute).
 *
 * Design note. Sorting objects must be stable (the JDK's TimSort is), and any stable sort gives the
 * same result for the same comparator, so Object[] is sorted by a top-down merge sort (von Neumann)
 * with insertion sort for runs of up to 7 elements and a skip of the merge when the two halves are
 * already in order; the merge moves only the left half aside, into one scratch array of half the
 * range's length. Natural order over a range of Integers only (List<Integer>.sort(null), the common
 * case) sorts by the unboxed values, then moves the elements once along the permutation: the same
 * stable result without a compareTo call, cast or aastore check per step, for at most 10 bytes of
 * scratch per element (so only up to INTEGER_SORT_MAX elements). When the values' span fits beside
 * a position in one int, each becomes (value - min) << positionBits | position, and those distinct
 * ints are sorted plainly: by least-significant-digit radix sort (counting passes of up to 9 bits,
 * stable, as the JDK's DualPivotQuicksort does for large int[]) from 64 elements, by int[]'s
 * sort below; wider spans sort the positions by value with the merge sort. Primitive arrays have
 * no observable stability, so they are sorted in place, without scratch memory: int[] and long[]
 * (and char[], short[], byte[] through int[]) by introsort (quicksort, median-of-three pivot,
 * recursion only into the smaller part so the stack stays within log2 n frames, heapsort
 * (Williams/Floyd) past 2 log2 n splits, insertion sort for short ranges; O(n log n) worst case).
 * Natural ordering compares Strings and boxed values directly and otherwise
 * goes through Comparable (TCollections.compareNatural). Messages are the JDK's: copyOfRange's
 * "5 > 3", and the range checks of fill and sort ("fromIndex(5) > toIndex(3)",
 * "Array index out of range: 9").
 */
public final class TArrays {
    private TArrays() {}

    // ---- checks ---------------------------------------------------------------------------------

    static void rangeCheck(int length, int fromIndex, int toIndex) {
        if (fromIndex > toIndex) {
            throw new IllegalArgumentException("fromIndex(" + fromIndex + ") > toIndex(" + toIndex + ")");
        }
        if (fromIndex < 0) {
            throw new ArrayIndexOutOfBoundsException("Array index out of range: " + fromIndex);
        }
        if (toIndex > length) {
            throw new ArrayIndexOutOfBoundsException("Array index out of range: " + toIndex);
        }
    }

    // ---- sorting objects ------------------------------------------------------------------------

    public static void sort(Object[] a) {
        sortRange(a, 0, a.length, null);
    }

    public static void sort(Object[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sortRange(a, fromIndex, toIndex, null);
    }

    @SuppressWarnings("unchecked")
    public static <T> void sort(T[] a, TComparator<? super T> c) {
        sortRange(a, 0, a.length, (TComparator<Object>) c);
    }

    @SuppressWarnings("unchecked")
    public static <T> void sort(T[] a, int fromIndex, int toIndex, TComparator<? super T> c) {
        rangeCheck(a.length, fromIndex, toIndex);
        sortRange(a, fromIndex, toIndex, (TComparator<Object>) c);
    }

    /** Stable sort of a[from..to) by c, or by natural order when c is null. */
    static void sortRange(Object[] a, int from, int to, TComparator<Object> c) {
        int n = to - from;
        if (n < 2) {
            return;
        }
        if (c == null && n <= INTEGER_SORT_MAX && sortIntegers(a, from, to)) {
            return;
        }
        mergeSort(a, from, to, new Object[(n + 1) / 2], c);
    }

    /** The longest range sortIntegers takes: its arrays need up to 10 bytes per element (and 2 KB of digit counts), the general sort's 2. */
    private static final int INTEGER_SORT_MAX = 1024;

    /**
     * Natural order of a range that holds only Integers (the common List&lt;Integer&gt;.sort(null)):
     * their values go into an int array once, a stable merge sort orders the positions by value
     * with plain int compares (no compareTo call, no cast, no aastore check per step), and
     * the elements are then moved along the permutation's cycles within the array. Returns false,
     * having changed nothing, when an element is null or not an Integer: the general sort then
     * compares (and throws) as the JDK does.
     */
    private static boolean sortIntegers(Object[] a, int from, int to) {
        int n = to - from;
        int[] keys = new int[n];
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            Object o = a[from + i];
            if (!(o instanceof Integer)) {
                return false;
            }
            int v = ((Integer) o).intValue();
            keys[i] = v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (max == min) {
            return true; // all equal: a stable sort leaves them as they are
        }
        int shift = 32 - Integer.numberOfLeadingZeros(n - 1); // bits of a position
        if (Integer.compareUnsigned(max - min, Integer.MAX_VALUE >>> shift) <= 0) {
            sortPacked(a, from, keys, shift, min, 32 - Integer.numberOfLeadingZeros(max - min));
            return true;
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        sortPositions(keys, order, 0, n, new int[n / 2]);
        permute(a, from, order, -1);
        return true;
    }

    /**
     * Moves a[from..) so that element i is the old element (order[i] &amp; mask), following each
     * cycle of the permutation once (order's entries become -1 on the way). Every value stored
     * was read from this very array, so the stores need no aastore check (rtgo.lower.Lowering).
     */
    private static void permute(Object[] a, int from, int[] order, int mask) {
        int n = order.length;
        for (int i = 0; i < n; i++) {
            int k = order[i];
            if (k < 0 || (k &= mask) == i) {
                continue; // moved with an earlier cycle, or in place
            }
            Object first = a[from + i];
            int j = i;
            while (k != i) {
                a[from + j] = a[from + k];
                order[j] = -1;
                j = k;
                k = order[j] & mask;
            }
            a[from + j] = first;
            order[j] = -1;
        }
    }

    /**
     * The values of a[from..) span so few bits ({@code valueBits}) that each, less min, fits beside
     * its position in a non-negative int: (value - min) &lt;&lt; shift | position. The packed words
     * are distinct and order as (value, position), so sorting them as plain ints is the stable
     * sort; the elements are then moved to the order the low bits give.
     */
    private static void sortPacked(Object[] a, int from, int[] keys, int shift, int min, int valueBits) {
        int n = keys.length;
        for (int i = 0; i < n; i++) {
            keys[i] = (keys[i] - min) << shift | i;
        }
        int[] sorted = keys;
        if (n < RADIX_MIN) {
            sortInts(keys, 0, n); // distinct: any order-only sort is the stable one
        } else {
            sorted = radixSort(keys, shift, valueBits);
        }
        permute(a, from, sorted, (1 << shift) - 1);
    }

    /** From this many elements on, sortPacked sorts by digits rather than by int[]'s introsort. */
    private static final int RADIX_MIN = 64;

    /**
     * Least-significant-digit radix sort of packed words by their bits shift..shift+valueBits-1
     * (the value part): one counting pass per digit, each stable, so words with equal values stay
     * in position order, which they start in. Returns the array that holds the result (keys or the
     * second buffer). n counting steps per digit instead of n log n compares: 600 words of 17-bit
     * values take 2 passes of 9-bit digits against about 5,500 merge steps.
     */
    private static int[] radixSort(int[] keys, int shift, int valueBits) {
        int n = keys.length;
        // digits of up to log2(n) bits, 4 to 9: a pass costs about n steps plus 2^digit counts
        int widest = Math.max(4, Math.min(9, 31 - Integer.numberOfLeadingZeros(n)));
        int passes = (valueBits + widest - 1) / widest;
        int digit = (valueBits + passes - 1) / passes;
        int mask = (1 << digit) - 1;
        int[] count = new int[mask + 1];
        int[] src = keys;
        int[] dst = new int[n];
        for (int s = shift; s < shift + valueBits; s += digit) {
            if (s != shift) {
                for (int b = 0; b <= mask; b++) {
                    count[b] = 0; // (a plain loop: the classlib's host tests run this too)
                }
            }
            for (int i = 0; i < n; i++) {
                count[(src[i] >>> s) & mask]++;
            }
            int sum = 0;
            for (int b = 0; b <= mask; b++) {
                int c = count[b];
                count[b] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                int v = src[i];
                dst[count[(v >>> s) & mask]++] = v;
            }
            int[] t = src;
            src = dst;
            dst = t;
        }
        return src;
    }

    /**
     * mergeSort's algorithm on positions: sorts order[low..high) stably by keys[order[i]], the
     * left half moved aside into scratch for each merge; once it is placed, what is left of the
     * right half is already where it belongs.
     */
    private static void sortPositions(int[] keys, int[] order, int low, int high, int[] scratch) {
        if (high - low <= 7) {
            for (int i = low + 1; i < high; i++) {
                int x = order[i];
                int key = keys[x];
                int j = i;
                while (j > low && keys[order[j - 1]] > key) {
                    order[j] = order[j - 1];
                    j--;
                }
                order[j] = x;
            }
            return;
        }
        int mid = (low + high) >>> 1;
        sortPositions(keys, order, low, mid, scratch);
        sortPositions(keys, order, mid, high, scratch);
        if (keys[order[mid - 1]] <= keys[order[mid]]) {
            return;
        }
        int leftLength = mid - low;
        System.arraycopy(order, low, scratch, 0, leftLength);
        int p = 0;
        int q = mid;
        int left = scratch[0];
        int leftKey = keys[left]; // the left half's next position and its key, until it is placed
        for (int out = low; p < leftLength; out++) {
            if (q < high && keys[order[q]] < leftKey) {
                order[out] = order[q++];
            } else {
                order[out] = left;
                p++;
                if (p < leftLength) {
                    left = scratch[p];
                    leftKey = keys[left];
                }
            }
        }
    }

    private static int cmp(Object x, Object y, TComparator<Object> c) {
        return c == null ? TCollections.compareNatural(x, y) : c.compare(x, y);
    }

    /**
     * Sorts a[low..high): both halves recursively, then (unless already in order) the left half is
     * moved to the scratch array and merged with the right half back into place. Ties take the
     * left element, which makes the sort stable.
     */
    private static void mergeSort(Object[] a, int low, int high, Object[] scratch, TComparator<Object> c) {
        if (high - low <= 7) {
            for (int i = low + 1; i < high; i++) {
                Object x = a[i];
                int j = i;
                while (j > low && cmp(a[j - 1], x, c) > 0) {
                    a[j] = a[j - 1];
                    j--;
                }
                a[j] = x;
            }
            return;
        }
        int mid = (low + high) >>> 1;
        mergeSort(a, low, mid, scratch, c);
        mergeSort(a, mid, high, scratch, c);
        if (cmp(a[mid - 1], a[mid], c) <= 0) {
            return;
        }
        int leftLength = mid - low;
        System.arraycopy(a, low, scratch, 0, leftLength);
        int p = 0;
        int q = mid;
        int out = low;
        while (p < leftLength && q < high) {
            if (cmp(scratch[p], a[q], c) <= 0) {
                a[out++] = scratch[p++];
            } else {
                a[out++] = a[q++];
            }
        }
        while (p < leftLength) {
            a[out++] = scratch[p++];
        }
    }

    // ---- sorting primitives -------------------------------------------------------------------

    public static void sort(int[] a) {
        sortInts(a, 0, a.length);
    }

    public static void sort(int[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sortInts(a, fromIndex, toIndex);
    }

    /**
     * Introsort (Musser 1997): quicksort with the median of the first, middle and last elements
     * as pivot and Hoare's partition (equal elements split evenly), recursing into the smaller
     * part and looping on the larger (stack depth at most log2 n), insertion sort below 17
     * elements, and heapsort for a range that has been split more than 2 log2 n times, which
     * keeps the worst case O(n log n). No scratch memory. About twice as fast as heapsort alone.
     */
    private static void sortInts(int[] a, int from, int to) {
        introSortInts(a, from, to, 2 * (32 - Integer.numberOfLeadingZeros(to - from)));
    }

    private static void introSortInts(int[] a, int from, int to, int depth) {
        while (to - from > 16) {
            if (--depth < 0) {
                heapSortInts(a, from, to);
                return;
            }
            // the three samples in order in place: a[from] <= pivot <= a[to - 1] stop both scans
            int mid = (from + to) >>> 1;
            if (a[mid] < a[from]) {
                swap(a, mid, from);
            }
            if (a[to - 1] < a[mid]) {
                swap(a, to - 1, mid);
                if (a[mid] < a[from]) {
                    swap(a, mid, from);
                }
            }
            int pivot = a[mid];
            int i = from - 1;
            int j = to;
            while (true) {
                do {
                    i++;
                } while (a[i] < pivot);
                do {
                    j--;
                } while (a[j] > pivot);
                if (i >= j) {
                    break;
                }
                swap(a, i, j);
            }
            // a[from..j] <= pivot <= a[j+1..to)
            if (j + 1 - from < to - j - 1) {
                introSortInts(a, from, j + 1, depth);
                from = j + 1;
            } else {
                introSortInts(a, j + 1, to, depth);
                to = j + 1;
            }
        }
        for (int i = from + 1; i < to; i++) {
            int x = a[i];
            int j = i;
            while (j > from && a[j - 1] > x) {
                a[j] = a[j - 1];
                j--;
            }
            a[j] = x;
        }
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    private static void heapSortInts(int[] a, int from, int to) {
        int n = to - from;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftInts(a, from, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            int t = a[from];
            a[from] = a[from + end];
            a[from + end] = t;
            siftInts(a, from, 0, end);
        }
    }

    private static void siftInts(int[] a, int base, int i, int n) {
        int x = a[base + i];
        for (;;) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && a[base + child + 1] > a[base + child]) {
                child++;
            }
            if (a[base + child] <= x) {
                break;
            }
            a[base + i] = a[base + child];
            i = child;
        }
        a[base + i] = x;
    }

    public static void sort(long[] a) {
        introSortLongs(a, 0, a.length, 2 * (32 - Integer.numberOfLeadingZeros(a.length)));
    }

    /** introSortInts on long[] (see there). */
    private static void introSortLongs(long[] a, int from, int to, int depth) {
        while (to - from > 16) {
            if (--depth < 0) {
                heapSortLongs(a, from, to);
                return;
            }
            int mid = (from + to) >>> 1;
            if (a[mid] < a[from]) {
                swap(a, mid, from);
            }
            if (a[to - 1] < a[mid]) {
                swap(a, to - 1, mid);
                if (a[mid] < a[from]) {
                    swap(a, mid, from);
                }
            }
            long pivot = a[mid];
            int i = from - 1;
            int j = to;
            while (true) {
                do {
                    i++;
                } while (a[i] < pivot);
                do {
                    j--;
                } while (a[j] > pivot);
                if (i >= j) {
                    break;
                }
                swap(a, i, j);
            }
            if (j + 1 - from < to - j - 1) {
                introSortLongs(a, from, j + 1, depth);
                from = j + 1;
            } else {
                introSortLongs(a, j + 1, to, depth);
                to = j + 1;
            }
        }
        for (int i = from + 1; i < to; i++) {
            long x = a[i];
            int j = i;
            while (j > from && a[j - 1] > x) {
                a[j] = a[j - 1];
                j--;
            }
            a[j] = x;
        }
    }

    private static void swap(long[] a, int i, int j) {
        long t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    private static void heapSortLongs(long[] a, int from, int to) {
        int n = to - from;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftLongs(a, from, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            swap(a, from, from + end);
            siftLongs(a, from, 0, end);
        }
    }

    private static void siftLongs(long[] a, int base, int i, int n) {
        long x = a[base + i];
        for (;;) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && a[base + child + 1] > a[base + child]) {
                child++;
            }
            if (a[base + child] <= x) {
                break;
            }
            a[base + i] = a[base + child];
            i = child;
        }
        a[base + i] = x;
    }

    public static void sort(char[] a) {
        int[] t = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            t[i] = a[i];
        }
        sortInts(t, 0, t.length);
        for (int i = 0; i < a.length; i++) {
            a[i] = (char) t[i];
        }
    }

    public static void sort(short[] a) {
        int[] t = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            t[i] = a[i];
        }
        sortInts(t, 0, t.length);
        for (int i = 0; i < a.length; i++) {
            a[i] = (short) t[i];
        }
    }

    public static void sort(byte[] a) {
        int[] t = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            t[i] = a[i];
        }
        sortInts(t, 0, t.length);
        for (int i = 0; i < a.length; i++) {
            a[i] = (byte) t[i];
        }
    }

    // ---- searching ------------------------------------------------------------------------------

    public static int binarySearch(int[] a, int key) {
        return binarySearch(a, 0, a.length, key);
    }

    public static int binarySearch(int[] a, int fromIndex, int toIndex, int key) {
        rangeCheck(a.length, fromIndex, toIndex);
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int v = a[mid];
            if (v < key) {
                low = mid + 1;
            } else if (v > key) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    public static int binarySearch(char[] a, char key) {
        int low = 0;
        int high = a.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            char v = a[mid];
            if (v < key) {
                low = mid + 1;
            } else if (v > key) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    public static int binarySearch(long[] a, long key) {
        int low = 0;
        int high = a.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long v = a[mid];
            if (v < key) {
                low = mid + 1;
            } else if (v > key) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    public static int binarySearch(Object[] a, Object key) {
        return search(a, key, null);
    }

    @SuppressWarnings("unchecked")
    public static <T> int binarySearch(T[] a, T key, TComparator<? super T> c) {
        return search(a, key, (TComparator<Object>) c);
    }

    private static int search(Object[] a, Object key, TComparator<Object> c) {
        int low = 0;
        int high = a.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int r = cmp(a[mid], key, c);
            if (r < 0) {
                low = mid + 1;
            } else if (r > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    // ---- lists ----------------------------------------------------------------------------------

    /** A fixed-size list backed by the array: set writes through, add and remove throw. */
    @SafeVarargs
    public static <T> TList<T> asList(T... a) {
        if (a == null) {
            throw new NullPointerException();
        }
        return new TCollections.ImmList<T>(a, TCollections.ImmList.AS_LIST);
    }

    // ---- text -------------------------------------------------------------------------------------

    public static String toString(int[] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder();
        sb.append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(',').append(' ');
            }
            sb.append(a[i]);
        }
        return sb.append(']').toString();
    }

    public static String toString(long[] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder();
        sb.append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(',').append(' ');
            }
            sb.append(String.valueOf(a[i]));
        }
        return sb.append(']').toString();
    }

    public static String toString(short[] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder();
        sb.append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(',').append(' ');
            }
            sb.append((int) a[i]);
        }
        return sb.append(']').toString();
    }

    public static String toString(byte[] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder();
        sb.append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(',').append(' ');
            }
            sb.append((int) a[i]);
        }
        return sb.append(']').toString();
    }

    public static String toString(char[] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder();
        sb.append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(',').append(' ');
            }
            sb.append(a[i]);
        }
        return sb.append(']').toString();
    }

    public static String toString(boolean[] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder();
        sb.append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(',').append(' ');
            }
            sb.append(a[i]);
        }
        return sb.append(']').toString();
    }

    public static String toString(float[] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder();
        sb.append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(',').append(' ');
            }
            sb.append(a[i]);
        }
        return sb.append(']').toString();
    }

    public static String toString(double[] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder();
        sb.append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(',').append(' ');
            }
            sb.append(a[i]);
        }
        return sb.append(']').toString();
    }

    public static String toString(Object[] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder();
        sb.append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(',').append(' ');
            }
            sb.append(String.valueOf(a[i]));
        }
        return sb.append(']').toString();
    }

    /**
     * Arrays.deepToString: nested arrays as their contents, an array that contains itself (at any
     * depth) as "[...]".
     */
    public static String deepToString(Object[] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder();
        deepToString(a, sb, new TArrayList<Object[]>());
        return sb.toString();
    }

    private static void deepToString(Object[] a, StringBuilder sb, TArrayList<Object[]> open) {
        open.add(a);
        sb.append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(',').append(' ');
            }
            Object e = a[i];
            if (e instanceof Object[] inner) {
                boolean seen = false;
                for (int k = 0; k < open.size(); k++) {
                    if (open.get(k) == inner) {
                        seen = true;
                    }
                }
                if (seen) {
                    sb.append("[...]");
                } else {
                    deepToString(inner, sb, open);
                }
            } else if (e instanceof int[] x) {
                sb.append(toString(x));
            } else if (e instanceof long[] x) {
                sb.append(toString(x));
            } else if (e instanceof char[] x) {
                sb.append(toString(x));
            } else if (e instanceof byte[] x) {
                sb.append(toString(x));
            } else if (e instanceof short[] x) {
                sb.append(toString(x));
            } else if (e instanceof boolean[] x) {
                sb.append(toString(x));
            } else {
                sb.append(String.valueOf(e));
            }
        }
        sb.append(']');
        open.remove(open.size() - 1);
    }

    // ---- fill -----------------------------------------------------------------------------------
    // Primitive arrays of at most four-byte elements: a block fill (MemFill), whole words at a time,
    // after the same checks (the length read, which throws on null, and the range check).

    public static void fill(int[] a, int val) {
        int n = a.length;
        MemFill.fill(Address.of(a) + ObjectLayout.ARRAY_DATA, n, val, 2);
    }

    public static void fill(int[] a, int fromIndex, int toIndex, int val) {
        rangeCheck(a.length, fromIndex, toIndex);
        MemFill.fill(Address.of(a) + ObjectLayout.ARRAY_DATA + (fromIndex << 2), toIndex - fromIndex, val, 2);
    }

    public static void fill(long[] a, long val) {
        for (int i = 0; i < a.length; i++) {
            a[i] = val;
        }
    }

    public static void fill(char[] a, char val) {
        int n = a.length;
        MemFill.fill(Address.of(a) + ObjectLayout.ARRAY_DATA, n, val, 1);
    }

    public static void fill(char[] a, int fromIndex, int toIndex, char val) {
        rangeCheck(a.length, fromIndex, toIndex);
        MemFill.fill(Address.of(a) + ObjectLayout.ARRAY_DATA + (fromIndex << 1), toIndex - fromIndex, val, 1);
    }

    public static void fill(byte[] a, byte val) {
        int n = a.length;
        MemFill.fill(Address.of(a) + ObjectLayout.ARRAY_DATA, n, val, 0);
    }

    public static void fill(short[] a, short val) {
        int n = a.length;
        MemFill.fill(Address.of(a) + ObjectLayout.ARRAY_DATA, n, val, 1);
    }

    public static void fill(boolean[] a, boolean val) {
        int n = a.length;
        MemFill.fill(Address.of(a) + ObjectLayout.ARRAY_DATA, n, val ? 1 : 0, 0);
    }

    public static void fill(Object[] a, Object val) {
        for (int i = 0; i < a.length; i++) {
            a[i] = val;
        }
    }

    public static void fill(Object[] a, int fromIndex, int toIndex, Object val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    public static void fill(long[] a, int fromIndex, int toIndex, long val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    public static void fill(byte[] a, int fromIndex, int toIndex, byte val) {
        rangeCheck(a.length, fromIndex, toIndex);
        MemFill.fill(Address.of(a) + ObjectLayout.ARRAY_DATA + (fromIndex), toIndex - fromIndex, val, 0);
    }

    public static void fill(short[] a, int fromIndex, int toIndex, short val) {
        rangeCheck(a.length, fromIndex, toIndex);
        MemFill.fill(Address.of(a) + ObjectLayout.ARRAY_DATA + (fromIndex << 1), toIndex - fromIndex, val, 1);
    }

    public static void fill(boolean[] a, int fromIndex, int toIndex, boolean val) {
        rangeCheck(a.length, fromIndex, toIndex);
        MemFill.fill(Address.of(a) + ObjectLayout.ARRAY_DATA + (fromIndex), toIndex - fromIndex, val ? 1 : 0, 0);
    }

    public static long[] copyOfRange(long[] original, int from, int to) {
        int n = to - from;
        if (n < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        long[] copy = new long[n];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, n));
        return copy;
    }

    public static void sort(long[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        introSortLongs(a, fromIndex, toIndex, 2 * (32 - Integer.numberOfLeadingZeros(toIndex - fromIndex)));
    }

    // ---- copies ---------------------------------------------------------------------------------

    public static int[] copyOf(int[] original, int newLength) {
        int[] copy = new int[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static long[] copyOf(long[] original, int newLength) {
        long[] copy = new long[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static char[] copyOf(char[] original, int newLength) {
        char[] copy = new char[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static byte[] copyOf(byte[] original, int newLength) {
        byte[] copy = new byte[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static boolean[] copyOf(boolean[] original, int newLength) {
        boolean[] copy = new boolean[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    /** A copy of the same array class (a String[] stays a String[]). */
    @SuppressWarnings("unchecked")
    public static <T> T[] copyOf(T[] original, int newLength) {
        if (newLength < 0) {
            throw new NegativeArraySizeException(String.valueOf(newLength));
        }
        T[] copy = (T[]) TAbstractCollection.newArrayLike(original, newLength);
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static int[] copyOfRange(int[] original, int from, int to) {
        int n = to - from;
        if (n < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        int[] copy = new int[n];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, n));
        return copy;
    }

    public static char[] copyOfRange(char[] original, int from, int to) {
        int n = to - from;
        if (n < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        char[] copy = new char[n];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, n));
        return copy;
    }

    public static byte[] copyOfRange(byte[] original, int from, int to) {
        int n = to - from;
        if (n < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        byte[] copy = new byte[n];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, n));
        return copy;
    }

    @SuppressWarnings("unchecked")
    public static <T> T[] copyOfRange(T[] original, int from, int to) {
        int n = to - from;
        if (n < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        T[] copy = (T[]) TAbstractCollection.newArrayLike(original, n);
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, n));
        return copy;
    }

    // ---- equality and hashing -------------------------------------------------------------------

    public static boolean equals(int[] a, int[] b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    public static boolean equals(long[] a, long[] b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    public static boolean equals(char[] a, char[] b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    public static boolean equals(byte[] a, byte[] b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    public static boolean equals(boolean[] a, boolean[] b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    public static boolean equals(Object[] a, Object[] b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!TObjects.equals(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }

    public static int hashCode(int[] a) {
        if (a == null) {
            return 0;
        }
        int h = 1;
        for (int i = 0; i < a.length; i++) {
            h = 31 * h + a[i];
        }
        return h;
    }

    public static int hashCode(long[] a) {
        if (a == null) {
            return 0;
        }
        int h = 1;
        for (int i = 0; i < a.length; i++) {
            long v = a[i];
            h = 31 * h + (int) (v ^ (v >>> 32));
        }
        return h;
    }

    public static int hashCode(char[] a) {
        if (a == null) {
            return 0;
        }
        int h = 1;
        for (int i = 0; i < a.length; i++) {
            h = 31 * h + a[i];
        }
        return h;
    }

    public static int hashCode(byte[] a) {
        if (a == null) {
            return 0;
        }
        int h = 1;
        for (int i = 0; i < a.length; i++) {
            h = 31 * h + a[i];
        }
        return h;
    }

    public static int hashCode(boolean[] a) {
        if (a == null) {
            return 0;
        }
        int h = 1;
        for (int i = 0; i < a.length; i++) {
            h = 31 * h + (a[i] ? 1231 : 1237);
        }
        return h;
    }

    public static int hashCode(Object[] a) {
        if (a == null) {
            return 0;
        }
        int h = 1;
        for (int i = 0; i < a.length; i++) {
            Object e = a[i];
            h = 31 * h + (e == null ? 0 : e.hashCode());
        }
        return h;
    }
}
