// Collections: grid BFS shortest path with ArrayDeque, recursive and iterative DFS, connected components, path reconstruction
import java.util.*;
public class C02GraphBfsDfs {
    static final String[] GRID = {
        "S..#......",
        ".#.#.####.",
        ".#...#....",
        ".####.#.#.",
        "......#.#E",
        "#.###...#.",
    };
    record P(int r, int c) {}
    public static void main(String[] args) {
        int R = GRID.length, C = GRID[0].length();
        P start = null, end = null;
        for (int r = 0; r < R; r++) for (int c = 0; c < C; c++) {
            if (GRID[r].charAt(c) == 'S') start = new P(r, c);
            if (GRID[r].charAt(c) == 'E') end = new P(r, c);
        }
        Map<P, P> prev = new HashMap<>();
        Map<P, Integer> dist = new HashMap<>();
        ArrayDeque<P> q = new ArrayDeque<>();
        q.add(start); dist.put(start, 0);
        int[][] dirs = { {0, 1}, {1, 0}, {0, -1}, {-1, 0} };
        while (!q.isEmpty()) {
            P p = q.poll();
            for (int[] d : dirs) {
                int nr = p.r() + d[0], nc = p.c() + d[1];
                if (nr < 0 || nc < 0 || nr >= R || nc >= C || GRID[nr].charAt(nc) == '#') continue;
                P n = new P(nr, nc);
                if (dist.containsKey(n)) continue;
                dist.put(n, dist.get(p) + 1); prev.put(n, p); q.add(n);
            }
        }
        System.out.println("dist " + dist.get(end) + " reachable " + dist.size());
        LinkedList<P> path = new LinkedList<>();
        for (P p = end; p != null; p = prev.get(p)) path.addFirst(p);
        System.out.println(path);
        char[][] g = new char[R][];
        for (int r = 0; r < R; r++) g[r] = GRID[r].toCharArray();
        for (P p : path) if (g[p.r()][p.c()] == '.') g[p.r()][p.c()] = '*';
        for (char[] row : g) System.out.println(new String(row));
        Map<Integer, List<Integer>> adj = new TreeMap<>();
        int[][] edges = { {1, 2}, {2, 3}, {3, 1}, {4, 5}, {6, 7}, {7, 8}, {8, 9}, {9, 6}, {10, 10}, {3, 11} };
        for (int[] e : edges) {
            adj.computeIfAbsent(e[0], k -> new ArrayList<>()).add(e[1]);
            adj.computeIfAbsent(e[1], k -> new ArrayList<>()).add(e[0]);
        }
        Set<Integer> seen = new HashSet<>();
        List<List<Integer>> comps = new ArrayList<>();
        for (int v : adj.keySet()) {
            if (seen.contains(v)) continue;
            List<Integer> comp = new ArrayList<>();
            dfs(v, adj, seen, comp);
            comps.add(comp);
        }
        System.out.println("components " + comps);
        Deque<Integer> stack = new ArrayDeque<>();
        Set<Integer> vis = new LinkedHashSet<>();
        stack.push(6);
        while (!stack.isEmpty()) {
            int v = stack.pop();
            if (!vis.add(v)) continue;
            List<Integer> ns = adj.get(v);
            for (int i = ns.size() - 1; i >= 0; i--) if (!vis.contains(ns.get(i))) stack.push(ns.get(i));
        }
        System.out.println("iterative " + vis);
    }
    static void dfs(int v, Map<Integer, List<Integer>> adj, Set<Integer> seen, List<Integer> out) {
        if (!seen.add(v)) return;
        out.add(v);
        for (int n : adj.get(v)) dfs(n, adj, seen, out);
    }
}
