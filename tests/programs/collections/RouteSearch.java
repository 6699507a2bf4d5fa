// Breadth-first search with an ArrayDeque and Dijkstra's shortest paths with a PriorityQueue
// ordered by a Comparator over a HashMap of distances, on a small pseudo-random graph of
// adjacency lists; paths rebuilt into a LinkedList.
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

public class RouteSearch {
    static final Map<String, List<String>> adj = new HashMap<>();
    static final Map<String, Integer> weight = new HashMap<>();

    static void edge(String a, String b, int w) {
        List<String> out = adj.get(a);
        if (out == null) {
            out = new ArrayList<>();
            adj.put(a, out);
        }
        out.add(b);
        weight.put(a + ">" + b, w);
    }

    public static void main(String[] args) {
        String[] names = {"ams", "ber", "cph", "dub", "edi", "fra", "gva", "hel", "ist", "jer"};
        int seed = 99;
        for (int i = 0; i < names.length; i++) {
            for (int j = 0; j < 3; j++) {
                seed = seed * 1103515245 + 12345;
                int t = (seed >>> 16) % names.length;
                if (t != i) {
                    edge(names[i], names[t], 1 + (seed >>> 8) % 17);
                }
            }
        }
        System.out.println(adj);
        ArrayDeque<String> queue = new ArrayDeque<>();
        Map<String, Integer> depth = new HashMap<>();
        queue.add("ams");
        depth.put("ams", 0);
        List<String> order = new ArrayList<>();
        while (!queue.isEmpty()) {
            String n = queue.poll();
            order.add(n);
            List<String> out = adj.get(n);
            if (out == null) continue;
            for (String m : out) {
                if (!depth.containsKey(m)) {
                    depth.put(m, depth.get(n) + 1);
                    queue.add(m);
                }
            }
        }
        System.out.println("bfs " + order + " " + depth);
        final Map<String, Integer> dist = new HashMap<>();
        PriorityQueue<String> pq = new PriorityQueue<>(new Comparator<String>() {
            public int compare(String a, String b) {
                int c = Integer.compare(dist.get(a), dist.get(b));
                return c != 0 ? c : a.compareTo(b);
            }
        });
        Map<String, String> prev = new HashMap<>();
        Set<String> done = new HashSet<>();
        dist.put("ams", 0);
        pq.add("ams");
        while (!pq.isEmpty()) {
            String n = pq.poll();
            if (!done.add(n)) continue;
            List<String> out = adj.get(n);
            if (out == null) continue;
            for (String m : out) {
                int d = dist.get(n) + weight.get(n + ">" + m);
                Integer old = dist.get(m);
                if (old == null || d < old) {
                    pq.remove(m);
                    dist.put(m, d);
                    prev.put(m, n);
                    pq.add(m);
                }
            }
        }
        System.out.println("dist " + dist);
        for (String target : names) {
            if (!dist.containsKey(target)) {
                System.out.println(target + " unreachable");
                continue;
            }
            LinkedList<String> path = new LinkedList<>();
            for (String at = target; at != null; at = prev.get(at)) path.addFirst(at);
            System.out.println(target + " " + dist.get(target) + " via " + path);
        }
    }
}
