// Arrays of references: a 2D array of cell objects (rows are separate arrays, one row shared
// twice, one left null), jagged arrays of objects, default null elements, copying rows by
// reference vs by element, and a 3D array of Strings. Aliasing through shared rows must show.
public class ObjectGrid {
    static class Cell {
        int v; final int r, c;
        Cell(int r, int c) { this.r = r; this.c = c; this.v = r * 10 + c; }
        public String toString() { return "" + v; }
    }

    static String show(Cell[][] g) {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < g.length; r++) {
            if (g[r] == null) { sb.append("null-row\n"); continue; }
            for (int c = 0; c < g[r].length; c++) sb.append(c > 0 ? " " : "").append(g[r][c] == null ? "." : g[r][c].toString());
            sb.append('\n');
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        Cell[][] g = new Cell[4][5];
        System.out.println("fresh grid null cells: " + (g[0][0] == null && g[3][4] == null) + ", rows " + g.length + "x" + g[2].length);
        for (int r = 0; r < 4; r++) for (int c = 0; c < 5; c++) if ((r + c) % 3 != 0) g[r][c] = new Cell(r, c);
        System.out.print(show(g));
        // Neighbour sums over non-null cells.
        int total = 0;
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 5; c++) {
                if (g[r][c] == null) continue;
                int s = 0;
                for (int dr = -1; dr <= 1; dr++) for (int dc = -1; dc <= 1; dc++) {
                    int rr = r + dr, cc = c + dc;
                    if ((dr != 0 || dc != 0) && rr >= 0 && rr < 4 && cc >= 0 && cc < 5 && g[rr][cc] != null) s += g[rr][cc].v;
                }
                total += s * (r + 1);
            }
        }
        System.out.println("weighted neighbour sum " + total);

        Cell[][] alias = new Cell[3][];
        alias[0] = g[1];
        alias[1] = g[1];
        alias[2] = null;
        alias[0][1].v = -1;
        alias[1][3] = new Cell(9, 9);
        System.out.print(show(alias));
        System.out.println("g[1] sees the writes: " + g[1][1] + " " + g[1][3] + " same row " + (alias[0] == g[1]));

        Cell[] copy = new Cell[5];
        for (int c = 0; c < 5; c++) copy[c] = g[2][c];
        copy[0] = new Cell(7, 7);
        copy[2].v += 1000;
        System.out.println("element copy: g[2][0]=" + g[2][0] + " g[2][2]=" + g[2][2] + " copy[0]=" + copy[0]);

        Cell[][] tri = new Cell[5][];
        for (int r = 0; r < tri.length; r++) {
            tri[r] = new Cell[r + 1];
            for (int c = 0; c <= r; c++) tri[r][c] = c == 0 || c == r ? new Cell(0, 1) : new Cell(0, tri[r - 1][c - 1].v + tri[r - 1][c].v);
        }
        System.out.print(show(tri));

        Object[] mixed = { g, g[0], g[0][1], "str", null, tri[4] };
        String kinds = "";
        for (Object o : mixed) {
            if (o instanceof Cell[][]) kinds += "Cell[][] ";
            else if (o instanceof Cell[] row) kinds += "Cell[" + row.length + "] ";
            else if (o instanceof Cell cell) kinds += "Cell(" + cell.r + "," + cell.c + ") ";
            else if (o instanceof String) kinds += "String ";
            else kinds += "null ";
        }
        System.out.println(kinds);

        String[][][] cube = new String[2][3][];
        for (int a = 0; a < 2; a++) for (int b = 0; b < 3; b++) {
            cube[a][b] = new String[b];
            for (int c = 0; c < b; c++) cube[a][b][c] = "" + a + b + c;
        }
        String all = "";
        for (String[][] plane : cube) for (String[] line : plane) { all += line.length + ":"; for (String s : line) all += s + ","; }
        System.out.println(all);
        System.out.println(cube.getClass().getSimpleName() + " " + cube[0].getClass().getName() + " " + g.getClass().getName());
    }
}
