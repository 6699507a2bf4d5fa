// Collections: Dijkstra with PriorityQueue of records holding long distances, path rebuild, plus Prim MST with comparator
import java.util.*;
public class C03Dijkstra {
    record Edge(String to, long w) {}
    record State(String node, long dist) implements Comparable<State> {
        public int compareTo(State o) { int c = Long.compare(dist, o.dist); return c != 0 ? c : node.compareTo(o.node); }
    }
    static Map<String, List<Edge>> g = new TreeMap<>();
    static void edge(String a, String b, long w) {
        g.computeIfAbsent(a, k -> new ArrayList<>()).add(new Edge(b, w));
        g.computeIfAbsent(b, k -> new ArrayList<>()).add(new Edge(a, w));
    }
    public static void main(String[] args) {
        edge("A", "B", 7); edge("A", "C", 9); edge("A", "F", 14); edge("B", "C", 10); edge("B", "D", 15);
        edge("C", "D", 11); edge("C", "F", 2); edge("D", "E", 6); edge("E", "F", 9); edge("G", "H", 3000000000L);
        edge("E", "G", 5000000000L);
        for (String src : List.of("A", "D", "H")) {
            Map<String, Long> dist = new TreeMap<>();
            Map<String, String> prev = new HashMap<>();
            PriorityQueue<State> pq = new PriorityQueue<>();
            pq.add(new State(src, 0)); dist.put(src, 0L);
            int pops = 0;
            while (!pq.isEmpty()) {
                State s = pq.poll(); pops++;
                if (s.dist() > dist.get(s.node())) continue;
                for (Edge e : g.get(s.node())) {
                    long nd = s.dist() + e.w();
                    Long old = dist.get(e.to());
                    if (old == null || nd < old) { dist.put(e.to(), nd); prev.put(e.to(), s.node()); pq.add(new State(e.to(), nd)); }
                }
            }
            System.out.println(src + " " + dist + " pops=" + pops);
            for (String t : dist.keySet()) {
                Deque<String> path = new ArrayDeque<>();
                for (String x = t; x != null; x = prev.get(x)) path.push(x);
                System.out.print(String.join(">", path) + " ");
            }
            System.out.println();
        }
        Set<String> in = new TreeSet<>(List.of("A"));
        PriorityQueue<String[]> pq = new PriorityQueue<>(Comparator.<String[], Long>comparing(a -> Long.parseLong(a[2])).thenComparing(a -> a[1]));
        for (Edge e : g.get("A")) pq.add(new String[] { "A", e.to(), Long.toString(e.w()) });
        long total = 0; List<String> mst = new ArrayList<>();
        while (!pq.isEmpty() && in.size() < g.size()) {
            String[] e = pq.poll();
            if (in.contains(e[1])) continue;
            in.add(e[1]); total += Long.parseLong(e[2]); mst.add(e[0] + "-" + e[1]);
            for (Edge x : g.get(e[1])) if (!in.contains(x.to())) pq.add(new String[] { e[1], x.to(), Long.toString(x.w()) });
        }
        System.out.println("mst " + mst + " total " + total);
    }
}
