// A graph of vertex objects with adjacency lists of edge objects (arrays of references grown by
// copying), breadth-first search with a hand-made queue of vertices, depth-first search marking a
// field on each vertex, shortest paths by Dijkstra over edge weights, and path reconstruction
// following parent references.
public class GraphSearch {
    static class Vertex {
        final String name; Edge[] out = new Edge[1]; int degree;
        boolean seen; int dist; Vertex parent;
        Vertex(String name) { this.name = name; }
        void connect(Vertex to, int w) {
            if (degree == out.length) {
                Edge[] bigger = new Edge[degree * 2];
                for (int i = 0; i < degree; i++) bigger[i] = out[i];
                out = bigger;
            }
            out[degree++] = new Edge(this, to, w);
        }
    }

    static class Edge {
        final Vertex from, to; final int weight;
        Edge(Vertex from, Vertex to, int weight) { this.from = from; this.to = to; this.weight = weight; }
    }

    static class Queue {
        Vertex[] items; int head, tail;
        Queue(int cap) { items = new Vertex[cap]; }
        void add(Vertex v) { items[tail++] = v; }
        Vertex poll() { return head == tail ? null : items[head++]; }
    }

    static void reset(Vertex[] g) { for (Vertex v : g) { v.seen = false; v.dist = Integer.MAX_VALUE; v.parent = null; } }

    static String bfs(Vertex[] g, Vertex start) {
        reset(g);
        Queue q = new Queue(g.length);
        start.seen = true; start.dist = 0; q.add(start);
        String order = "";
        for (Vertex v = q.poll(); v != null; v = q.poll()) {
            order += v.name + v.dist + " ";
            for (int i = 0; i < v.degree; i++) {
                Vertex w = v.out[i].to;
                if (!w.seen) { w.seen = true; w.dist = v.dist + 1; w.parent = v; q.add(w); }
            }
        }
        return order;
    }

    static void dfs(Vertex v, StringBuilder sb) {
        v.seen = true;
        sb.append(v.name);
        for (int i = 0; i < v.degree; i++) if (!v.out[i].to.seen) { sb.append('>'); dfs(v.out[i].to, sb); sb.append('<'); }
    }

    static void dijkstra(Vertex[] g, Vertex s) {
        reset(g);
        s.dist = 0;
        while (true) {
            Vertex best = null;
            for (Vertex v : g) if (!v.seen && v.dist != Integer.MAX_VALUE && (best == null || v.dist < best.dist)) best = v;
            if (best == null) return;
            best.seen = true;
            for (int i = 0; i < best.degree; i++) {
                Edge e = best.out[i];
                if (best.dist + e.weight < e.to.dist) { e.to.dist = best.dist + e.weight; e.to.parent = best; }
            }
        }
    }

    static String path(Vertex to) {
        if (to.parent == null) return to.name;
        return path(to.parent) + "-" + to.name;
    }

    public static void main(String[] args) {
        Vertex[] g = new Vertex[12];
        for (int i = 0; i < g.length; i++) g[i] = new Vertex("" + (char) ('A' + i));
        int seed = 7;
        for (int i = 0; i < g.length; i++) {
            g[i].connect(g[(i + 1) % g.length], 10);
            for (int k = 0; k < 2; k++) {
                seed = (seed * 75 + 74) % 65537;
                int j = seed % g.length;
                if (j != i) g[i].connect(g[j], 1 + seed % 13);
            }
        }
        int edges = 0;
        for (Vertex v : g) edges += v.degree;
        System.out.println("edges " + edges);
        System.out.println("bfs from A: " + bfs(g, g[0]));
        System.out.println("bfs path A..H: " + path(g[7]));
        reset(g);
        StringBuilder sb = new StringBuilder();
        dfs(g[3], sb);
        System.out.println("dfs from D: " + sb);
        dijkstra(g, g[0]);
        for (Vertex v : g) System.out.println("  " + v.name + " dist " + v.dist + " via " + path(v));
        Vertex lonely = new Vertex("Z");
        Vertex[] g2 = { lonely, g[0] };
        dijkstra(g2, lonely);
        System.out.println("unreachable: " + (g[0].dist == Integer.MAX_VALUE) + " parent null " + (g[0].parent == null));
    }
}
