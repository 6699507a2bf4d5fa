// Natural-order sorts of ranges holding only Integers (TArrays' int-key path: values sorted by
// position, then the elements moved along the permutation's cycles), against HotSpot: equal values
// that are distinct objects keep their order (identity shows it), short and long ranges, sorted,
// reversed and constant input, sub-ranges of arrays left untouched outside, Integer[] and Object[]
// arrays, extreme values, and ranges that leave the int path (a null, a String, a Long, past its
// length limit) with the JDK's exceptions.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

public class IntegerRangeSorts {
    static int seed = 12345;

    static int next(int bound) {
        seed = seed * 1103515245 + 12345;
        return ((seed >>> 8) & 0x7fffff) % bound;
    }

    /** Checksum over values and over which object sits where (identity, via the original index). */
    static String describe(Object[] sorted, Object[] original) {
        long h = 17;
        for (Object o : sorted) {
            int idx = -1;
            for (int i = 0; i < original.length; i++) {
                if (original[i] == o) {
                    idx = i;
                    break;
                }
            }
            h = h * 31 + (o == null ? 7 : o.hashCode());
            h = h * 31 + idx;
        }
        return sorted.length + ":" + Long.toHexString(h);
    }

    static Integer[] boxes(int n, int bound) {
        Integer[] a = new Integer[n];
        for (int i = 0; i < n; i++) {
            a[i] = new Integer(next(bound) - bound / 2); // distinct objects, equal values
        }
        return a;
    }

    static void sortAndShow(String what, Integer[] a) {
        Object[] before = a.clone();
        Arrays.sort(a);
        boolean ordered = true;
        for (int i = 1; i < a.length; i++) {
            ordered &= a[i - 1] <= a[i];
        }
        System.out.println(what + " " + ordered + " " + describe(a, before));
    }

    public static void main(String[] args) {
        int[] sizes = {0, 1, 2, 3, 7, 8, 9, 15, 16, 17, 100, 333, 1024, 1025};
        for (int n : sizes) {
            sortAndShow("random " + n, boxes(n, 50));
            sortAndShow("wide " + n, boxes(n, 1 << 22));
        }
        Integer[] asc = new Integer[300];
        Integer[] desc = new Integer[300];
        Integer[] same = new Integer[300];
        for (int i = 0; i < 300; i++) {
            asc[i] = new Integer(i);
            desc[i] = new Integer(300 - i);
            same[i] = new Integer(42);
        }
        sortAndShow("ascending", asc);
        sortAndShow("descending", desc);
        sortAndShow("constant", same);
        Integer[] extremes = {Integer.MAX_VALUE, 0, Integer.MIN_VALUE, -1, 1, Integer.MIN_VALUE,
                Integer.MAX_VALUE, 128, -129};
        sortAndShow("extremes", extremes);
        System.out.println(Arrays.toString(extremes));

        // a sub-range: the rest of the array stays as it was
        Object[] objs = new Object[40];
        for (int i = 0; i < objs.length; i++) {
            objs[i] = Integer.valueOf(next(10));
        }
        Object[] copy = objs.clone();
        Arrays.sort(objs, 5, 33);
        System.out.println(Arrays.toString(objs) + " " + describe(objs, copy));

        // lists: ArrayList.sort(null), Collections.sort, List.sort on a view
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            list.add(next(1000) - 500);
        }
        Object[] listBefore = list.toArray();
        list.sort(null);
        System.out.println(list.subList(0, 12) + " " + describe(list.toArray(), listBefore));
        Collections.sort(list, Collections.reverseOrder());
        Collections.sort(list);
        System.out.println(list.get(0) + " " + list.get(499) + " " + describe(list.toArray(), listBefore));
        List<Integer> fixed = Arrays.asList(5, 3, 9, 1, 3, 7, 2, 8, 6, 4, 0);
        fixed.sort(null);
        System.out.println(fixed);

        // leaving the int path: a null, a String, a Long; the exceptions and the array afterwards
        Object[][] bad = {
            {3, 1, null, 2, 9, 4, 0, 8, 5, 7, 6},
            {3, 1, 2, "x", 9, 4, 0, 8, 5, 7, 6},
            {3, 1, 2, 9, 4, 0, 8, 5, 7, 6, 5L},
            {null, null},
        };
        for (Object[] b : bad) {
            try {
                Arrays.sort(b);
                System.out.println("sorted " + Arrays.toString(b));
            } catch (RuntimeException e) {
                // the message depends on which pair the sort compares first: the JDK's TimSort and
                // this merge sort differ there, so only the exception's class is compared
                System.out.println(e.getClass().getName());
            }
        }
        Object[] one = {null};
        Arrays.sort(one);
        System.out.println(Arrays.toString(one));
    }
}
