// ArrayList and LinkedList side by side: adds, removals by index and by value, stable sorts
// with a Comparator, Collections.reverse/max/min/frequency, sub-list views and their clear, iterator
// and list-iterator edits, Arrays.asList, List.of, a list containing itself, unmodifiable views,
// toArray into a String[].
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;

public class ArrayListAndLinkedList {
    static String describe(List<?> l) {
        return l + " size=" + l.size() + " hash=" + l.hashCode();
    }

    public static void main(String[] args) {
        ArrayList<Integer> a = new ArrayList<>();
        LinkedList<Integer> b = new LinkedList<>();
        int seed = 12345;
        for (int i = 0; i < 40; i++) {
            seed = seed * 1103515245 + 12345;
            int v = (seed >>> 16) % 50;
            a.add(v);
            b.add(v);
        }
        System.out.println(describe(a));
        System.out.println("equal: " + a.equals(b) + " " + b.equals(a));
        a.remove(Integer.valueOf(7));
        a.remove(3);
        b.removeFirst();
        b.addFirst(-1);
        b.add(5, 99);
        System.out.println(describe(a));
        System.out.println(describe(b));
        Collections.sort(a);
        System.out.println("sorted " + a);
        b.sort(new Comparator<Integer>() {
            public int compare(Integer x, Integer y) {
                return Integer.compare(x % 10, y % 10);
            }
        });
        System.out.println("by last digit (stable) " + b);
        Collections.reverse(a);
        System.out.println("reversed " + a);
        System.out.println("max=" + Collections.max(a) + " min=" + Collections.min(a) + " freq(0)=" + Collections.frequency(a, 0));
        List<Integer> sub = a.subList(5, 12);
        System.out.println("sub " + sub + " indexOf=" + sub.indexOf(a.get(8)));
        sub.clear();
        System.out.println("after sub clear " + a + " " + a.size());
        Iterator<Integer> it = a.iterator();
        while (it.hasNext()) {
            if (it.next() % 2 == 0) {
                it.remove();
            }
        }
        System.out.println("odd only " + a);
        ListIterator<Integer> li = b.listIterator();
        while (li.hasNext()) {
            int x = li.next();
            if (x > 40) {
                li.set(x - 40);
            } else if (x < 5) {
                li.add(1000 + x);
            }
        }
        while (li.hasPrevious()) {
            if (li.previous() >= 1000) {
                li.remove();
            }
        }
        System.out.println("listIterator " + b);
        List<String> words = Arrays.asList("pear", "apple", "fig", "banana");
        Collections.sort(words);
        System.out.println(words + " " + words.contains("fig") + " " + words.indexOf("pear"));
        List<String> of = List.of("x", "y", "z");
        System.out.println(of + " " + of.equals(Arrays.asList("x", "y", "z")) + " " + of.hashCode());
        List<Object> self = new ArrayList<>();
        self.add(self);
        self.add("end");
        System.out.println(self);
        List<String> un = Collections.unmodifiableList(new ArrayList<>(of));
        try {
            un.add("w");
        } catch (UnsupportedOperationException e) {
            System.out.println("UOE " + e.getMessage());
        }
        Object[] arr = a.toArray();
        System.out.println(arr.length + " " + Arrays.toString(arr));
        String[] sarr = new ArrayList<>(of).toArray(new String[0]);
        System.out.println(sarr.length + " " + sarr[2] + " " + Arrays.toString(sarr));
        System.out.println(Collections.emptyList() + " " + Collections.singletonList(4) + " " + Collections.nCopies(3, "ab"));
    }
}
