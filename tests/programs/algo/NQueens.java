// N-queens by backtracking with column and diagonal bitmasks (the lowest-set-bit loop), counting
// solutions for N = 1..8, and printing the first solution for N = 8 found by an array-based solver.
public class NQueens {
    static int count(int n, int row, int cols, int d1, int d2) {
        if (row == n) return 1;
        int total = 0;
        int free = ~(cols | d1 | d2) & ((1 << n) - 1);
        while (free != 0) {
            int bit = free & -free;
            free -= bit;
            total += count(n, row + 1, cols | bit, (d1 | bit) << 1, (d2 | bit) >>> 1);
        }
        return total;
    }

    static boolean place(int[] queens, int row) {
        int n = queens.length;
        if (row == n) return true;
        for (int c = 0; c < n; c++) {
            boolean ok = true;
            for (int r = 0; r < row; r++) {
                int qc = queens[r];
                if (qc == c || qc - c == row - r || c - qc == row - r) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                queens[row] = c;
                if (place(queens, row + 1)) return true;
            }
        }
        return false;
    }

    public static void main(String[] a) {
        for (int n = 1; n <= 8; n++) System.out.println(n + " queens: " + count(n, 0, 0, 0, 0) + " solutions");
        int[] q = new int[8];
        System.out.println("found " + place(q, 0));
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 8; c++) System.out.print(q[r] == c ? 'Q' : '.');
            System.out.println();
        }
        int[] q3 = new int[3];
        System.out.println("3 queens placeable: " + place(q3, 0));
    }
}
