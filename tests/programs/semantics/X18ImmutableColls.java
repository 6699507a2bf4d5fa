// Extra: immutable collections semantics: List.of/Set.of/Map.of null and duplicate rejection messages, contains(null), copyOf, unmodifiable views reflecting changes, Collections.empty*/singleton*
import java.util.*;
public class X18ImmutableColls {
    static void t(String name, Runnable r) {
        try { r.run(); System.out.println(name + ": ok"); }
        catch (RuntimeException e) { System.out.println(name + ": " + e.getClass().getSimpleName() + " " + e.getMessage()); }
    }
    public static void main(String[] args) {
        t("List.of null", () -> List.of(1, null));
        t("List.of contains null", () -> System.out.print(List.of(1, 2).contains(null)));
        t("List.of indexOf null", () -> System.out.print(List.of(1, 2).indexOf(null)));
        t("Set.of dup", () -> Set.of("a", "b", "a"));
        t("Map.of dup", () -> Map.of("k", 1, "k", 2));
        t("Map.of null value", () -> Map.of("k", null));
        // Map.of get/containsKey(null) and Map.entry setValue message diverge: see bugs/B05, bugs/B06
        t("List.copyOf null elem", () -> List.copyOf(Arrays.asList(1, null)));
        t("List.of set", () -> List.of(1).set(0, 2));
        t("List.of remove", () -> List.of(1).remove(0));
        t("List.of sort", () -> List.of(2, 1).sort(null));
        t("Map.of put", () -> Map.of().put("a", 1));
        t("Map.entry null", () -> Map.entry(null, 1));
        t("emptyList get", () -> Collections.emptyList().get(0));
        t("singletonList add", () -> Collections.singletonList(1).add(2));
        t("unmod iterator remove", () -> { Iterator<Integer> it = Collections.unmodifiableList(new ArrayList<>(List.of(1))).iterator(); it.next(); it.remove(); });
        t("List.of get oob", () -> List.of(1, 2, 3).get(3));
        t("subList oob", () -> List.of(1, 2, 3).subList(2, 1));
        List<Integer> base = new ArrayList<>(List.of(3, 1, 2));
        List<Integer> view = Collections.unmodifiableList(base), copy = List.copyOf(base);
        base.add(9); base.sort(null);
        System.out.println(view + " " + copy + " " + view.equals(base) + " " + copy.equals(List.of(3, 1, 2)) + " " + List.of(3, 1, 2).hashCode() + " " + List.copyOf(copy) .equals(copy));
        Map<String, Integer> m = new TreeMap<>(Map.ofEntries(Map.entry("b", 2), Map.entry("a", 1), Map.entry("c", 3)));
        Map<String, Integer> um = Collections.unmodifiableMap(m);
        m.put("d", 4);
        System.out.println(um + " " + um.size() + " " + Map.entry("k", 5) + " " + Map.entry("k", 5).equals(new AbstractMap.SimpleEntry<>("k", 5)) + " " + Map.entry("k", 5).hashCode());
        System.out.println(Collections.emptyMap() + " " + Collections.emptySet() + " " + Collections.singleton(7) + " " + Collections.singletonMap("x", 'y') + " " + Collections.nCopies(2, List.of()) + " " + Set.of().isEmpty() + " " + Set.of(5).contains(5) + " " + Map.of("a", 1, "b", 2).get("b"));
        Set<Integer> s = Set.copyOf(List.of(4, 4, 5));
        System.out.println(s.size() + " " + s.contains(4) + " " + new TreeSet<>(Set.of(9, 3, 7, 1)) + " " + new TreeMap<>(Map.copyOf(m)));
    }
}
