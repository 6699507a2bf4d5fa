// Arrays.sort of int[], long[], char[], short[] and byte[] (TArrays' introsort: median-of-three quicksort,
// Hoare partition, insertion sort below 17, heapsort past 2 log2 n splits) against HotSpot, on the
// inputs that break quicksorts: sorted, reversed, all equal, two values, organ pipe, sawtooth,
// many duplicates, sizes around the insertion-sort cutoff, extreme values, and sub-ranges that must
// leave the rest of the array untouched; the range checks' exceptions too.
import java.util.Arrays;

public class PrimitiveSortPatterns {
    static int seed = 2463534;

    static int next() {
        seed ^= seed << 13;
        seed ^= seed >>> 17;
        seed ^= seed << 5;
        return seed;
    }

    static long digest(int[] a) {
        long h = 1;
        for (int v : a) {
            h = h * 1000003 + v;
        }
        return h;
    }

    static boolean sorted(int[] a, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (a[i - 1] > a[i]) {
                return false;
            }
        }
        return true;
    }

    static int[] pattern(int kind, int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = switch (kind) {
                case 0 -> i;                                 // sorted
                case 1 -> n - i;                             // reversed
                case 2 -> 7;                                 // all equal
                case 3 -> i % 2;                             // two values
                case 4 -> i < n / 2 ? i : n - i;             // organ pipe
                case 5 -> i % 17;                            // sawtooth
                case 6 -> next() % 10;                       // many duplicates, negative too
                case 7 -> next();                            // random over the whole range
                case 8 -> i % 3 == 0 ? Integer.MIN_VALUE : i % 3 == 1 ? Integer.MAX_VALUE : 0;
                default -> (i * 7919) % n;                   // a permutation
            };
        }
        return a;
    }

    public static void main(String[] args) {
        int[] sizes = {0, 1, 2, 3, 15, 16, 17, 18, 33, 100, 257, 1000};
        for (int kind = 0; kind <= 9; kind++) {
            StringBuilder line = new StringBuilder("kind " + kind + ":");
            for (int n : sizes) {
                int[] a = pattern(kind, n);
                Arrays.sort(a);
                line.append(' ').append(sorted(a, 0, n) ? "" : "UNSORTED ").append(Long.toHexString(digest(a)));
            }
            System.out.println(line);
        }
        // sub-ranges: the rest stays as it was
        for (int kind : new int[] {1, 6, 7}) {
            int[] a = pattern(kind, 300);
            int[] before = a.clone();
            Arrays.sort(a, 37, 251);
            boolean restKept = true;
            for (int i = 0; i < 300; i++) {
                if ((i < 37 || i >= 251) && a[i] != before[i]) {
                    restKept = false;
                }
            }
            System.out.println("range " + kind + " " + sorted(a, 37, 251) + " " + restKept + " " + Long.toHexString(digest(a)));
        }
        // long[]: the same patterns widened, values beyond the int range, and a sub-range
        for (int kind = 0; kind <= 9; kind++) {
            StringBuilder line = new StringBuilder("long " + kind + ":");
            for (int n : new int[] {0, 1, 17, 100, 600}) {
                int[] p = pattern(kind, n);
                long[] l = new long[n];
                for (int i = 0; i < n; i++) {
                    l[i] = (long) p[i] * 3_000_000_017L + (kind == 7 ? next() : 0);
                }
                Arrays.sort(l);
                long h = 1;
                boolean ok = true;
                for (int i = 0; i < n; i++) {
                    h = h * 1000003 + l[i];
                    ok &= i == 0 || l[i - 1] <= l[i];
                }
                line.append(' ').append(ok ? "" : "UNSORTED ").append(Long.toHexString(h));
            }
            System.out.println(line);
        }
        long[] lr = {9, 8, 7, 6, 5, 4, 3, 2, 1, 0, Long.MIN_VALUE, Long.MAX_VALUE, -1};
        Arrays.sort(lr, 2, 12);
        System.out.println(Arrays.toString(lr));
        try {
            Arrays.sort(lr, 5, 14);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e);
        }
        // the narrow types go through int[]
        char[] cs = "the quick brown fox jumps over the lazy dog, again and again".toCharArray();
        Arrays.sort(cs);
        System.out.println(new String(cs));
        short[] ss = new short[200];
        byte[] bs = new byte[200];
        for (int i = 0; i < 200; i++) {
            ss[i] = (short) next();
            bs[i] = (byte) next();
        }
        Arrays.sort(ss);
        Arrays.sort(bs);
        System.out.println(ss[0] + " " + ss[100] + " " + ss[199] + " " + bs[0] + " " + bs[100] + " " + bs[199]);
        System.out.println(Arrays.toString(Arrays.copyOf(bs, 12)));
        // range checks
        int[] small = {3, 1, 2};
        try {
            Arrays.sort(small, 2, 1);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        try {
            Arrays.sort(small, -1, 2);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e);
        }
        try {
            Arrays.sort(small, 0, 4);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e);
        }
        Arrays.sort(small, 1, 1);
        System.out.println(Arrays.toString(small));
    }
}
