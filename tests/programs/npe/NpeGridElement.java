// A null row of a static 2-D array, indexed by a local. The detail message must be HotSpot's.
public class NpeGridElement {
    static int[][] grid = new int[3][];

    public static void main(String[] args) {
        grid[0] = new int[4];
        for (int i = 0; i < 3; i++) {
            System.out.println("row " + i + " " + grid[i][2]);
        }
    }
}
