// Attacks the aastore check (Throw.checkArrayStore) and array type tests for arrays of JDK
// interfaces whose implementations include Strings and StringBuilders, which have no interface
// tables on the device: storing a String or a StringBuilder into a Comparable[] (the textbook
// `Comparable[] a = {"b", "a"}` and the generic heap's `(T[]) new Comparable[n]`), a String[]
// into a Comparable[][], and String[] instanceof / cast to Comparable[], must all succeed as on
// HotSpot, while values that are not Comparable (an ArrayList, an Object[]) must still throw.
// Found a defect (2026-12-05, fixed the same day): every String/StringBuilder case threw
// ArrayStoreException or ClassCastException, and instanceof answered false (rtgo.runtime.Types
// did not count a String as Comparable; StringBuilder did not implement it).
import java.util.ArrayList;
import java.util.Arrays;

public class ComparableArrayStores {
    static class MinHeap<T extends Comparable<T>> {
        @SuppressWarnings("unchecked")
        T[] a = (T[]) new Comparable[8];
        int n;

        void add(T t) {
            int i = n++;
            a[i] = t;
            while (i > 0 && a[(i - 1) / 2].compareTo(a[i]) > 0) {
                T p = a[(i - 1) / 2];
                a[(i - 1) / 2] = a[i];
                a[i] = p;
                i = (i - 1) / 2;
            }
        }

        T min() { return a[0]; }
    }

    static void attempt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e);
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public static void main(String[] args) {
        attempt("Comparable[] literal of Strings", () -> {
            Comparable[] direct = {"b", "a", "c"};
            Arrays.sort(direct);
            System.out.println(Arrays.toString(direct));
        });
        attempt("MinHeap<String>", () -> {
            MinHeap<String> h = new MinHeap<>();
            for (String s : new String[] {"pear", "fig", "apple", "kiwi"}) {
                h.add(s);
            }
            System.out.println(h.min() + " " + h.n);
        });
        attempt("MinHeap<Integer>", () -> {
            MinHeap<Integer> h = new MinHeap<>();
            for (int v : new int[] {5, 3, 9, 1}) {
                h.add(v);
            }
            System.out.println(h.min() + " " + h.n);
        });
        Object[] view = new Comparable[5];
        attempt("Comparable[] <- String", () -> view[0] = "s");
        attempt("Comparable[] <- StringBuilder", () -> view[1] = new StringBuilder("sb"));
        attempt("Comparable[] <- Character", () -> view[2] = 'c');
        attempt("Comparable[] <- ArrayList", () -> view[3] = new ArrayList<>());
        attempt("Comparable[] <- Object[]", () -> view[4] = new Object[0]);
        System.out.println(Arrays.toString(view));

        Object strs = new String[] {"y", "x"};
        System.out.println("String[] instanceof Comparable[]: " + (strs instanceof Comparable[]));
        System.out.println("String[] instanceof Object[]: " + (strs instanceof Object[]));
        attempt("(Comparable[]) String[]", () -> {
            Comparable[] c = (Comparable[]) strs;
            Arrays.sort(c);
            System.out.println(Arrays.toString(c));
        });
        Object[] nested = new Comparable[2][];
        attempt("Comparable[][] <- String[]", () -> nested[0] = new String[] {"n"});
        attempt("Comparable[][] <- Integer[]", () -> nested[1] = new Integer[1]);
        attempt("Comparable[][] <- Object[]", () -> nested[1] = new Object[1]);
    }
}
