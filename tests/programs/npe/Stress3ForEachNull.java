// An enhanced for loop over a null array: javac copies the array into a synthetic local that has
// no entry in the local variable table, then reads its length. HotSpot names that slot
// "<localN>"; the slot number depends on the locals declared before the loop.
public class Stress3ForEachNull {
    static int[][] rows = {{1, 2}, {3}, null, {4}};

    static int total(int[][] m) {
        int s = 0;
        int seen = 0;
        for (int[] row : m) {
            seen++;
            for (int v : row) {
                s += v * seen;
            }
            System.out.println("after row " + seen + " s " + s);
        }
        return s;
    }

    public static void main(String[] args) {
        System.out.println("total " + total(new int[][] {{5}, {6, 7}}));
        System.out.println(total(rows));
    }
}
