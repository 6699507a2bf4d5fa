// Conway's Game of Life on a 16x16 torus stored as boolean[][], double-buffered: a glider, a
// blinker and a block run for 24 generations; population per generation and two rendered frames.
public class Life {
    static final int N = 16;

    static int neighbours(boolean[][] g, int r, int c) {
        int n = 0;
        for (int dr = -1; dr <= 1; dr++)
            for (int dc = -1; dc <= 1; dc++) {
                if (dr == 0 && dc == 0) continue;
                if (g[(r + dr + N) % N][(c + dc + N) % N]) n++;
            }
        return n;
    }

    static void step(boolean[][] from, boolean[][] to) {
        for (int r = 0; r < N; r++)
            for (int c = 0; c < N; c++) {
                int n = neighbours(from, r, c);
                to[r][c] = n == 3 || (n == 2 && from[r][c]);
            }
    }

    static int population(boolean[][] g) {
        int p = 0;
        for (boolean[] row : g) for (boolean b : row) if (b) p++;
        return p;
    }

    static void render(boolean[][] g) {
        for (boolean[] row : g) {
            for (boolean b : row) System.out.print(b ? '#' : '.');
            System.out.println();
        }
    }

    static int hash(boolean[][] g) {
        int h = 0;
        for (int r = 0; r < N; r++)
            for (int c = 0; c < N; c++) h = h * 3 + (g[r][c] ? r * N + c + 1 : 0);
        return h;
    }

    public static void main(String[] a) {
        boolean[][] g = new boolean[N][N], h = new boolean[N][N];
        // Glider.
        g[1][2] = g[2][3] = g[3][1] = g[3][2] = g[3][3] = true;
        // Blinker.
        g[10][10] = g[10][11] = g[10][12] = true;
        // Block.
        g[12][2] = g[12][3] = g[13][2] = g[13][3] = true;
        render(g);
        for (int gen = 1; gen <= 24; gen++) {
            step(g, h);
            boolean[][] t = g;
            g = h;
            h = t;
            System.out.println("generation " + gen + ": population " + population(g) + " hash " + hash(g));
        }
        render(g);
    }
}
