// Uncaught NPE reading the length of a null row of a static 2-D array through an inlined helper:
// the message names "UrGridRowLength.grid[...]" as HotSpot describes the array element.
public class UrGridRowLength {
    static int[][] grid = new int[4][];

    static int width(int r) {
        return grid[r].length;
    }

    public static void main(String[] args) {
        grid[0] = new int[2];
        grid[1] = new int[5];
        grid[3] = new int[1];
        int total = 0;
        for (int r = 0; r < grid.length; r++) {
            total += width(r);
            System.out.print(total + " ");
        }
        System.out.println(total);
    }
}
