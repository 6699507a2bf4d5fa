// Natural-order sorts of Integer ranges at the edges of TArrays.sortIntegers' choices, against
// HotSpot. Values that fit beside their positions are packed ((value - min) << bits | position) and
// sorted as ints: by merging below 64 elements, by LSD radix (digits of 4..9 bits, 1 to 5 passes)
// from 64 on; wider spans take the position sort; past 1024 elements the general merge sort.
// This program sits on each seam: n = 63/64/65 ... 1023/1024/1025 (the radix threshold, the
// position-bit counts, the length limit), value spans exactly at the packing limit
// (Integer.MAX_VALUE >>> bits) and one past it, ranges placed at MIN_VALUE, around 0 and at
// MAX_VALUE, spans of 1..25 bits (every radix pass count), all-equal and two-valued ranges,
// sorted and reversed input. Every element is a distinct Integer object, so a stable sort is
// checked by identity: each original element must land at its value's run start plus the count of
// equal elements before it.
import java.util.Arrays;

public class IntegerSortBoundaries {
    static int seed = 0x2545F491;

    static int next() {
        seed ^= seed << 13;
        seed ^= seed >>> 17;
        seed ^= seed << 5;
        return seed;
    }

    /** A value in [0, span] (span read as unsigned, up to 2^32 - 1). */
    static int below(int span) {
        if (span >= 0 && span < Integer.MAX_VALUE) {
            return (next() >>> 1) % (span + 1);
        }
        int v = next();
        while (Integer.compareUnsigned(v, span) > 0) {
            v = next();
        }
        return v;
    }

    /**
     * Sorts a[from..to) with Arrays.sort and checks it: values non-decreasing, then each original
     * element (in original order) must sit at the start of its value's run in the output plus the
     * number of equal elements before it; as every element is a distinct object, that shows a
     * permutation and stability. Outside the range nothing may move.
     */
    static String check(Object[] a, int from, int to) {
        Object[] before = a.clone();
        int n = to - from;
        if (from == 0 && to == a.length) {
            Arrays.sort(a);
        } else {
            Arrays.sort(a, from, to);
        }
        int outside = 0;
        for (int i = 0; i < a.length; i++) {
            if ((i < from || i >= to) && a[i] != before[i]) {
                outside++;
            }
        }
        int[] sv = new int[n];
        int unordered = 0;
        int h = 1;
        for (int i = 0; i < n; i++) {
            sv[i] = (Integer) a[from + i];
            h = h * 1000003 + sv[i];
            if (i > 0 && sv[i - 1] > sv[i]) {
                unordered++;
            }
        }
        int wrongObject = 0;
        int first = -1;
        int[] used = new int[n];
        for (int i = 0; i < n && unordered == 0; i++) {
            Object o = before[from + i];
            int v = (Integer) o;
            int lo = 0;
            int hi = n;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sv[mid] < v) lo = mid + 1; else hi = mid;
            }
            int at = lo + used[lo]++;
            if (at >= n || a[from + at] != o) {
                wrongObject++;
                if (first < 0) first = i;
            }
        }
        return "unordered " + unordered + " objects " + wrongObject + " outside " + outside
                + (first >= 0 ? " first " + first : "") + " h " + Integer.toHexString(h);
    }

    static Integer[] range(int n, int min, int span) {
        Integer[] a = new Integer[n];
        for (int i = 0; i < n; i++) {
            a[i] = new Integer(min + below(span));
        }
        // both ends present, at random places, so max - min is exactly span
        if (n >= 2) {
            int p = below(n - 1);
            int q = (p + 1 + below(n - 2)) % n;
            a[p] = new Integer(min);
            a[q] = new Integer(min + span);
        }
        return a;
    }

    static int positionBits(int n) {
        return 32 - Integer.numberOfLeadingZeros(n - 1);
    }

    public static void main(String[] args) {
        int[] sizes = {63, 64, 65, 127, 128, 129, 511, 512, 513, 1023, 1024, 1025};

        for (int n : sizes) {
            int limit = Integer.MAX_VALUE >>> positionBits(n);
            int[] spans = {limit, limit + 1, 1, 16, 17};
            int k = 0;
            for (int span : spans) {
                int[] mins = {Integer.MIN_VALUE, -(span >>> 1), Integer.MAX_VALUE - span};
                for (int min : mins) {
                    boolean seam = span == limit || span == limit + 1;
                    // every min for the seam spans of short ranges, one (in turn) otherwise:
                    // keeps the emulator's time down
                    if ((!seam || n > 200) && k++ % 3 != 0) {
                        continue;
                    }
                    System.out.println("n " + n + " span " + span + " min " + min + ": "
                            + check(range(n, min, span), 0, n));
                }
            }
        }

        // short ranges (merged, insertion below 8) with spans at their own packing limits
        for (int n : new int[] {2, 3, 4, 5, 8, 9, 16, 17, 32, 33}) {
            int limit = Integer.MAX_VALUE >>> positionBits(n);
            StringBuilder sb = new StringBuilder("short " + n + ":");
            for (int span : new int[] {limit, limit + 1}) {
                for (int min : new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE - span}) {
                    String r = check(range(n, min, span), 0, n);
                    sb.append(r.startsWith("unordered 0 objects 0 outside 0") ? " ok" : " [" + r + "]");
                    sb.append(r.substring(r.indexOf(" h ") + 2));
                }
            }
            System.out.println(sb);
        }

        // spans of every bit width at the radix threshold and at its widest digit count
        for (int n : new int[] {64, 300}) {
            int maxBits = 31 - positionBits(n);
            StringBuilder sb = new StringBuilder("bits n " + n + ":");
            for (int b = 1; b <= maxBits + 1; b++) {
                int span = b == 32 ? -1 : (int) ((1L << b) - 1);
                String r = check(range(n, -12345, span), 0, n);
                sb.append(r.startsWith("unordered 0 objects 0 outside 0") ? " ok" : " [" + b + " " + r + "]");
                sb.append(r.substring(r.indexOf(" h ") + 2, r.indexOf(" h ") + 6));
            }
            System.out.println(sb);
        }

        // the whole int range, all-equal and two-valued ranges, sorted and reversed input
        for (int n : new int[] {2, 7, 8, 63, 64, 65, 1024, 1025}) {
            boolean big = n > 1000;
            System.out.println("full " + n + ": " + check(range(n, Integer.MIN_VALUE, -1), 0, n));
            Integer[] same = new Integer[n];
            Integer[] two = new Integer[n];
            Integer[] asc = new Integer[n];
            Integer[] desc = new Integer[n];
            for (int i = 0; i < n; i++) {
                same[i] = new Integer(-7);
                two[i] = new Integer((next() & 1) == 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE);
                asc[i] = new Integer(i * 3 - 1000);
                desc[i] = new Integer(Integer.MAX_VALUE - i);
            }
            System.out.println("same " + n + ": " + check(same, 0, n));
            System.out.println("two " + n + ": " + check(two, 0, n));
            Integer[] adjacent = range(n, 1000, 1);
            if (!big) System.out.println("adjacent " + n + ": " + check(adjacent, 0, n));
            if (!big) System.out.println("asc " + n + ": " + check(asc, 0, n));
            System.out.println("desc " + n + ": " + check(desc, 0, n));
        }

        // sub-ranges whose length sits on a seam, inside longer arrays (Object[] as well)
        int[][] ranges = {{1, 64}, {3, 67}, {100, 165}, {0, 1024}, {1, 1025}, {5, 1030}, {2000, 2063}};
        for (int[] r : ranges) {
            int len = r[1] + 17;
            Object[] a = new Object[len];
            int limit = Integer.MAX_VALUE >>> positionBits(r[1] - r[0]);
            Integer[] vals = range(len, -100, limit);
            System.arraycopy(vals, 0, a, 0, len);
            a[len - 1] = "not an Integer, outside the range";
            System.out.println("sub " + r[0] + ".." + r[1] + ": " + check(a, r[0], r[1]));
        }
    }
}
