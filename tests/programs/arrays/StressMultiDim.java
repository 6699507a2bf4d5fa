// Multi-dimensional arrays: full and partial multianewarray shapes (new int[3][4][5], new
// int[2][3][], zero-length dimensions), rows replaced and shared between outer arrays, lengths read
// at each level inside nested loops, String and boolean matrices, and a final allocation whose
// inner dimension is negative, which must fail with NegativeArraySizeException naming that size
// even though the outer dimension is fine.
public class StressMultiDim {
    public static void main(String[] args) {
        int[][][] cube = new int[3][4][5];
        int n = 0;
        for (int i = 0; i < cube.length; i++)
            for (int j = 0; j < cube[i].length; j++)
                for (int k = 0; k < cube[i][j].length; k++) cube[i][j][k] = n++;
        int s = 0;
        for (int k = 4; k >= 0; k--)
            for (int j = 0; j < 4; j++)
                for (int i = 2; i >= 0; i--) s = s * 3 + cube[i][j][k];
        System.out.println("cube " + n + " " + s);
        int[][][] partial = new int[2][3][];
        System.out.println("partial " + partial.length + " " + partial[1].length + " " + (partial[1][2] == null));
        partial[1][2] = new int[7];
        partial[0][0] = partial[1][2];
        partial[0][0][6] = 99;
        System.out.println("shared " + partial[1][2][6] + " " + partial[0][0].length);
        int[][] empty = new int[0][5];
        int[][] flat = new int[5][0];
        System.out.println("empty " + empty.length + " " + flat.length + " " + flat[4].length);
        boolean[][] bm = new boolean[3][3];
        for (int i = 0; i < 3; i++) bm[i][2 - i] = true;
        String line = "";
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) line = line + (bm[i][j] ? 'X' : '.');
        System.out.println(line);
        String[][] names = new String[2][2];
        names[0][1] = "b";
        names[1] = new String[]{"c", "d", "e"};
        System.out.println(names[0][0] + names[0][1] + names[1][2] + names[1].length);
        char[][] grid = {{'a', 'b'}, {}, {'c'}};
        int total = 0;
        for (char[] row : grid) for (char ch : row) total = total * 100 + ch;
        System.out.println("chars " + total);
        int[][] tri = new int[6][];
        for (int i = 0; i < tri.length; i++) {
            tri[i] = new int[i + 1];
            tri[i][0] = tri[i][i] = 1;
            for (int j = 1; j < i; j++) tri[i][j] = tri[i - 1][j - 1] + tri[i - 1][j];
        }
        System.out.println("pascal " + tri[5][2] + " " + tri[5][3] + " " + tri[4].length);
        int bad = 4 - tri.length; // -2
        System.out.println("allocating");
        int[][] oops = new int[3][bad];
        System.out.println("not reached " + oops.length);
    }
}
