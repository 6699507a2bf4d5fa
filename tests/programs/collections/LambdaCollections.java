// The collections with lambdas and method references: Comparator.comparingInt/thenComparing on a
// record, computeIfAbsent/merge(Integer::sum)/forEach/replaceAll/removeIf, Map.Entry comparators,
// and an access-ordered LinkedHashMap (the float constructor) evicting through removeEldestEntry.
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class LambdaCollections {
    record Person(String name, int age) {}

    public static void main(String[] args) {
        List<Person> people = new ArrayList<>(List.of(new Person("ann", 31), new Person("bob", 25), new Person("cy", 31),
                new Person("dee", 19), new Person("eve", 25)));
        people.sort(Comparator.comparingInt(Person::age).thenComparing(Person::name, Comparator.reverseOrder()));
        System.out.println(people);
        Map<Integer, List<String>> byAge = new TreeMap<>();
        people.forEach(p -> byAge.computeIfAbsent(p.age(), k -> new ArrayList<>()).add(p.name()));
        System.out.println(byAge);
        Map<Character, Integer> letters = new HashMap<>();
        for (char c : "the quick brown fox jumps over the lazy dog".toCharArray()) {
            if (c != ' ') letters.merge(c, 1, Integer::sum);
        }
        System.out.println(letters);
        List<Map.Entry<Character, Integer>> top = new ArrayList<>(letters.entrySet());
        top.sort(Map.Entry.<Character, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        System.out.println(top.subList(0, 5));
        List<Integer> nums = new ArrayList<>();
        for (int i = 0; i < 20; i++) nums.add(i * 7 % 20);
        nums.removeIf(n -> n % 3 == 0);
        nums.replaceAll(n -> n * n);
        System.out.println(nums);
        Map<String, Integer> lru = new LinkedHashMap<>(16, 0.75f, true) {
            protected boolean removeEldestEntry(Map.Entry<String, Integer> e) {
                return size() > 3;
            }
        };
        for (String k : "a b c a d b e a".split(" ")) {
            lru.merge(k, 1, Integer::sum);
            lru.get("a");
        }
        System.out.println(lru);
        StringBuilder sb = new StringBuilder();
        byAge.forEach((age, names) -> sb.append(age).append(':').append(String.join("+", names)).append(' '));
        System.out.println(sb.toString().trim());
        letters.replaceAll((k, v) -> v * 10);
        letters.entrySet().removeIf(e -> e.getValue() < 20);
        System.out.println(letters);
    }
}
