// A chained assignment through an array element, int x = rows[r][c] = v: javac keeps the stored
// value with dup_x2, so the array reference of the failing iastore comes from a dup_x2 in the
// bytecode. HotSpot's helpful message still names its origin ("because "rows[r]" is null"); the
// rows before the null one are filled and printed first.
public class Stress2NpeStoreChain {
    static int[][] rows = {new int[3], new int[2], null, new int[4]};

    public static void main(String[] args) {
        int total = 0;
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < 2; c++) {
                int x = rows[r][c] = r * 10 + c;
                total += x;
                System.out.println("rows[" + r + "][" + c + "] = " + x + " total " + total);
            }
        }
    }
}
