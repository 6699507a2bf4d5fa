// A null row met only in a later iteration of a loop over a jagged 2-D array: the rows before it
// must be summed and printed first, and the failure must be a NullPointerException (reading the
// row's length), not an out-of-bounds error or a crash. The null check on m[r] is loop-variant and
// the per-row bounds checks depend on it, so neither may be hoisted into the loop's entry.
public class StressNullLate {
    static int total;

    static void sumRows(int[][] m) {
        for (int r = 0; r < m.length; r++) {
            int s = 0;
            for (int c = 0; c < m[r].length; c++) s += m[r][c] * (c + 1);
            total += s;
            System.out.println("row " + r + " sum " + s + " total " + total);
        }
    }

    public static void main(String[] args) {
        int[][] m = new int[6][];
        for (int r = 0; r < m.length; r++) {
            if (r != 4) {
                m[r] = new int[r + 1];
                for (int c = 0; c <= r; c++) m[r][c] = r * 10 + c;
            }
        }
        int[][] ok = {{1}, {2, 3}};
        sumRows(ok);
        sumRows(m);
        System.out.println("not reached");
    }
}
