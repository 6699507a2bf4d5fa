// Natural-order sorts (List.sort(null), Collections.sort) of Integer lists of every kind the class
// library hands out, against HotSpot: which sort, which throw UnsupportedOperationException and
// which do nothing. The JDK's emptyList() and singletonList() override sort as a no-op (sorting
// them never throws); nCopies(n, x) inherits List.sort, which fails only when it calls set, so
// nCopies(0, x) sorts quietly; List.of and unmodifiableList throw even when already sorted.
// Also Vector, Stack, an ArrayList's subList (the rest of the list untouched), arrays typed
// Comparable[] and Number[] holding Integers, a PriorityQueue's toArray, and Arrays.sort's
// range checks (messages included). Found a defect (2026-12-05, fixed the same day): the device's
// emptyList, singletonList and nCopies(0, x) threw UnsupportedOperationException from sort.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Stack;
import java.util.Vector;

public class IntegerListViewSorts {
    static void sortBoth(String what, List<Integer> l) {
        try {
            Collections.sort(l);
            System.out.println(what + " sorted " + l);
        } catch (RuntimeException e) {
            System.out.println(what + " " + e.getClass().getName() + " " + l);
        }
        try {
            l.sort(Collections.reverseOrder());
            System.out.println(what + " reversed " + l);
        } catch (RuntimeException e) {
            System.out.println(what + " reversed " + e.getClass().getName() + " " + l);
        }
    }

    public static void main(String[] args) {
        Vector<Integer> v = new Vector<>();
        for (int i = 0; i < 70; i++) {
            v.add(new Integer((i * 37) % 11 - 5));
        }
        sortBoth("vector", v);
        Stack<Integer> s = new Stack<>();
        for (int i = 0; i < 10; i++) {
            s.push(9 - i);
        }
        sortBoth("stack", s);
        System.out.println("stack peek " + s.peek());

        sortBoth("List.of", List.of(3, 1, 2));
        sortBoth("List.of sorted", List.of(1, 2, 3));
        sortBoth("List.of one", List.of(3));
        sortBoth("List.of none", List.of());
        sortBoth("unmodifiable", Collections.unmodifiableList(new ArrayList<>(List.of(3, 1, 2))));
        sortBoth("nCopies", Collections.nCopies(5, 7));

        // the JDK does nothing here (no exception)
        sortBoth("singletonList", Collections.singletonList(5));
        sortBoth("emptyList", Collections.emptyList());
        sortBoth("nCopies 0", Collections.nCopies(0, 7));

        List<Integer> al = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            al.add(100 - i);
        }
        sortBoth("subList", al.subList(10, 80));
        System.out.println(al.get(9) + " " + al.get(10) + " " + al.get(79) + " " + al.get(80));

        Comparable[] cs = new Comparable[65];
        Number[] ns = new Number[65];
        for (int i = 0; i < 65; i++) {
            cs[i] = 64 - i;
            ns[i] = (i * 29) % 65 - 32;
        }
        Arrays.sort(cs);
        Arrays.sort(ns);
        System.out.println(cs[0] + " " + cs[64] + " " + ns[0] + " " + ns[1] + " " + ns[64]);
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        for (int i = 0; i < 70; i++) {
            pq.add((i * 13) % 70);
        }
        Object[] pa = pq.toArray();
        Arrays.sort(pa);
        System.out.println(pa[0] + " " + pa[1] + " " + pa[69]);

        Integer[] arr = {5, 4, 3, 2, 1};
        int[][] bad = {{3, 1}, {-1, 3}, {1, 6}};
        for (int[] r : bad) {
            try {
                Arrays.sort(arr, r[0], r[1]);
            } catch (RuntimeException e) {
                System.out.println(e);
            }
        }
        Arrays.sort(arr, 2, 2);
        Arrays.sort(arr, 5, 5);
        Arrays.sort(arr, 3, 5);
        System.out.println(Arrays.toString(arr));
    }
}
