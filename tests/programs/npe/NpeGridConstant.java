// A null row picked by a constant index. The detail message must be HotSpot's.
public class NpeGridConstant {
    static int[][] grid = new int[3][];

    public static void main(String[] args) {
        grid[1] = new int[2];
        System.out.println(grid[1][1]);
        System.out.println(grid[2][0]);
    }
}
