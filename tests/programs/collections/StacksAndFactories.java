// Small library pieces: String.join over a List and a Set, Map.of/Set.of (lookups, their duplicate
// and unmodifiable errors; their printed order is only used where it is fixed), Map.Entry
// comparators, Map.entry, and the legacy Stack and Vector with their own exception texts.
import java.util.ArrayList;
import java.util.Collections;
import java.util.EmptyStackException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Stack;
import java.util.TreeMap;
import java.util.Vector;

public class StacksAndFactories {
    public static void main(String[] args) {
        List<String> names = new ArrayList<>(List.of("ada", "grace", "alan"));
        System.out.println(String.join(", ", names) + " | " + String.join("-", Set.of("x")));
        Map<String, Integer> one = Map.of("k", 1);
        System.out.println(one + " " + one.get("k") + " " + Map.of().isEmpty());
        Map<String, Integer> ages = Map.of("ada", 36, "grace", 85, "alan", 41);
        System.out.println(ages.get("grace") + " " + ages.containsKey("bob") + " " + ages.size() + " " + new TreeMap<>(ages));
        try {
            Map.of("a", 1, "a", 2);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            Set.of(1, 2, 1);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            ages.put("bob", 1);
        } catch (UnsupportedOperationException e) {
            System.out.println("UOE " + e.getMessage());
        }
        Set<Integer> s = Set.of(3, 1, 2);
        System.out.println(s.contains(2) + " " + s.size() + " " + Set.copyOf(names).size());
        List<Map.Entry<String, Integer>> es = new ArrayList<>(new TreeMap<>(ages).entrySet());
        es.sort(Map.Entry.comparingByValue());
        System.out.println(es);
        es.sort(Map.Entry.comparingByKey(Collections.reverseOrder()));
        System.out.println(es + " " + Map.entry("e", 5));
        Stack<Integer> st = new Stack<>();
        for (int i = 0; i < 15; i++) st.push(i * i);
        System.out.println(st + " peek=" + st.peek() + " search(49)=" + st.search(49) + " cap=" + st.capacity());
        while (st.size() > 3) st.pop();
        System.out.println(st + " " + st.empty());
        st.clear();
        try {
            st.pop();
        } catch (EmptyStackException e) {
            System.out.println("empty " + e);
        }
        Vector<String> v = new Vector<>();
        v.add("a");
        v.add("b");
        v.insertElementAt("c", 1);
        System.out.println(v + " " + v.elementAt(2) + " " + v.firstElement() + v.lastElement());
        try {
            v.get(5);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            v.elementAt(3);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            v.get(-1);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
    }
}
