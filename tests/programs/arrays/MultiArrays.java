// Arrays of arrays: multianewarray for rectangular int[3][4] and byte[2][3][4], partially specified
// new int[3][] with rows added later (jagged), initialiser syntax, row swapping and aliasing,
// arraylength at each level, and a 3-D walk.
public class MultiArrays {
    public static void main(String[] a) {
        int[][] m = new int[3][4];
        System.out.println("m: " + m.length + " x " + m[0].length + ", m[2][3] = " + m[2][3]);
        for (int r = 0; r < m.length; r++)
            for (int c = 0; c < m[r].length; c++) m[r][c] = r * 10 + c;
        for (int r = 0; r < m.length; r++) {
            for (int c = 0; c < m[r].length; c++) System.out.print(m[r][c] + " ");
            System.out.println();
        }
        System.out.println("rows distinct " + (m[0] != m[1]) + " " + (m[1] != m[2]));

        int[][] jag = new int[4][];
        System.out.println("jag rows null: " + (jag[0] == null) + " " + (jag[3] == null));
        for (int r = 0; r < jag.length; r++) {
            jag[r] = new int[r + 1];
            for (int c = 0; c <= r; c++) jag[r][c] = (r + 1) * (c + 1);
        }
        for (int[] row : jag) {
            System.out.print(row.length + ":");
            for (int v : row) System.out.print(" " + v);
            System.out.println();
        }

        // Pascal's triangle in a jagged array.
        int[][] pascal = new int[10][];
        for (int r = 0; r < pascal.length; r++) {
            pascal[r] = new int[r + 1];
            pascal[r][0] = 1;
            pascal[r][r] = 1;
            for (int c = 1; c < r; c++) pascal[r][c] = pascal[r - 1][c - 1] + pascal[r - 1][c];
        }
        for (int c = 0; c < pascal[9].length; c++) System.out.print(pascal[9][c] + " ");
        System.out.println();

        int[][] init = { { 1 }, { 2, 3 }, {}, { 4, 5, 6 } };
        int total = 0;
        for (int r = 0; r < init.length; r++) {
            System.out.print("row " + r + " len " + init[r].length + ";");
            for (int c = 0; c < init[r].length; c++) total += init[r][c];
        }
        System.out.println(" total " + total);
        int[] tmp = init[0];
        init[0] = init[3];
        init[3] = tmp;
        System.out.println("swapped: " + init[0][2] + " " + init[3][0] + " " + init[0].length);
        init[1] = init[0];
        init[1][0] = 99;
        System.out.println("aliased: " + init[0][0]);

        byte[][][] cube = new byte[2][3][4];
        System.out.println("cube " + cube.length + " " + cube[0].length + " " + cube[1][2].length);
        int n = 0;
        for (int x = 0; x < cube.length; x++)
            for (int y = 0; y < cube[x].length; y++)
                for (int z = 0; z < cube[x][y].length; z++) cube[x][y][z] = (byte) (n++ * 11);
        int sum = 0;
        for (byte[][] plane : cube)
            for (byte[] line : plane)
                for (byte v : line) sum += v;
        System.out.println("cube sum " + sum + ", cube[1][2][3] = " + cube[1][2][3] + ", cube[0][1][2] = " + cube[0][1][2]);

        int[][][] partial = new int[2][3][];
        System.out.println("partial: " + partial[1].length + " " + (partial[1][2] == null));
        partial[1][2] = new int[] { 7, 8 };
        System.out.println("partial[1][2][1] = " + partial[1][2][1]);

        char[][] board = new char[3][3];
        for (int r = 0; r < 3; r++)
            for (int c = 0; c < 3; c++) board[r][c] = (r + c) % 2 == 0 ? 'X' : 'O';
        board[1][1] = '#';
        for (char[] row : board) {
            for (char ch : row) System.out.print(ch);
            System.out.println();
        }
        short[][] sh = new short[2][2];
        sh[1][1] = (short) 40000;
        boolean[][] bb = new boolean[2][5];
        bb[1][4] = true;
        System.out.println("sh " + sh[1][1] + " " + sh[0][0] + ", bb " + bb[1][4] + " " + bb[0][4] + " " + bb[1].length);

        // Zero-sized dimensions.
        int[][] flat = new int[3][0];
        int[][] none = new int[0][5];
        System.out.println("flat " + flat.length + " " + flat[2].length + ", none " + none.length);
    }
}
