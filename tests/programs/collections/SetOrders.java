// HashSet, LinkedHashSet and TreeSet over the same words and numbers: their three iteration
// orders, set equality across kinds, bulk retain/remove, TreeSet navigation and range sets.
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

public class SetOrders {
    public static void main(String[] args) {
        Set<String> h = new HashSet<>();
        Set<String> lh = new LinkedHashSet<>();
        TreeSet<String> t = new TreeSet<>();
        String[] words = "it was the best of times it was the worst of times it was the age of wisdom".split(" ");
        for (String w : words) {
            System.out.print(h.add(w) ? "+" : "-");
            lh.add(w);
            t.add(w);
        }
        System.out.println();
        System.out.println(h);
        System.out.println(lh);
        System.out.println(t);
        System.out.println(h.equals(t) + " " + lh.equals(h) + " " + (h.hashCode() == t.hashCode()));
        Set<Integer> nums = new HashSet<>();
        for (int i = 0; i < 100; i += 7) nums.add(i * 1000);
        System.out.println(nums);
        Set<Integer> copy = new HashSet<>(nums);
        System.out.println(copy);
        copy.retainAll(new HashSet<>(Arrays.asList(0, 7000, 49000, 5)));
        System.out.println(copy + " " + nums.containsAll(copy));
        nums.removeAll(copy);
        System.out.println(nums.size() + " " + nums.contains(7000));
        System.out.println(t.first() + " " + t.last() + " " + t.floor("c") + " " + t.ceiling("c") + " " + t.higher("times") + " " + t.lower("age"));
        System.out.println(t.headSet("of") + " " + t.tailSet("the") + " " + t.subSet("b", "t") + " " + t.descendingSet());
        System.out.println(t.pollFirst() + " " + t.pollLast() + " " + t);
        TreeSet<Integer> ti = new TreeSet<>();
        for (int i = 0; i < 30; i++) ti.add((i * 37) % 23);
        System.out.println(ti + " " + ti.size());
        Set<Character> cs = new HashSet<>();
        for (char c : "hello world".toCharArray()) cs.add(c);
        System.out.println(cs);
        LinkedHashSet<Integer> order = new LinkedHashSet<>(Arrays.asList(5, 3, 9, 3, 1, 5));
        order.remove(9);
        order.add(9);
        System.out.println(order);
    }
}
