// Collections: sorting records with comparing/thenComparing/reversed/comparingInt/nullsFirst, stable sort, Arrays.sort ranges, binarySearch
import java.util.*;
public class C06ComparatorSort {
    record Emp(String name, String dept, int age, long salary, double rating) {}
    public static void main(String[] args) {
        List<Emp> emps = new ArrayList<>(List.of(
            new Emp("ann", "eng", 34, 120000L, 4.5), new Emp("bob", "ops", 45, 90000L, 3.9), new Emp("cid", "eng", 28, 120000L, 4.1),
            new Emp("dee", "hr", 51, 70000L, 4.9), new Emp("eve", "eng", 34, 150000L, 2.5), new Emp("fay", "ops", 23, 60000L, 4.0),
            new Emp("gus", "hr", 38, 70000L, 3.3), new Emp("hal", "eng", 45, 99000L, 4.5)));
        emps.sort(Comparator.comparing(Emp::dept).thenComparing(Emp::salary, Comparator.reverseOrder()).thenComparing(Emp::name));
        emps.forEach(e -> System.out.println(e));
        emps.sort(Comparator.comparingInt(Emp::age).reversed().thenComparing(Emp::name));
        StringJoiner sj = new StringJoiner(", ", "[", "]");
        for (Emp e : emps) sj.add(e.name() + ":" + e.age());
        System.out.println(sj);
        emps.sort(Comparator.comparing(Emp::rating).thenComparingInt(e -> -e.age()));
        for (Emp e : emps) System.out.print(e.name() + "=" + e.rating() + " ");
        System.out.println();
        List<String> withNulls = new ArrayList<>(Arrays.asList("pear", null, "apple", "fig", null, "banana", "kiwi"));
        withNulls.sort(Comparator.nullsFirst(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())));
        System.out.println(withNulls);
        withNulls.sort(Comparator.nullsLast(Comparator.<String>reverseOrder()));
        System.out.println(withNulls);
        Integer[] arr = { 5, 3, 9, 1, 7, 2, 8, 6, 4, 0 };
        Arrays.sort(arr, 2, 8);
        System.out.println(Arrays.toString(arr));
        Arrays.sort(arr, Collections.reverseOrder());
        System.out.println(Arrays.toString(arr) + " bs(7)=" + Arrays.binarySearch(arr, 7, Collections.reverseOrder()));
        int[] prim = { 9, -2, 44, 0, 13, -100, 7, 7, 3 };
        Arrays.sort(prim);
        System.out.println(Arrays.toString(prim) + " " + Arrays.binarySearch(prim, 13) + " " + Arrays.binarySearch(prim, 5));
        long[] lp = { 5L << 40, -3L, 1L << 62, 0, -(1L << 50) };
        Arrays.sort(lp);
        System.out.println(Arrays.toString(lp) + " " + Arrays.binarySearch(lp, 0L));
        String[] words = { "delta", "Alpha", "charlie", "Bravo", "echo", "alpha" };
        Arrays.sort(words);
        System.out.println(String.join(" ", words));
        Arrays.sort(words, String::compareToIgnoreCase);
        System.out.println(String.join(" ", words));
        Arrays.sort(words, Comparator.comparing((String s) -> s.charAt(s.length() - 1)).thenComparing(Comparator.reverseOrder()));
        System.out.println(String.join(" ", words));
        List<int[]> pts = new ArrayList<>();
        Random r = new Random(7);
        for (int i = 0; i < 12; i++) pts.add(new int[] { r.nextInt(5), r.nextInt(100) });
        pts.sort((a, b) -> a[0] != b[0] ? Integer.compare(b[0], a[0]) : Integer.compare(a[1], b[1]));
        StringBuilder sb = new StringBuilder();
        for (int[] p : pts) sb.append(p[0]).append('/').append(p[1]).append(' ');
        System.out.println(sb);
        System.out.println(Collections.max(emps, Comparator.comparing(Emp::salary).thenComparing(Emp::name)).name() + " " + Collections.min(List.of(4, 2, 9)));
    }
}
