// Collections: Kahn topological sort with TreeSet tie-break, cycle detection via DFS colors, build-order with LinkedHashMap
import java.util.*;
public class C04TopoSort {
    static List<String> kahn(Map<String, List<String>> deps) {
        Map<String, Integer> indeg = new TreeMap<>();
        Map<String, List<String>> out = new HashMap<>();
        for (var e : deps.entrySet()) {
            indeg.putIfAbsent(e.getKey(), 0);
            for (String d : e.getValue()) {
                indeg.putIfAbsent(d, 0);
                indeg.merge(e.getKey(), 1, Integer::sum);
                out.computeIfAbsent(d, k -> new ArrayList<>()).add(e.getKey());
            }
        }
        TreeSet<String> ready = new TreeSet<>();
        indeg.forEach((k, v) -> { if (v == 0) ready.add(k); });
        List<String> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String n = ready.pollFirst();
            order.add(n);
            for (String m : out.getOrDefault(n, List.of())) if (indeg.merge(m, -1, Integer::sum) == 0) ready.add(m);
        }
        if (order.size() != indeg.size()) throw new IllegalStateException("cycle among " + (indeg.size() - order.size()) + " nodes");
        return order;
    }
    static boolean cyc(String n, Map<String, List<String>> deps, Map<String, Integer> color, Deque<String> st) {
        color.put(n, 1); st.push(n);
        for (String d : deps.getOrDefault(n, List.of())) {
            int c = color.getOrDefault(d, 0);
            if (c == 1) { st.push(d); return true; }
            if (c == 0 && cyc(d, deps, color, st)) return true;
        }
        color.put(n, 2); st.pop();
        return false;
    }
    public static void main(String[] args) {
        Map<String, List<String>> deps = new LinkedHashMap<>();
        deps.put("app", List.of("ui", "core", "net"));
        deps.put("ui", List.of("core", "gfx"));
        deps.put("net", List.of("core", "crypto"));
        deps.put("gfx", List.of("math"));
        deps.put("crypto", List.of("math"));
        deps.put("core", List.of("util"));
        deps.put("test", List.of("app", "util"));
        System.out.println(kahn(deps));
        deps.put("util", List.of("app"));
        try { System.out.println(kahn(deps)); } catch (IllegalStateException e) { System.out.println("error: " + e.getMessage()); }
        Map<String, Integer> color = new HashMap<>();
        Deque<String> st = new ArrayDeque<>();
        for (String n : deps.keySet()) {
            if (color.getOrDefault(n, 0) == 0 && cyc(n, deps, color, st)) break;
        }
        List<String> cycle = new ArrayList<>(st);
        Collections.reverse(cycle);
        System.out.println("cycle path " + cycle);
        Map<Integer, List<Integer>> num = new TreeMap<>();
        for (int i = 2; i <= 30; i++) for (int j = 2 * i; j <= 30; j += i) num.computeIfAbsent(j, k -> new ArrayList<>()).add(i);
        Map<String, List<String>> nd = new TreeMap<>();
        num.forEach((k, v) -> { List<String> l = new ArrayList<>(); for (int x : v) l.add(String.valueOf(x)); nd.put(String.valueOf(k), l); });
        List<String> o = kahn(nd);
        System.out.println(o.size() + " " + o);
    }
}
