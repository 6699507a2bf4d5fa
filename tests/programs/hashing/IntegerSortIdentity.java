// Stability of natural-order Integer sorts shown by identity, against HotSpot: TArrays.sortIntegers
// packs (value - min) << bits | position and moves the elements back from a copy with raw stores,
// so a wrong position mask, a lost low bit or a radix pass that is not stable would swap equal
// values held by distinct objects (new Integer(v), valueOf beyond the cache) or put one object in
// two places. The original index of every element is printed (found by ==). Also: the same object
// several times in one array, cached valueOf objects beside fresh ones, ArrayList.sort(null) on a
// list whose array is longer than its size, LinkedList, Arrays.asList, subList views, Collections
// .sort, sorting again after set/add/remove, the modCount bump (an iterator open across a sort),
// Comparator.naturalOrder(), and ranges that leave the int path late (a null or a Long at the end).
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;

public class IntegerSortIdentity {
    static int seed = 77;

    static int next(int bound) {
        seed = seed * 1103515245 + 12345;
        return ((seed >>> 8) & 0x7fffff) % bound;
    }

    /** The original index of each element of sorted, by identity (-1: not in original). */
    static String indices(Object[] sorted, Object[] original) {
        StringBuilder sb = new StringBuilder();
        for (Object o : sorted) {
            int idx = -1;
            for (int i = 0; i < original.length; i++) {
                if (original[i] == o) {
                    idx = i;
                    break;
                }
            }
            sb.append(idx).append(' ');
        }
        return sb.toString().trim();
    }

    static void show(String what, Object[] sorted, Object[] original) {
        System.out.println(what + ": " + Arrays.toString(sorted));
        System.out.println("  from " + indices(sorted, original));
    }

    public static void main(String[] args) {
        // few distinct values, many ties, at the merge/radix seam and across the packing limit
        for (int n : new int[] {5, 8, 9, 63, 64, 65, 130}) {
            for (int span : new int[] {2, 3, 1000, Integer.MAX_VALUE >>> (32 - Integer.numberOfLeadingZeros(n - 1))}) {
                Integer[] a = new Integer[n];
                for (int i = 0; i < n; i++) {
                    int v = span == 2 || span == 3 ? next(span) : (next(3) * (span / 2));
                    a[i] = new Integer(v - 500);
                }
                Integer[] before = a.clone();
                Arrays.sort(a);
                show("n " + n + " span " + span, a, before);
            }
        }

        // one object in several places; cached valueOf objects (-128..127) beside new ones
        Integer shared = new Integer(1000);
        Integer cached = Integer.valueOf(7);
        Object[] mixed = {shared, Integer.valueOf(7), new Integer(7), shared, 1000, cached,
                Integer.valueOf(1000), shared, -129, Integer.valueOf(-129), new Integer(-129), cached};
        Object[] mixedBefore = mixed.clone();
        Arrays.sort(mixed);
        show("mixed", mixed, mixedBefore);
        System.out.println("  shared at " + (mixed[9] == shared) + (mixed[10] == shared) + (mixed[11] == shared)
                + " cached " + (mixed[3] == cached) + (mixed[4] == cached));

        // 64 copies of one object plus 64 of another: the radix path with two values
        Integer lo = new Integer(-5);
        Integer hi = new Integer(Integer.MAX_VALUE / 4);
        Integer[] pairs = new Integer[128];
        for (int i = 0; i < 128; i++) {
            pairs[i] = (i % 3 == 0) ? lo : (i % 3 == 1 ? hi : new Integer(i % 2 == 0 ? -5 : Integer.MAX_VALUE / 4));
        }
        Integer[] pairsBefore = pairs.clone();
        Arrays.sort(pairs, 1, 127);
        show("pairs 1..127", pairs, pairsBefore);

        // an ArrayList whose array has spare room, sorted, changed, sorted again
        List<Integer> list = new ArrayList<>(200);
        for (int i = 0; i < 70; i++) {
            list.add(new Integer(next(5) * 300 - 600));
        }
        Object[] l0 = list.toArray();
        list.sort(null);
        show("list", list.toArray(), l0);
        list.set(0, new Integer(10000));
        list.add(new Integer(-10000));
        list.remove(35);
        list.add(10, new Integer(0));
        Object[] l1 = list.toArray();
        Collections.sort(list);
        show("list again", list.toArray(), l1);
        list.subList(5, 69).sort(Collections.reverseOrder());
        Object[] l2 = list.toArray();
        list.subList(5, 69).sort(null);
        show("subList", list.toArray(), l2);
        Object[] l3 = list.toArray();
        list.sort(Comparator.naturalOrder());
        show("naturalOrder", list.toArray(), l3);

        // the sort counts as a modification: an iterator open across it fails
        Iterator<Integer> it = list.iterator();
        it.next();
        list.sort(null);
        try {
            it.next();
            System.out.println("no CME");
        } catch (ConcurrentModificationException e) {
            System.out.println("CME after sort");
        }

        LinkedList<Integer> linked = new LinkedList<>();
        for (int i = 0; i < 66; i++) {
            linked.add(new Integer(next(4)));
        }
        Object[] k0 = linked.toArray();
        Collections.sort(linked);
        show("linked", linked.toArray(), k0);

        Integer[] backing = new Integer[65];
        for (int i = 0; i < backing.length; i++) {
            backing[i] = new Integer(Integer.MIN_VALUE + next(2));
        }
        Integer[] b0 = backing.clone();
        Arrays.asList(backing).sort(null);
        show("asList", backing, b0);

        // leaving late: all Integers but the last element; the array must come back unchanged
        // by the int path, then the general sort throws or sorts as the JDK does
        Object[] lateNull = new Object[64];
        Object[] lateLong = new Object[64];
        for (int i = 0; i < 64; i++) {
            lateNull[i] = new Integer(next(9));
            lateLong[i] = new Integer(next(9));
        }
        lateNull[63] = null;
        lateLong[63] = 5L;
        for (Object[] late : new Object[][] {lateNull, lateLong}) {
            Object[] before = late.clone();
            try {
                Arrays.sort(late);
                System.out.println("sorted");
            } catch (RuntimeException e) {
                System.out.println(e.getClass().getName());
            }
            // what the sort did before it threw differs between TimSort and a merge sort: only
            // that every object is still there once
            int same = 0;
            for (Object o : before) {
                for (Object p : late) {
                    if (o == p) {
                        same++;
                        break;
                    }
                }
            }
            System.out.println("  all there " + (same == 64));
        }
    }
}
