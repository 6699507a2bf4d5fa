// Multi-dimensional arrays made once in main and in a static initialiser: the rows are separate
// arrays and must be distinct; a jagged row replaced later keeps the others intact.
public class OaMultiDim {
    static final int[][] GRID = new int[3][4];
    static final byte[][][] CUBE = new byte[2][2][2];

    public static void main(String[] args) {
        long[][] local = new long[2][3];
        System.out.println((GRID[0] == GRID[1]) + " " + (GRID[1] == GRID[2]) + " " + (local[0] == local[1])
            + " " + (CUBE[0] == CUBE[1]) + " " + (CUBE[0][0] == CUBE[1][0]) + " " + (CUBE[0][1] == CUBE[1][1]));
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 4; c++) {
                GRID[r][c] = r * 10 + c;
            }
        }
        local[0][2] = 5;
        local[1][2] = 6;
        CUBE[1][1][1] = 9;
        GRID[1] = new int[] { -1 };
        int s = 0;
        for (int[] row : GRID) {
            for (int v : row) {
                s += v;
            }
        }
        System.out.println(s + " " + local[0][2] + local[1][2] + " " + CUBE[0][0][0] + CUBE[1][1][1] + CUBE[0][1][1]);
    }
}
