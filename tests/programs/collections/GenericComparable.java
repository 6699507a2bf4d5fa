// Found a defect: Comparable.compareTo on a String or a boxed Double threw ClassCastException on the device.
// Generic code over Comparable given Strings and boxed values: compareTo through the interface,
// casts to Comparable and instanceof Comparable must treat a String as the JVM does.
import java.util.*;

public class GenericComparable {
    static <T extends Comparable<T>> T max(List<T> xs) {
        T best = xs.get(0);
        for (T x : xs) if (x.compareTo(best) > 0) best = x;
        return best;
    }

    static <T extends Comparable<? super T>> void insertionSort(T[] a) {
        for (int i = 1; i < a.length; i++) {
            T v = a[i];
            int j = i - 1;
            while (j >= 0 && a[j].compareTo(v) > 0) { a[j + 1] = a[j]; j--; }
            a[j + 1] = v;
        }
    }

    record Version(int major, int minor) implements Comparable<Version> {
        public int compareTo(Version o) { return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor); }
    }

    public static void main(String[] args) {
        System.out.println(max(List.of("pear", "apple", "zucchini", "fig")));
        System.out.println(max(List.of(3, 17, -4)) + " " + max(List.of(2.5, -1.0)) + " " + max(List.of('a', 'q')));
        System.out.println(max(List.of(new Version(1, 9), new Version(2, 0), new Version(1, 10))));
        String[] words = {"delta", "alpha", "charlie", "bravo"};
        insertionSort(words);
        System.out.println(String.join(",", words));
        Object o = "text";
        System.out.println((o instanceof Comparable) + " " + (new Object[0] instanceof Comparable[]) + " " + (((Object) new Version(1, 1)) instanceof Comparable));
        Comparable<String> c = (Comparable<String>) o;
        System.out.println(c.compareTo("texu"));
        try {
            Object p = new int[0];
            Comparable<?> bad = (Comparable<?>) p;
            System.out.println(bad);
        } catch (ClassCastException e) {
            System.out.println("CCE");
        }
    }
}
